/**
 * Weak-link figures in the bench page (driven by tests/bench/weak-link-bench.ts, which throttles the page
 * with Chromium's network emulation between the prepare and the timed step):
 * - send: an agent's new case with two ~300 KB photos and the signature, recorded offline through the app's
 *   own submit (src/app/local-intake-services: files sealed in RxDB, pending `submit` action), then sent the
 *   way the app sends it when the link comes back — the app's photo uploader (tus-js-client, src/app/
 *   photo-uploader.ts) and a push of the pending action (src/sync handlers), at the same time;
 * - pull: a device that already holds its village pulls new cases from its checkpoint (caseHeads + actions).
 */
import { createLocalIntakeServices } from '../../../src/app/local-intake-services';
import { startPhotoUploader } from '../../../src/app/photo-uploader';
import { createVault } from '../../../src/db/crypto/key-vault';
import type { DataKeys } from '../../../src/db/crypto/field-cipher';
import type { DaibanDatabase } from '../../../src/db/daiban-database';
import type { ActionPayload } from '../../../src/domain/case/case-types';
import type { SessionUser } from '../../../src/domain/wire/auth-messages';
import { newIntakeDraft } from '../../../src/features/intake/intake-draft';
import { syncStatusStore } from '../../../src/sync/sync-status-store';
import { openBenchDatabase, pullOnce, pushActionsOnce, type BenchSession } from './bench-replication';

const keysPromise: Promise<DataKeys> = createVault('bench-password', 1_000).then((vault) => vault.keys);

/** Deterministic pseudo-random numbers (mulberry32), so the photos are the same bytes on every run. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 1280×960 JPEG of a "document" (grey page with noise, like a phone photo of paper) of about `target` bytes. */
async function photoOf(seed: number, target: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(1280, 960);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const image = context.createImageData(canvas.width, canvas.height);
  const random = randomSource(seed);
  for (let i = 0; i < image.data.length; i += 4) {
    const pixel = i / 4;
    const x = pixel % canvas.width;
    const y = Math.floor(pixel / canvas.width);
    const line = y % 32 < 3 && x > 120 && x < 1160 ? 90 : 0; // "text lines"
    const base = 200 - line + (random() - 0.5) * 60;
    image.data[i] = base;
    image.data[i + 1] = base - 4;
    image.data[i + 2] = base - 10;
    image.data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  let low = 0.05;
  let high = 0.95;
  let best: Blob | null = null;
  for (let step = 0; step < 8; step += 1) {
    const quality = (low + high) / 2;
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (!best || Math.abs(blob.size - target) < Math.abs(best.size - target)) best = blob;
    if (blob.size > target) high = quality;
    else low = quality;
  }
  if (!best) throw new Error('no photo');
  return best;
}

/** The 代办委托书 signature as the signature pad saves it: a small PNG of a stroke. */
async function signatureOf(): Promise<Blob> {
  const canvas = new OffscreenCanvas(600, 200);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.lineWidth = 3;
  context.beginPath();
  context.moveTo(40, 120);
  for (let x = 40; x < 560; x += 20) context.lineTo(x, 100 + Math.sin(x / 25) * 40);
  context.stroke();
  return canvas.convertToBlob({ type: 'image/png' });
}

interface PreparedSend {
  db: DaibanDatabase;
  keys: DataKeys;
  session: BenchSession;
  hashes: string[];
}
let preparedSend: PreparedSend | null = null;

/**
 * Offline part (not timed): the agent takes in a case — two photos of the first material and the signature
 * stored sealed, then the app's submit (pending action, files 'waiting').
 */
async function sendPrepare(input: {
  session: BenchSession;
  user: SessionUser;
  deviceId: string;
  payload: ActionPayload<'submit'>;
  photoBytes: number;
}) {
  const keys = await keysPromise;
  const db = await openBenchDatabase('bench-weak-send');
  await db.waitForLeadership(); // the app's tab is the leader long before a case is submitted
  const services = createLocalIntakeServices({ db, keys, user: input.user, deviceId: input.deviceId });
  const draft = newIntakeDraft(`bench-draft-${Date.now()}`, new Date().toISOString());
  const material = input.payload.materials[0];
  if (!material) throw new Error('the item has no material');
  const photos = [await photoOf(1, input.photoBytes), await photoOf(2, input.photoBytes)];
  const photoHashes: string[] = [];
  for (const [page, photo] of photos.entries())
    photoHashes.push(
      await services.files.put(photo, {
        kind: 'material',
        draftId: draft.id,
        materialId: material.materialId,
        page,
        type: photo.type,
      }),
    );
  const signature = await signatureOf();
  const signatureHash = await services.files.put(signature, {
    kind: 'signature',
    draftId: draft.id,
    type: signature.type,
  });
  const payload: ActionPayload<'submit'> = {
    ...input.payload,
    materials: [{ ...material, files: photoHashes }],
    authorisationSignature: signatureHash,
  };
  await services.submit(payload, draft);
  const pending = await db.actions.find({ selector: { status: 'pending' } }).exec();
  const waiting = await db.files.find({ selector: { uploadState: 'waiting' } }).exec();
  preparedSend = { db, keys, session: input.session, hashes: [...photoHashes, signatureHash] };
  return {
    caseId: pending[0]?.caseId ?? '',
    pendingActions: pending.length,
    waitingFiles: waiting.length,
    photoBytes: photos.map((photo) => photo.size),
    signatureBytes: signature.size,
    hashes: preparedSend.hashes,
  };
}

/** Timed: the link is up; uploads (tus) and the push run at once, as in the app. Ends when both are done. */
async function sendRun() {
  if (!preparedSend) throw new Error('sendPrepare first');
  const { db, keys, session, hashes } = preparedSend;
  const started = performance.now();
  let photosMs = 0;
  const photosDone = new Promise<void>((resolve) => {
    const subscription = db.files.find({ selector: { uploadState: 'uploaded' } }).$.subscribe((docs) => {
      if (hashes.every((hash) => docs.some((doc) => doc.id === hash))) {
        photosMs = performance.now() - started;
        subscription.unsubscribe();
        resolve();
      }
    });
  });
  const uploader = startPhotoUploader({
    db,
    keys,
    getAccessToken: () => session.accessToken,
    refreshSession: async () => false,
    evict: async () => undefined,
  });
  syncStatusStore.setState({ connectivity: 'online' }); // the prober found the server: uploads start
  const push = pushActionsOnce(db, keys, session).then((result) => ({
    ...result,
    ms: performance.now() - started,
  }));
  const [pushed] = await Promise.all([push, photosDone]);
  const ms = performance.now() - started;
  uploader.stop();
  syncStatusStore.setState({ connectivity: 'offline' });
  await db.remove();
  preparedSend = null;
  // The action stays 'pending' on the device until a pull brings the server's verdict: the driver checks the server.
  return { ms, photosMs, pushMs: pushed.ms, errors: pushed.errors };
}

let pullDevice: { db: DaibanDatabase; keys: DataKeys; session: BenchSession } | null = null;

/** Not timed: a fresh device of the village syncs caseHeads and actions to the end. */
async function pullPrepare(session: BenchSession) {
  const keys = await keysPromise;
  const db = await openBenchDatabase('bench-weak-pull');
  const { errors } = await pullOnce(db, keys, session, ['caseHeads', 'actions'], 'bench-weak');
  pullDevice = { db, keys, session };
  return {
    heads: await db.caseHeads.count().exec(),
    actions: await db.actions.count().exec(),
    errors,
  };
}

/** Timed: the same device pulls what is new since its checkpoints. */
async function pullRun() {
  if (!pullDevice) throw new Error('pullPrepare first');
  const { db, keys, session } = pullDevice;
  const before = { heads: await db.caseHeads.count().exec(), actions: await db.actions.count().exec() };
  const started = performance.now();
  const { errors } = await pullOnce(db, keys, session, ['caseHeads', 'actions'], 'bench-weak');
  const ms = performance.now() - started;
  const after = { heads: await db.caseHeads.count().exec(), actions: await db.actions.count().exec() };
  await db.remove();
  pullDevice = null;
  return { ms, newHeads: after.heads - before.heads, newActions: after.actions - before.actions, errors };
}

export const weakLinkBench = { sendPrepare, sendRun, pullPrepare, pullRun };
export type WeakLinkBenchPage = typeof weakLinkBench;

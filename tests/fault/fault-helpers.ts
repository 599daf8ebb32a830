/**
 * What the fault tests share: records as a tablet makes them (from the server's replication test fixtures,
 * with the device's own clock), the server's view of a scope (pulled directly, around any proxy), and
 * polling until a condition holds (a bound on the wait, never a measure of speed).
 */
import {
  newId,
  stepDocument,
  submitDocument,
} from '../../sync-server/src/replication/replication-test-fixtures';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/wire/protocol-version';
import type { PullResponse } from '../../src/domain/wire/replication-messages';
import { signInByApi } from '../support/server-api';
import type { ServerProcess } from '../support/server-process';
import type { SyncActor, SyncedDoc } from '../support/sync-test-client';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` every `intervalMs` until it holds; throws naming `what` (and `describe()`, the state it
 * was stuck in) after `timeoutMs`.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  options: { timeoutMs?: number; intervalMs?: number; describe?: () => Promise<string> | string } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await check())) {
    if (Date.now() > deadline) {
      const state = options.describe ? `\n${await options.describe()}` : '';
      throw new Error(`timed out waiting for: ${what}${state}`);
    }
    await sleep(options.intervalMs ?? 100);
  }
}

/** A 受理前 `submit` (代办登记) of a new case by this agent, stamped with the device's clock. */
export function submitBy(actor: SyncActor, clientTime?: string): SyncedDoc {
  const doc = submitDocument(newId('case'), { regionCode: actor.scope, actor }) as SyncedDoc;
  return clientTime ? { ...doc, clientTime } : doc;
}

/** A reviewer's step (收件 receive, 受理 accept…) on a case of `regionCode`, stamped with the device's clock. */
export function stepBy(
  type: 'receive' | 'accept',
  actor: SyncActor,
  caseId: string,
  regionCode: string,
  clientTime?: string,
): SyncedDoc {
  const doc = stepDocument(type, caseId, actor, { regionCode }) as SyncedDoc;
  return clientTime ? { ...doc, clientTime } : doc;
}

/** Every document of a collection the user may see, in server order (seq), pulled straight from the server. */
export async function serverDocuments(
  server: ServerProcess,
  username: string,
  collection: 'actions' | 'caseHeads',
): Promise<SyncedDoc[]> {
  const { accessToken } = await signInByApi(server, username, '故障测试核对');
  const documents: SyncedDoc[] = [];
  for (let seq = 0; ;) {
    const response = await fetch(`${server.url}/api/replication/${collection}/pull?seq=${seq}&limit=500`, {
      headers: { authorization: `Bearer ${accessToken}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
    });
    if (!response.ok) throw new Error(`pull ${collection}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as PullResponse<SyncedDoc>;
    if (page.documents.length === 0) return documents;
    documents.push(...page.documents.map(({ _deleted: _ignored, ...doc }) => doc as SyncedDoc));
    seq = page.checkpoint.seq;
  }
}

export const byId = (docs: readonly SyncedDoc[]) =>
  [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

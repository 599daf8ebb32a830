/**
 * Out-of-jurisdiction writes and reads, as properties over random foreign regions, batches and callers: the
 * curious colleague in another village or township. Every one is refused with the same bare 403 (or the same
 * 404 as for something that does not exist) and nothing is written — not even the rows of the same batch
 * that were in scope.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES_ZH } from '../http/api-error';
import {
  AGENT,
  bearer,
  consultationDocument,
  rowsOf,
  stepDocument,
  submitDocument,
  VILLAGE_A1,
  VILLAGE_B1,
} from '../replication/replication-test-fixtures';
import { startFuzzApp, type FuzzApp, type FuzzUser } from './fuzz-app';

const FORBIDDEN = { code: 'forbidden', message: ERROR_MESSAGES_ZH.forbidden };
const SCOPES: Record<string, string> = {
  agent1: VILLAGE_A1,
  agentB: VILLAGE_B1,
  reviewer1: '360799101',
  reviewerB: '360799102',
  far1: '360800101201',
};

/** 12-digit region codes outside `scope`: the neighbours' villages and random codes. */
const foreignRegion = (scope: string) =>
  fc
    .oneof(
      fc.constantFrom('360799101202', VILLAGE_B1, '360800101201', VILLAGE_A1, '360799000000', '110105000000'),
      fc.stringMatching(/^[1-6]\d{11}$/),
    )
    .filter((code) => !code.startsWith(scope));

let serial = 0;
const freshId = (prefix: string) => {
  serial += 1;
  return `${prefix}-oj-${String(serial).padStart(6, '0')}`;
};

describe('out-of-jurisdiction requests', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startFuzzApp();
  }, 60_000);
  afterAll(async () => f?.close());

  const push = (
    user: FuzzUser,
    collection: 'actions' | 'consultations',
    documents: Record<string, unknown>[],
  ) =>
    f.app.inject({
      method: 'POST',
      url: `/api/replication/${collection}/push`,
      headers: bearer(f.tokens[user]),
      payload: rowsOf(...documents),
    });

  it('refuses a batch with any row outside the caller’s jurisdiction, and writes none of its rows', async () => {
    const pushers = fc.constantFrom<FuzzUser>('agent1', 'agentB', 'reviewer1', 'reviewerB', 'far1');
    const batch = pushers.chain((user) =>
      fc.record({
        user: fc.constant(user),
        collection: fc.constantFrom<'actions' | 'consultations'>('actions', 'consultations'),
        foreign: foreignRegion(SCOPES[user] ?? ''),
        insideCount: fc.integer({ min: 0, max: 4 }),
        position: fc.nat(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(batch, async ({ user, collection, foreign, insideCount, position }) => {
        const userId =
          {
            agent1: 'u-agent',
            agentB: 'u-agent-b',
            reviewer1: 'u-reviewer',
            reviewerB: 'u-reviewer-b',
            far1: 'u-far',
          }[user as string] ?? '';
        const home = (SCOPES[user] ?? '').padEnd(12, '0').replace(/000$/, '201');
        const documentIn = (regionCode: string) =>
          collection === 'actions'
            ? submitDocument(freshId('case'), { id: freshId('act'), regionCode })
            : consultationDocument(userId, { id: freshId('cons'), regionCode });
        const documents = Array.from({ length: insideCount }, () => documentIn(home));
        documents.splice(position % (insideCount + 1), 0, documentIn(foreign));
        const before = await f.digest();
        const response = await push(user, collection, documents);
        expect(response.statusCode, `${user} → ${foreign}: ${response.body}`).toBe(403);
        expect(JSON.parse(response.body)).toEqual(FORBIDDEN);
        await f.expectUnchanged(before, `${user} pushing into ${foreign}`);
      }),
      { seed: 7_303, numRuns: 80 },
    );
  }, 120_000);

  it('refuses a consultation recorded in another person’s name', async () => {
    const before = await f.digest();
    for (const actorId of ['u-reviewer', 'u-agent-b', 'u-admin', 'someone-else']) {
      const response = await push('agent1', 'consultations', [
        consultationDocument(actorId, { id: freshId('cons') }),
      ]);
      expect(response.statusCode).toBe(403);
      expect(JSON.parse(response.body)).toEqual(FORBIDDEN);
    }
    await f.expectUnchanged(before, 'consultations in another name');
  });

  it('refuses a batch that reuses the id of a record outside the caller’s jurisdiction, writing none of it', async () => {
    // agentB (another township) learns the id of agent1's stored submit and of agent1's consultation.
    const before = await f.digest();
    const stolenAction = submitDocument(freshId('case'), { id: f.seeded.actionId, regionCode: VILLAGE_B1 });
    const ownAction = submitDocument(freshId('case'), { id: freshId('act'), regionCode: VILLAGE_B1 });
    const actions = await push('agentB', 'actions', [ownAction, stolenAction]);
    expect(actions.statusCode, actions.body).toBe(403);
    expect(JSON.parse(actions.body)).toEqual(FORBIDDEN);
    const stolenConsultation = consultationDocument('u-agent-b', {
      id: String(f.seeded.consultation.id),
      regionCode: VILLAGE_B1,
    });
    const ownConsultation = consultationDocument('u-agent-b', {
      id: freshId('cons'),
      regionCode: VILLAGE_B1,
    });
    const consultations = await push('agentB', 'consultations', [ownConsultation, stolenConsultation]);
    expect(consultations.statusCode, consultations.body).toBe(403);
    expect(JSON.parse(consultations.body)).toEqual(FORBIDDEN);
    await f.expectUnchanged(before, 'a batch reusing a foreign id');
  });

  it('keeps a step on another jurisdiction’s case as the author’s own refused record, never touching that case', async () => {
    const headBefore = await f.store.getCaseHead(f.seeded.caseId);
    const step = stepDocument(
      'receive',
      f.seeded.caseId,
      { userId: 'u-reviewer-b', name: '钱审核', role: 'reviewer' },
      {
        id: freshId('act'),
        regionCode: VILLAGE_B1,
      },
    );
    const response = await push('reviewerB', 'actions', [step]);
    expect(response.statusCode).toBe(200);
    expect(await f.store.getCaseHead(f.seeded.caseId)).toEqual(headBefore);
    const stored = await f.store.getAction(String(step.id));
    expect(stored).toMatchObject({ status: 'rejected', regionCode: VILLAGE_B1, authorId: 'u-reviewer-b' });
    expect(stored?.rejection?.code).toBe('case_not_found');
    // agent1's jurisdiction sees nothing of it.
    const pulled = await f.app.inject({
      method: 'GET',
      url: '/api/replication/actions/pull?seq=0&limit=500',
      headers: bearer(f.tokens.agent1),
    });
    const ids = (JSON.parse(pulled.body) as { documents: { id: string }[] }).documents.map((d) => d.id);
    expect(ids).not.toContain(step.id);
    expect(AGENT.userId).toBe('u-agent');
  });

  it('refuses reports, exports, reveals, files and administration outside the caller’s jurisdiction alike', async () => {
    const caller = fc.constantFrom<FuzzUser>('reviewer1', 'reviewerB', 'supervisor1');
    const requests = caller.chain((user) => {
      const scope = user === 'supervisor1' ? '360799' : (SCOPES[user] ?? '');
      const foreignScope = fc
        .oneof(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{9}$/), fc.stringMatching(/^\d{12}$/))
        .filter((code) => !code.startsWith(scope));
      return fc.oneof(
        foreignScope.map((code) => ({
          user,
          url: `/api/reports/indicators?from=2026-03-01&to=2026-03-31&scope=${code}`,
        })),
        foreignScope.map((code) => ({ user, url: `/api/reports/monthly.xlsx?month=2026-03&scope=${code}` })),
        foreignScope.map((code) => ({ user, url: `/api/reports/cases.csv?scope=${code}` })),
        foreignScope.map((code) => ({ user, url: `/api/exchange/cases.json?scope=${code}` })),
        foreignScope.map((code) => ({ user, url: `/api/exchange/cases.csv?scope=${code}&table=steps` })),
      );
    });
    const before = await f.digest();
    await fc.assert(
      fc.asyncProperty(requests, async ({ user, url }) => {
        const response = await f.app.inject({ method: 'GET', url, headers: bearer(f.tokens[user]) });
        expect(response.statusCode, `${user} ${url}`).toBe(403);
        expect(JSON.parse(response.body)).toEqual(FORBIDDEN);
      }),
      { seed: 7_304, numRuns: 60 },
    );
    // The neighbours' case: no reveal, no file, no device, no user of theirs.
    for (const user of ['agentB', 'reviewerB', 'far1'] as const) {
      const reveal = await f.app.inject({
        method: 'POST',
        url: '/api/audit/reveal',
        headers: bearer(f.tokens[user]),
        payload: { caseId: f.seeded.caseId, field: 'idNumber' },
      });
      expect(reveal.statusCode).toBe(403);
      const file = await f.app.inject({
        method: 'GET',
        url: `/api/files/${f.seeded.fileSha256}`,
        headers: bearer(f.tokens[user]),
      });
      const missing = await f.app.inject({
        method: 'GET',
        url: `/api/files/${'e'.repeat(64)}`,
        headers: bearer(f.tokens[user]),
      });
      expect(file.statusCode).toBe(404);
      expect(file.body).toBe(missing.body);
    }
    await f.expectUnchanged(before, 'foreign reads');
  }, 120_000);
});

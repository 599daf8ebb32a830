/**
 * fast-check arbitraries for the case reducer's property tests: payloads that are schema-valid most of
 * the time, random actors, and the steps of a random sequence. Used only by *.test.ts files.
 */
import fc from 'fast-check';
import { SATISFACTION_LEVELS } from '../evaluation/satisfaction';
import type { Actor } from '../roles';
import type { ActionPayload, ActionType } from './case-types';
import {
  ALL_ACTORS,
  DISTRICT_ITEM,
  FILE_A,
  FILE_B,
  INSTANT_ITEM,
  submitPayload,
  TOWNSHIP_ITEM,
  VILLAGE_A,
  VILLAGE_B,
} from './case-test-fixtures';

const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('理由充分', '需现场核查', '申请人要求') },
  { weight: 1, arbitrary: fc.constantFrom('差', '', '  ', '𠮷'.repeat(600)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const note = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const materialId = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('m-id-card', 'm-hukou', 'm-income') },
  { weight: 1, arbitrary: fc.constant('m-unknown') },
);
const received = fc.record({
  materialId,
  form: fc.constantFrom('原件' as const, '复印件' as const, '电子' as const),
  files: fc.array(fc.constantFrom(FILE_A, FILE_B), { maxLength: 2 }),
});

const correctionItem = fc.record({
  materialId: fc.option(materialId),
  problem: fc.constantFrom('missing' as const, 'defective' as const),
  note,
});

/** One payload per action type (schema-valid most of the time). */
export const payloads = fc.record({
  submit: fc
    .record({
      item: fc.constantFrom(TOWNSHIP_ITEM, INSTANT_ITEM, DISTRICT_ITEM),
      ids: fc.array(materialId, { maxLength: 3 }),
    })
    .map(({ item, ids }) => submitPayload(item, ids)),
  receive: fc.record({ note }),
  // mostly a proper 一次性告知 (one line per material), sometimes an empty or repetitive one
  request_correction: fc.record({
    items: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.uniqueArray(correctionItem, {
          minLength: 1,
          maxLength: 3,
          selector: (i) => i.materialId,
        }),
      },
      { weight: 1, arbitrary: fc.array(correctionItem, { maxLength: 3 }) },
    ),
    note,
  }),
  resubmit: fc.record({
    materials: fc.oneof(
      { weight: 4, arbitrary: fc.array(received, { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(received, { maxLength: 3 }) },
    ),
    note,
  }),
  refuse: fc.record({ reason: text }),
  accept: fc.record({ note }),
  forward: fc.record({ note }),
  review: fc.record({ opinion: text }),
  suspend: fc.record({
    kind: fc.constantFrom('hearing' as const, 'inspection' as const, 'other' as const),
    reason: text,
  }),
  resume: fc.record({ note }),
  extend: fc.record({ days: fc.integer({ min: -1, max: 31 }), reason: text }),
  decide: fc.record({
    outcome: fc.constantFrom('approved' as const, 'denied' as const),
    documentNo: fc.constantFrom('历下〔2026〕1号', ''),
    reason: text,
    file: fc.constant(null),
  }),
  deliver: fc.record({
    method: fc.constantFrom('in_person' as const, 'post' as const),
    signature: fc.constant(null),
    note,
  }),
  archive: fc.record({ note }),
  withdraw: fc.record({ reason: text }),
  evaluate: fc.record({
    level: fc.constantFrom(...SATISFACTION_LEVELS),
    reason: text,
    channel: fc.constant('tablet' as const),
  }),
}) satisfies fc.Arbitrary<{ [T in ActionType]: ActionPayload<T> }>;

export const randomActor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constantFrom('agent-a', 'reviewer-t', 'stranger'),
  name: fc.constantFrom('某人', '王代办'),
  role: fc.constantFrom('agent' as const, 'reviewer' as const, 'supervisor' as const, 'admin' as const),
  scope: fc.constantFrom('370102', '370102103', VILLAGE_A, VILLAGE_B, '110105'),
});

export const step = fc.record({
  kind: fc.constantFrom(
    'guided',
    'guided',
    'guided',
    'guided',
    'guided',
    'guided',
    'random',
    'impostor',
    'replay',
    'garbage',
  ),
  actor: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ALL_ACTORS) },
    { weight: 1, arbitrary: randomActor },
  ),
  other: fc.constantFrom(...ALL_ACTORS),
  /** unbiased picks (fc.nat favours small numbers, which would always choose the first button) */
  actorPick: fc.noBias(fc.nat({ max: 1_000_000 })),
  typePick: fc.noBias(fc.nat({ max: 1_000_000 })),
  endingRoll: fc.noBias(fc.integer({ min: 0, max: 4 })),
  payloads,
  place: fc.constantFrom(
    'home',
    'home',
    'home',
    'home',
    'home',
    'home',
    'home',
    'home',
    'other-case',
    'other-village',
  ),
  hours: fc.integer({ min: 0, max: 96 }),
  garbage: fc.anything(),
});

export type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

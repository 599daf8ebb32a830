/** A small catalogue item and a finished draft, shared by the intake unit tests. */
import { serviceItemSchema, type ServiceItem } from '../../domain/catalogue/service-item';
import { newIntakeDraft, signatureSubject, type IntakeDraft } from './intake-draft';

export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T08:30:00.000+08:00';
/** GB 11643 example (female, born 1949-12-31). */
export const APPLICANT_ID = '11010519491231002X';
/** A valid male ID (born 1990-03-07). */
export const PROXY_ID = '110105199003071239';
export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);
export const HASH_SIG = 'c'.repeat(64);

export const ITEM: ServiceItem = serviceItemSchema.parse({
  baseCode: '000500123000',
  code: '11360726MB0000000X4000500123000',
  version: 3,
  name: '最低生活保障申请',
  category: '社会救助',
  itemType: '05',
  exerciseLevel: '4',
  serviceObjects: ['自然人'],
  caseKind: '承诺件',
  legalDays: 30,
  promisedDays: 20,
  visits: 1,
  handledAt: 'township',
  department: '县民政局',
  conditions: '家庭人均收入低于当地低保标准',
  materials: [
    {
      id: 'id-card',
      name: '居民身份证',
      form: '纸质',
      originals: 1,
      copies: 1,
      necessity: '必要',
      source: '申请人自备',
    },
    {
      id: 'income',
      name: '家庭收入证明',
      form: '纸质或电子',
      originals: 0,
      copies: 1,
      necessity: '容缺',
      source: '其他',
    },
    {
      id: 'photo',
      name: '家庭合照',
      form: '电子',
      originals: 0,
      copies: 0,
      necessity: '非必要',
      source: '申请人自备',
    },
  ],
  fields: [
    { key: 'householdSize', label: '家庭人口数', type: 'number', required: true, min: 1, max: 20 },
    { key: 'reason', label: '申请理由', type: 'textarea', required: true },
    { key: 'housing', label: '住房情况', type: 'select', options: ['自有', '租住', '借住'] },
    { key: 'since', label: '困难起始日期', type: 'date' },
  ],
  publishedAt: '2026-01-05T01:00:00.000Z',
});

export function completeDraft(): IntakeDraft {
  const draft = newIntakeDraft('draft-0001', NOW);
  const filled: IntakeDraft = {
    ...draft,
    step: 'review',
    item: { code: ITEM.code, version: ITEM.version },
    applicant: {
      ...draft.applicant,
      kind: 'person',
      name: ' 王秀英 ',
      idNumber: '110105 19491231 002x',
      phone: '138-1234-1234',
      address: '青石村三组 12 号',
    },
    fields: { householdSize: '４', reason: '因病致贫', housing: '', since: '2026-03-01' },
    materials: {
      'id-card': { form: '复印件', files: [HASH_A, HASH_B], isDeferred: false, note: '' },
      income: { form: null, files: [], isDeferred: true, note: '三日内补交村委会证明' },
    },
    signature: HASH_SIG,
    signedAt: NOW,
  };
  return { ...filled, signedFor: signatureSubject(filled) };
}

/** Re-signs a draft changed by a test (as the applicant would on screen). */
export function resign(draft: IntakeDraft): IntakeDraft {
  return { ...draft, signedFor: signatureSubject(draft) };
}

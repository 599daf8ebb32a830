/** Small, typed records for the store contract suite (synthetic; no real person). */
import type { CaseAction, CaseHead } from '../../../src/domain/case/case-types';
import type { HolidaySchedule } from '../../../src/domain/calendar/holiday-schedule';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import type { NewActionRecord, NewUser, RegionRecord } from './store-records';

export const NOW = '2026-03-02T08:00:00.000Z';
export const LATER = '2026-03-02T09:00:00.000Z';

export const DISTRICT = '360799000000';
export const TOWNSHIP_A = '360799101000';
export const TOWNSHIP_B = '360799102000';
export const VILLAGE_A1 = '360799101201';
export const VILLAGE_A2 = '360799101202';
export const VILLAGE_B1 = '360799102201';

export const REGIONS: RegionRecord[] = [
  // Children before parents on purpose: the parent reference is checked at commit.
  { code: VILLAGE_A1, name: '青石村', level: 'village', parentCode: TOWNSHIP_A, kind: '村' },
  { code: DISTRICT, name: '青岚区', level: 'county', parentCode: null, kind: '区' },
  { code: TOWNSHIP_A, name: '河口镇', level: 'township', parentCode: DISTRICT, kind: '镇' },
  { code: TOWNSHIP_B, name: '柳湾镇', level: 'township', parentCode: DISTRICT, kind: '镇' },
  { code: VILLAGE_A2, name: '白沙村', level: 'village', parentCode: TOWNSHIP_A, kind: '村' },
  { code: VILLAGE_B1, name: '桃源村', level: 'village', parentCode: TOWNSHIP_B, kind: '村' },
];

export function user(id: string, overrides: Partial<NewUser> = {}): NewUser {
  return {
    id,
    username: `user-${id}`,
    name: '测试员',
    role: 'agent',
    scope: VILLAGE_A1,
    passwordHash: 'scrypt$test',
    ...overrides,
  };
}

export function serviceItem(code: string, version: number, name = '最低生活保障申请'): ServiceItem {
  return {
    baseCode: '000005001000',
    code,
    version,
    name,
    category: '社会救助',
    itemType: '05',
    exerciseLevel: '4',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 1,
    handledAt: 'township',
    department: '民政局',
    conditions: '共同生活的家庭成员人均收入低于当地最低生活保障标准',
    legalBasis: '',
    process: '',
    fees: [],
    materials: [
      {
        id: 'm1',
        name: '户口簿',
        form: '纸质',
        originals: 1,
        copies: 1,
        necessity: '必要',
        source: '申请人自备',
        note: '',
      },
    ],
    fields: [],
    consultPhone: '',
    supervisePhone: '',
    isActive: true,
    publishedAt: NOW,
  };
}

export const SCHEDULE: HolidaySchedule = {
  year: 2026,
  source: '国办发明电〔2025〕7号',
  publishedAt: '2025-11-04',
  holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03' }],
  workdays: ['2026-01-04'],
};

const SIGNATURE = 'a'.repeat(64);

export function submitAction(id: string, caseId: string, regionCode: string): CaseAction {
  return {
    id,
    caseId,
    regionCode,
    actorId: 'agent-0001',
    actorName: '测试员',
    actorRole: 'agent',
    deviceId: 'device-0001',
    clientTime: NOW,
    type: 'submit',
    payload: {
      receiptNo: 'DB-20260302-0001',
      item: {
        code: 'ITEM-0001',
        version: 1,
        name: '最低生活保障申请',
        caseKind: '承诺件',
        legalDays: 30,
        promisedDays: 20,
        handledAt: 'township',
        materials: [],
      },
      applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: '', address: '' },
      proxy: null,
      fields: {},
      materials: [],
      authorisationSignature: SIGNATURE,
    },
  };
}

export function actionRecord(
  id: string,
  caseId: string,
  regionCode: string,
  overrides: Partial<NewActionRecord> = {},
): NewActionRecord {
  return {
    id,
    caseId,
    regionCode,
    status: 'accepted',
    rejection: null,
    action: submitAction(id, caseId, regionCode),
    authorId: 'agent-0001',
    serverTime: NOW,
    ...overrides,
  };
}

export function caseHead(
  caseId: string,
  regionCode: string,
  status: CaseHead['status'] = 'submitted',
): CaseHead {
  return {
    id: caseId,
    receiptNo: 'DB-20260302-0001',
    regionCode,
    item: {
      code: 'ITEM-0001',
      version: 1,
      name: '最低生活保障申请',
      caseKind: '承诺件',
      legalDays: 30,
      promisedDays: 20,
      handledAt: 'township',
      materials: [],
    },
    applicant: { kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: '', address: '' },
    proxy: null,
    fields: {},
    materials: [],
    authorisationSignature: SIGNATURE,
    status,
    handlingLevel: 'township',
    createdBy: 'agent-0001',
    submittedAt: NOW,
    receivedAt: null,
    acceptedAt: null,
    deadline: null,
    statusBeforeSuspension: null,
    pauses: [],
    extensionDays: 0,
    correctionNotice: null,
    refusalReason: null,
    decision: null,
    delivery: null,
    evaluation: null,
    withdrawnReason: null,
    timeline: [],
    updatedAt: NOW,
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { createOfficialWorkingDayCalendar } from '../../domain/calendar';
import { generateReceiptNo } from '../../domain/case/receipt-number';
import { snapshotOf, serviceItemSchema } from '../../domain/catalogue/service-item';
import { buildReceiptModel, progressUrl, type ReceiptData } from './receipt-view';
import { qrPath } from './qr-path';

const RECEIPT_NO = generateReceiptNo({
  regionCode: '360726103201',
  deviceSeq: 7,
  date: '2026-09-25',
  counter: 42,
});
const ITEM = serviceItemSchema.parse({
  baseCode: '000500123000',
  code: 'ITEM-1',
  version: 1,
  name: '最低生活保障申请',
  category: '社会救助',
  itemType: '05',
  exerciseLevel: '4',
  serviceObjects: ['自然人'],
  caseKind: '承诺件',
  legalDays: 30,
  promisedDays: 5,
  visits: 1,
  handledAt: 'township',
  department: '县民政局',
  conditions: '—',
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
      form: '纸质',
      originals: 0,
      copies: 1,
      necessity: '容缺',
      source: '其他',
    },
  ],
  publishedAt: '2026-01-05T01:00:00.000Z',
});

const data: ReceiptData = {
  payload: {
    receiptNo: RECEIPT_NO,
    item: snapshotOf(ITEM),
    applicant: {
      kind: 'person',
      name: '王秀英',
      idNumber: '11010519491231002X',
      phone: '13812341234',
      address: '',
    },
    proxy: { name: '李强', idNumber: '110105199003071239', relationship: '儿子', phone: '' },
    fields: {},
    materials: [{ materialId: 'id-card', form: '复印件', files: ['a'.repeat(64), 'b'.repeat(64)] }],
    authorisationSignature: 'c'.repeat(64),
  },
  // Friday 2026-09-25, 17:30 UTC = Saturday 01:30 in China
  submittedAt: '2026-09-25T17:30:00.000Z',
  station: { name: '青石村便民服务站', regionCode: '360726103201' },
  agent: { name: '刘代办' },
  deferred: [{ materialId: 'income', note: '三日内补交' }],
};

describe('buildReceiptModel', () => {
  const model = buildReceiptModel(data, 'https://daiban.example.cn/', createOfficialWorkingDayCalendar());

  it('masks the ID number and names the proxy', () => {
    expect(model.applicantNumber).toBe('110105********002X');
    expect(model.proxy).toEqual({ name: '李强', relationship: '儿子' });
  });

  it('lists received materials with form, pages and the counts asked for, and the deferred ones with their note', () => {
    expect(model.materials).toEqual([
      { name: '居民身份证', form: '复印件', pages: 2, originals: 1, copies: 1 },
    ]);
    expect(model.deferred).toEqual([{ name: '家庭收入证明', note: '三日内补交' }]);
  });

  it('estimates the date in working days from the China date of submission, skipping 国庆 holidays', () => {
    expect(model.submittedDate).toBe('2026-09-26'); // China date, not the UTC one
    // 2026: 10-01..10-07 off; 09-26 (Sat) is not a working day anyway → 09-28, 09-29, 09-30, 10-08, 10-09
    expect(model.estimatedDate).toBe('2026-10-09');
  });

  it('points the QR code at the public progress page', () => {
    expect(model.progressUrl).toBe(`https://daiban.example.cn/progress/${RECEIPT_NO}`);
    expect(progressUrl('http://localhost:5173', 'A B')).toBe('http://localhost:5173/progress/A%20B');
  });
});

describe('qrPath', () => {
  it('draws exactly the dark modules of the QR code', () => {
    const text = progressUrl('https://daiban.example.cn', RECEIPT_NO);
    const { size, d } = qrPath(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    expect(d.split('M').length - 1).toBe(Array.from(modules.data).filter(Boolean).length);
  });
});

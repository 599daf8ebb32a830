import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficialWorkingDayCalendar } from '../../../src/domain/calendar/official-schedules';
import {
  ITEM,
  rowsOf,
  stepDocument,
  submitDocument,
  REVIEWER,
} from '../replication/replication-test-fixtures';
import { startRoleApp, type RoleApp } from '../reports/report-test-fixtures';
import { bodyOf } from '../test-support/test-app';

const XLSX_URL = '/api/admin/catalogue/import-template.xlsx?withItems=true';

/** A workbook edited cell by cell: `edits[sheet]` is a list of [row, column letter, value]. */
async function editedWorkbook(
  template: Buffer,
  edits: Record<string, [number, string, string | number][]>,
  changes?: (workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  for (const [sheet, cells] of Object.entries(edits)) {
    for (const [row, column, value] of cells)
      workbook.getWorksheet(sheet)!.getCell(`${column}${row}`).value = value;
  }
  changes?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** GBK bytes of a text (Node decodes GB18030 but has no encoder: the table comes from the decoder). */
function encodeGbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const found = table.get(ch);
      if (!found) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...found);
    }
  }
  return Buffer.from(bytes);
}

interface ImportAnswer {
  format: string;
  items: { code: string; change: string; version: number; changedFields: string[] }[];
}
interface IssueAnswer {
  code: string;
  message: string;
  details: {
    issues: {
      sheet: string;
      row: number | null;
      column: string | null;
      cell: string | null;
      message: string;
    }[];
    total: number;
  };
}

describe('事项目录 import from Excel or CSV', () => {
  let r: RoleApp;
  let template: Buffer;
  beforeAll(async () => {
    r = await startRoleApp();
    const response = await r.t.app.inject({ method: 'GET', url: XLSX_URL, headers: r.as('admin1') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('事项目录导入模板.xlsx'));
    template = response.rawPayload;
  });
  afterAll(async () => {
    await r.t.close();
  });

  const importFile = (bytes: Buffer | string, mode: 'check' | 'publish', fileName = 'catalogue.xlsx') =>
    r.t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      headers: r.as('admin1'),
      payload: { fileName, contentBase64: Buffer.from(bytes).toString('base64'), mode },
    });

  /** The store's state that an import must leave alone on error. */
  const snapshot = async () => ({
    seq: await r.t.store.maxSeq(),
    audits: (await r.t.store.listAudit()).length,
    catalogue: await r.t.store.listLatestCatalogue(),
  });

  it('imports its own templates back with every item unchanged (xlsx and csv)', async () => {
    const check = await importFile(template, 'check');
    expect(check.statusCode).toBe(200);
    expect(
      (bodyOf(check) as unknown as ImportAnswer).items.map((i) => [i.code, i.change, i.version]),
    ).toEqual([
      ['ITEM-A', 'unchanged', 2],
      ['ITEM-B', 'unchanged', 1],
    ]);
    const csv = await r.t.app.inject({
      method: 'GET',
      url: '/api/admin/catalogue/import-template.csv?withItems=true',
      headers: r.as('supervisor1'),
    });
    expect(csv.body.startsWith('\uFEFF表,实施编码 *')).toBe(true);
    const before = await snapshot();
    const publish = await importFile(csv.body, 'publish', '目录.csv');
    expect(publish.statusCode).toBe(200);
    expect((bodyOf(publish) as unknown as ImportAnswer).items.every((i) => i.change === 'unchanged')).toBe(
      true,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a check changes nothing; publishing stores every new and changed item at once, audited', async () => {
    const file = await editedWorkbook(
      template,
      { 申请材料: [[2, 'C', '居民户口簿（户主页及本人页）']] },
      (wb) => {
        const items = wb.getWorksheet('事项')!;
        const copy = items.getRow(2).values as ExcelJS.CellValue[];
        const added = items.addRow(copy.slice(1));
        added.getCell(1).value = 'ITEM-C';
        added.getCell(3).value = '临时救助申请';
        wb.getWorksheet('申请材料')!.addRow([
          'ITEM-C',
          '',
          '临时救助申请书',
          '纸质',
          1,
          0,
          '必要',
          '申请人自备',
          '',
        ]);
      },
    );
    const before = await snapshot();
    const check = await importFile(file, 'check');
    expect(check.statusCode).toBe(200);
    expect((bodyOf(check) as unknown as ImportAnswer).items).toEqual([
      expect.objectContaining({
        code: 'ITEM-A',
        change: 'changed',
        version: 3,
        changedFields: ['materials'],
      }),
      expect.objectContaining({ code: 'ITEM-B', change: 'unchanged', version: 1 }),
      expect.objectContaining({ code: 'ITEM-C', change: 'new', version: 1 }),
    ]);
    expect(await snapshot()).toEqual(before);

    const publish = await importFile(file, 'publish');
    expect(publish.statusCode).toBe(201);
    const itemA = await r.t.store.getCatalogueItem('ITEM-A');
    expect(itemA?.version).toBe(3);
    expect(itemA?.materials.map((m) => [m.id, m.name])).toEqual([['m1', '居民户口簿（户主页及本人页）']]);
    expect((await r.t.store.getCatalogueItem('ITEM-A', 2))?.materials[0]?.name).toBe('户口簿');
    expect((await r.t.store.getCatalogueItem('ITEM-B'))?.version).toBe(1);
    expect((await r.t.store.getCatalogueItem('ITEM-C'))?.materials.map((m) => m.id)).toEqual(['material-1']);
    const audits = await r.t.store.listAudit({ limit: 3 });
    expect(audits.map((a) => a.action).sort()).toEqual([
      'catalogue.import',
      'catalogue.publish',
      'catalogue.publish',
    ]);
    expect(audits.find((a) => a.action === 'catalogue.import')?.details).toEqual({
      format: 'xlsx',
      published: 2,
      unchanged: 1,
    });
    const pull = await r.t.app.inject({
      method: 'GET',
      url: '/api/replication/catalogue/pull?seq=0&limit=500',
      headers: r.as('agent1'),
    });
    expect(pull.body).toContain('ITEM-A@3');
    expect(pull.body).toContain('ITEM-C@1');
  });

  it('refuses a file with bad rows, lists every problem by sheet, row and column, and stores nothing', async () => {
    const before = await snapshot();
    const file = await editedWorkbook(template, {
      事项: [
        [2, 'J', 99], // 承诺 > 法定
        [3, 'C', ''], // 事项名称 empty
        [3, 'H', '马上办'], // 办件类型
      ],
      申请材料: [
        [2, 'E', -1], // 原件份数
        [3, 'A', 'NO-SUCH'], // not in 事项
        [3, 'C', '身份证'],
        [3, 'D', '纸质'],
        [3, 'E', 1],
        [3, 'F', 0],
        [3, 'G', '必要'],
        [3, 'H', '其他'],
      ],
    });
    const response = await importFile(file, 'publish');
    expect(response.statusCode).toBe(400);
    const answer = bodyOf(response) as unknown as IssueAnswer;
    expect(answer.code).toBe('validation_failed');
    expect(answer.message).toMatch(/^文件有 \d+ 处错误，未导入任何事项。/);
    const places = answer.details.issues.map((i) => [i.sheet, i.row, i.cell]);
    expect(places).toEqual(
      expect.arrayContaining([
        ['事项', 2, 'J2'],
        ['事项', 3, 'C3'],
        ['事项', 3, 'H3'],
        ['申请材料', 2, 'E2'],
        ['申请材料', 3, 'A3'],
      ]),
    );
    expect(answer.details.total).toBe(answer.details.issues.length);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses what is not a catalogue file, in Chinese, and stores nothing', async () => {
    const before = await snapshot();
    const cases: [Buffer | string, string, RegExp][] = [
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'old.xls', /旧版 Excel（\.xls）/],
      [Buffer.from('PK\u0003\u0004garbage'), 'broken.xlsx', /无法读取这个 Excel 文件/],
      ['实施编码,事项名称\r\nX,Y\r\n', 'plain.csv', /缺少「表」列/],
      ['表,实施编码\r\n事项,"ITEM-A\r\n', 'quote.csv', /第 2 行有一个引号没有配对结束/],
      ['表,实施编码,备注\r\n事项,ITEM-A,x\r\n', 'extra.csv', /「备注」（C1）：无法识别的列/],
      [
        await editedWorkbook(template, {}, (wb) => wb.removeWorksheet(wb.getWorksheet('收费项目')!.id)),
        'nofees.xlsx',
        /没有名为「收费项目」的工作表/,
      ],
    ];
    for (const [bytes, name, message] of cases) {
      const response = await importFile(
        typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
        'publish',
        name,
      );
      expect(response.statusCode, name).toBe(400);
      expect(String(bodyOf(response).message), name).toMatch(message);
    }
    const notBase64 = await r.t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      headers: r.as('admin1'),
      payload: { fileName: 'x.csv', contentBase64: '%%%', mode: 'check' },
    });
    expect(notBase64.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('reads a CSV saved by Excel in Chinese (GB18030) as well as UTF-8', async () => {
    const csv = await r.t.app.inject({
      method: 'GET',
      url: '/api/admin/catalogue/import-template.csv?withItems=true',
      headers: r.as('admin1'),
    });
    const edited = csv.body.replace('\uFEFF', '').replace('残疾人证办理', '残疾人证办理（新）');
    const response = await importFile(encodeGbk(edited), 'check', '目录.csv');
    expect(response.statusCode, response.body).toBe(200);
    const items = (bodyOf(response) as unknown as ImportAnswer).items;
    expect(items.find((i) => i.code === 'ITEM-B')).toMatchObject({
      change: 'changed',
      changedFields: ['name'],
    });
  });

  it('a case started before the import keeps its item version and time limit', async () => {
    const caseId = 'case-import-keeps';
    const submit = await r.t.app.inject({
      method: 'POST',
      url: '/api/replication/actions/push',
      headers: r.as('agent1'),
      payload: rowsOf(submitDocument(caseId)),
    });
    expect(submit.statusCode).toBe(200);
    const current = await r.t.app.inject({ method: 'GET', url: XLSX_URL, headers: r.as('admin1') });
    // ITEM-A now: 承诺 2 days, 法定 3 days, another material.
    const file = await editedWorkbook(current.rawPayload, {
      事项: [
        [2, 'I', 3],
        [2, 'J', 2],
      ],
      申请材料: [[2, 'C', '新版材料']],
    });
    expect((await importFile(file, 'publish')).statusCode).toBe(201);
    expect((await r.t.store.getCatalogueItem('ITEM-A'))?.promisedDays).toBe(2);

    for (const type of ['receive', 'accept'] as const) {
      const push = await r.t.app.inject({
        method: 'POST',
        url: '/api/replication/actions/push',
        headers: r.as('reviewer1'),
        payload: rowsOf(stepDocument(type, caseId, REVIEWER)),
      });
      expect(push.statusCode).toBe(200);
    }
    const head = (await r.t.store.getCaseHead(caseId))?.head;
    expect(head?.status).toBe('accepted');
    expect(head?.item).toEqual(ITEM);
    const calendar = createOfficialWorkingDayCalendar();
    expect(head?.deadline).toBe(calendar.addWorkingDays('2026-03-02', ITEM.promisedDays));
  });

  it('lists the versions of an item, newest first', async () => {
    const response = await r.t.app.inject({
      method: 'GET',
      url: '/api/admin/catalogue/ITEM-A/versions',
      headers: r.as('supervisor1'),
    });
    expect(response.statusCode).toBe(200);
    const versions = (bodyOf(response).versions as { version: number; materials: string[] }[]).map(
      (v) => v.version,
    );
    expect(versions).toEqual([4, 3, 2, 1]);
    const unknown = await r.t.app.inject({
      method: 'GET',
      url: '/api/admin/catalogue/NO-SUCH/versions',
      headers: r.as('admin1'),
    });
    expect(unknown.statusCode).toBe(404);
  });
});

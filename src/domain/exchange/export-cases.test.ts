import { describe, expect, it } from 'vitest';
import type { CaseHead } from '../case/case-types';
import {
  acceptedCase,
  AGENT_A,
  applyOk,
  at,
  makeAction,
  REVIEWER_T,
  submittedCase,
} from '../case/case-test-fixtures';
import { CSV_BOM } from './csv-text';
import { CASE_FIELDS, chinaDateTimeOf, EVALUATION_FIELDS, STEP_FIELDS } from './exchange-fields';
import { exportCasesCsv, exportCasesJson, exportCaseTables } from './export-cases';

/** A case taken to 办结, 送达 and 差评, with a name that tries formula injection. */
function evaluatedCase(): CaseHead {
  let head = acceptedCase();
  const decide = { outcome: 'approved', documentNo: '青岚民〔2026〕8号', reason: '', file: null } as const;
  head = applyOk(head, makeAction('decide', decide, REVIEWER_T), REVIEWER_T, at('2026-03-02'));
  const deliver = { method: 'in_person', signature: null, note: '' } as const;
  head = applyOk(head, makeAction('deliver', deliver, AGENT_A), AGENT_A, at('2026-03-03'));
  const evaluate = { level: '不满意', reason: '排队太久,跑了两趟', channel: 'paper' } as const;
  return applyOk(head, makeAction('evaluate', evaluate, AGENT_A), AGENT_A, at('2026-03-03', '10:00'));
}

const done = evaluatedCase();
const injected: CaseHead = {
  ...submittedCase(),
  id: 'case-000002',
  receiptNo: 'R-2',
  applicant: { ...done.applicant, name: '=HYPERLINK("http://x")' },
};
const heads = [done, injected];
const masked = { revealIdNumbers: false };

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  const body = text.replace(CSV_BOM, '');
  for (let i = 0; i < body.length; i += 1) {
    const ch = body.charAt(i);
    if (isQuoted) {
      if (ch === '"' && body.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') isQuoted = false;
      else field += ch;
    } else if (ch === '"') isQuoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body.charAt(i + 1) === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('exportCaseTables', () => {
  it('has one row per case, one per action, one per decided case and one per evaluated case', () => {
    const t = exportCaseTables(heads, masked);
    expect(t.cases).toHaveLength(2);
    expect(t.steps).toHaveLength(done.timeline.length + injected.timeline.length);
    expect(t.results).toHaveLength(1);
    expect(t.evaluations).toHaveLength(1);
    expect(t.steps.map((s) => s['环节名称'])).toEqual([
      '提交',
      '收件',
      '受理',
      '办结',
      '送达',
      '评价',
      '提交',
    ]);
  });

  it('masks 证件号码 and 联系电话 by default and reveals them only when allowed', () => {
    const hidden = exportCaseTables([done], masked).cases[0];
    expect(hidden?.['证件号码']).toBe('110105********002X');
    expect(hidden?.['联系电话']).toBe('138****8000');
    expect(exportCasesJson([done], masked)).not.toContain('11010519491231002X');
    expect(exportCasesCsv([done], masked).cases).not.toContain('11010519491231002X');
    const shown = exportCaseTables([done], { revealIdNumbers: true }).cases[0];
    expect(shown?.['证件号码']).toBe('11010519491231002X');
    expect(shown?.['联系电话']).toBe('13800138000');
  });

  it('maps the fields: 北京时间, 满意度 as the GB/T 39046 code, the 办理结果 and 评价阶段', () => {
    const t = exportCaseTables([done], masked);
    expect(t.cases[0]).toMatchObject({
      办件编号: done.receiptNo,
      事项编码: done.item.code,
      申请人类型: '自然人',
      证件类型: '居民身份证',
      受理时间: '2026-02-12 09:00:00',
      承诺办结时间: '2026-03-04',
      办件状态: '已送达',
    });
    expect(t.results[0]).toMatchObject({
      办理结果: '准予',
      结果文书编号: '青岚民〔2026〕8号',
      送达方式: '当面送达',
    });
    expect(t.evaluations[0]).toMatchObject({
      满意度: 4,
      满意度名称: '不满意',
      评价阶段: '办结',
      评价渠道: '纸质评价表',
    });
    expect(chinaDateTimeOf('2026-02-12T16:30:00Z')).toBe('2026-02-13 00:30:00');
  });
});

describe('exportCasesJson', () => {
  it('nests 办理过程, 办理结果 and 评价 in each case, keyed by the Chinese names', () => {
    const json = JSON.parse(exportCasesJson(heads, masked)) as {
      标准: string;
      办件: Record<string, unknown>[];
    };
    expect(json.标准).toBe('GB/T 39046-2020');
    expect(json.办件).toHaveLength(2);
    expect(Object.keys(json.办件[0] ?? {})).toEqual([
      ...CASE_FIELDS.map((f) => f.nameZh),
      '办理过程',
      '办理结果',
      '评价',
    ]);
    expect(json.办件[1]?.['办理结果']).toBeNull();
    expect((json.办件[0]?.['办理过程'] as unknown[]).length).toBe(done.timeline.length);
  });
});

describe('exportCasesCsv', () => {
  it('writes a header of the Chinese names and neutralises injected formulas', () => {
    const csv = exportCasesCsv(heads, masked);
    const cases = parseCsv(csv.cases);
    expect(cases[0]).toEqual(CASE_FIELDS.map((f) => f.nameZh));
    expect(cases).toHaveLength(3);
    expect(csv.cases).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(cases[2]?.[6]).toBe(`'=HYPERLINK("http://x")`);
    expect(parseCsv(csv.steps)[0]).toEqual(STEP_FIELDS.map((f) => f.nameZh));
    expect(parseCsv(csv.steps)).toHaveLength(1 + 7);
    expect(parseCsv(csv.evaluations)[0]).toEqual(EVALUATION_FIELDS.map((f) => f.nameZh));
    // the comment with a comma is quoted
    expect(csv.evaluations).toContain('"排队太久,跑了两趟"');
    expect(parseCsv(csv.evaluations)[1]?.[5]).toBe('排队太久,跑了两趟');
    for (const text of Object.values(csv)) expect(text.startsWith(CSV_BOM)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../src/domain/catalogue/service-item';
import { DEMO_CATALOGUE } from '../../../src/demo/demo-catalogue';
import { serviceItem } from '../store/store-contract-fixtures';
import { columnLetter } from './catalogue-import-file';
import { CATALOGUE_SHEETS, normaliseHeader, type AnyColumn, type SheetKey } from './catalogue-sheet-columns';
import {
  changedFieldsOf,
  changeOf,
  cleanCell,
  readCatalogueTables,
  type ItemDraft,
  type TableInput,
} from './catalogue-sheet-rows';
import { templateRows } from './catalogue-template';

/** The tables of the template for these items, as the reader gets them; `edit` changes cells by header. */
function tablesOf(items: ServiceItem[]): TableInput[] {
  const rows = templateRows(items);
  return (Object.keys(CATALOGUE_SHEETS) as SheetKey[]).map((sheet) => {
    const columns = Object.entries(CATALOGUE_SHEETS[sheet].columns as Record<string, AnyColumn>);
    return {
      sheet,
      headers: columns.map(([, c], i) => ({ text: c.header, column: columnLetter(i) })),
      rows: rows[sheet].map((row, i) => ({
        rowNumber: i + 2,
        cells: columns.map(([key, c]) => String(c.write(row[key] as never))),
      })),
    };
  });
}

function setCell(tables: TableInput[], sheet: SheetKey, rowNumber: number, header: string, text: string) {
  const table = tables.find((t) => t.sheet === sheet)!;
  const index = table.headers.findIndex((h) => normaliseHeader(h.text) === normaliseHeader(header));
  const row = table.rows.find((r) => r.rowNumber === rowNumber)!;
  (row.cells as string[])[index] = text;
}

const ITEM = serviceItem('ITEM-A', 2);
const LATEST = new Map([[ITEM.code, ITEM]]);

function issuesOf(tables: TableInput[]) {
  const result = readCatalogueTables(tables, LATEST);
  if (result.ok) throw new Error('expected problems');
  return result.issues;
}

describe('reading the import tables', () => {
  it('reads the template of an item back to the same item (unchanged)', () => {
    const result = readCatalogueTables(tablesOf([ITEM]), LATEST);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { version: _v, publishedAt: _p, ...expected } = ITEM;
    expect(result.items).toEqual([expected]);
    expect(changeOf(result.items[0]!, ITEM)).toBe('unchanged');
  });

  it('reports a bad cell with its sheet, row, column and cell, in Chinese', () => {
    const tables = tablesOf([ITEM]);
    setCell(tables, 'materials', 2, '原件份数', '两份');
    const [issue] = issuesOf(tables);
    expect(issue).toMatchObject({ sheet: '申请材料', row: 2, column: '原件份数', cell: 'E2' });
    expect(issue?.message).toBe(
      '「申请材料」表第 2 行「原件份数」（E2）：应为 0 到 20 之间的整数，现为「两份」',
    );
  });

  it('reports every kind of bad row, not only the first', () => {
    const tables = tablesOf([ITEM, serviceItem('ITEM-B', 1, '残疾人证办理')]);
    setCell(tables, 'items', 2, '事项名称', '');
    setCell(tables, 'items', 2, '事项类型', '99');
    setCell(tables, 'items', 3, '实施编码', 'ITEM-A');
    setCell(tables, 'materials', 2, '材料形式', '复印件');
    setCell(tables, 'materials', 3, '实施编码', 'NO-SUCH');
    setCell(tables, 'items', 2, '服务对象', '自然人、外星人');
    const messages = issuesOf(tables).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('「事项」表第 2 行「事项名称」（C2）：不能为空'),
        expect.stringContaining('「事项」表第 2 行「事项类型」（E2）：应为以下之一'),
        expect.stringContaining('「事项」表第 3 行「实施编码」（A3）：实施编码「ITEM-A」与第 2 行重复'),
        expect.stringContaining('「申请材料」表第 2 行「材料形式」（D2）'),
        expect.stringContaining(
          '「申请材料」表第 3 行「实施编码」（A3）：实施编码「NO-SUCH」在「事项」表中没有对应的事项',
        ),
        expect.stringContaining('「外星人」不是服务对象'),
      ]),
    );
  });

  it('maps a rule across cells (承诺 ≤ 法定) to the item row and column', () => {
    const tables = tablesOf([ITEM]);
    setCell(tables, 'items', 2, '承诺办结时限', '40');
    const [issue] = issuesOf(tables);
    expect(issue?.message).toBe(
      '「事项」表第 2 行「承诺办结时限（工作日）」（J2）：承诺办结时限 40 天不能超过法定办结时限 30 天',
    );
  });

  it('checks the field rows: options only for 选项, min ≤ max, unique keys', () => {
    const item: ServiceItem = {
      ...ITEM,
      fields: [
        { key: 'size', label: '家庭人口数', type: 'number', required: true, min: 1, max: 20 },
        { key: 'kind', label: '类别', type: 'select', required: true, options: ['城市', '农村'] },
      ],
    };
    const tables = tablesOf([item]);
    setCell(tables, 'fields', 2, '最小值', '30');
    setCell(tables, 'fields', 3, '可选项', '');
    setCell(tables, 'fields', 3, '字段标识', 'size');
    const messages = issuesOf(tables).map((i) => i.message);
    expect(messages).toEqual([
      '「填报字段」表第 2 行「最大值」（H2）：最大值 20 小于最小值 30',
      '「填报字段」表第 3 行「字段标识」（B3）：字段标识「size」与第 2 行重复',
      '「填报字段」表第 3 行「可选项」（F3）：字段类型为「选项」时必须填写可选项',
    ]);
  });

  it('refuses unknown and missing columns and an empty item sheet', () => {
    const tables = tablesOf([ITEM]);
    const materials = tables.find((t) => t.sheet === 'materials')!;
    (materials.headers as { text: string; column: string }[])[4] = { text: '原件数量', column: 'E' };
    const messages = issuesOf(tables).map((i) => i.message);
    expect(messages).toContain('「申请材料」表第 1 行「原件数量」（E1）：无法识别的列，请使用模板中的列名');
    expect(messages).toContain('「申请材料」表「原件份数」：缺少这一列（见模板）');
    const empty = tablesOf([]);
    expect(issuesOf(empty).map((i) => i.message)).toEqual([
      '「事项」表：没有任何事项：请在第 2 行起每行填写一个事项',
    ]);
  });

  it('gives a blank material number the number of the same-named material, else a new one', () => {
    const tables = tablesOf([ITEM]);
    setCell(tables, 'materials', 2, '材料编号', '');
    const materials = tables.find((t) => t.sheet === 'materials')!;
    (materials.rows as { rowNumber: number; cells: string[] }[]).push({
      rowNumber: 3,
      cells: ['ITEM-A', '', '村委会证明', '纸质', '1', '0', '必要', '其他', ''],
    });
    const result = readCatalogueTables(tables, LATEST);
    expect(result.ok && result.items[0]?.materials.map((m) => m.id)).toEqual(['m1', 'material-1']);
  });

  it('reads the accepted spellings: code or name, full-width digits, 是/否', () => {
    const tables = tablesOf([ITEM]);
    setCell(tables, 'items', 2, '事项类型', '行政给付');
    setCell(tables, 'items', 2, '行使层级', '4');
    setCell(tables, 'items', 2, '法定办结时限', '３０');
    setCell(tables, 'items', 2, '办理层级', '乡镇');
    setCell(tables, 'items', 2, '是否在办', '');
    const result = readCatalogueTables(tables, LATEST);
    expect(result.ok && result.items[0]).toMatchObject({
      itemType: '05',
      exerciseLevel: '4',
      legalDays: 30,
      handledAt: 'township',
      isActive: true,
    });
  });
});

describe('changes against the latest version', () => {
  it('names the changed fields; a new code is new', () => {
    const { version: _v, publishedAt: _p, ...same } = ITEM;
    const draft: ItemDraft = { ...same, promisedDays: 5, materials: [] };
    expect(changedFieldsOf(draft, ITEM)).toEqual(['promisedDays', 'materials']);
    expect(changeOf(draft, ITEM)).toBe('changed');
    expect(changeOf({ ...draft, code: 'NEW' }, undefined)).toBe('new');
  });
});

describe('cleanCell', () => {
  it('trims and removes the quote a CSV writer adds before a formula character', () => {
    expect(cleanCell("  '=1+1 ")).toBe('=1+1');
    expect(cleanCell("'普通文字")).toBe("'普通文字");
    expect(cleanCell('a\r\nb')).toBe('a\nb');
  });
});

describe('the demo catalogue', () => {
  it('reads back unchanged from its own template, every item', () => {
    const latest = new Map(DEMO_CATALOGUE.map((item) => [item.code, item]));
    const result = readCatalogueTables(tablesOf(DEMO_CATALOGUE), latest);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const changed = result.items
      .map((draft) => ({ name: draft.name, fields: changedFieldsOf(draft, latest.get(draft.code)) }))
      .filter(({ fields }) => fields.length > 0);
    expect(changed).toEqual([]);
  });
});

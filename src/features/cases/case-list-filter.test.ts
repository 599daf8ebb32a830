import { describe, expect, it } from 'vitest';
import { calendar } from '../../domain/case/case-test-fixtures';
import { caseLightOf } from './case-light';
import {
  EMPTY_FILTER,
  filterCases,
  filterFromSearch,
  isPartialIdNumber,
  itemChoicesOf,
  parseCaseQuery,
  searchOfFilter,
  type ListedCase,
} from './case-list-filter';
import { acceptedCase, correctionCase, decidedCase, deliveredCase, renamed } from './case-test-heads';

const TODAY = '2026-03-06';

function listed(...heads: ReturnType<typeof acceptedCase>[]): ListedCase[] {
  return heads.map((head) => ({
    head,
    light: caseLightOf(head, TODAY, calendar),
    pendingCount: 0,
    rejectedCount: 0,
  }));
}

const cases = listed(
  renamed(correctionCase(), 'case-0001', '孙秀英', '2026-02-11T01:00:00.000Z'),
  renamed(acceptedCase(), 'case-0002', '王建国', '2026-02-12T01:00:00.000Z'),
  renamed(decidedCase(), 'case-0003', '李桂兰', '2026-02-27T01:00:00.000Z'),
  renamed(deliveredCase(), 'case-0004', '赵德明', '2026-03-02T01:00:00.000Z'),
);
const ids = (found: ListedCase[]) => found.map((c) => c.head.id);

describe('the case list filter', () => {
  it('lists every case, newest activity first', () => {
    expect(ids(filterCases(cases, EMPTY_FILTER, null))).toEqual([
      'case-0004',
      'case-0003',
      'case-0002',
      'case-0001',
    ]);
  });

  it('filters by status and by the 待评价 bucket', () => {
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, status: 'correction' }, null))).toEqual(['case-0001']);
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, status: 'decided' }, null))).toEqual(['case-0003']);
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, status: 'to_evaluate' }, null))).toEqual(['case-0004']);
  });

  it('filters by deadline: 超期 is red (also decided late), 临近 is yellow or red and still open', () => {
    // 受理 02-12 due 03-04: on 03-06 the accepted case is red; the decided one finished on time (02-27)
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, deadline: 'overdue' }, null))).toEqual(['case-0002']);
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, deadline: 'near' }, null))).toEqual(['case-0002']);
  });

  it('filters by item', () => {
    const [first] = cases;
    const code = first?.head.item.code ?? '';
    expect(itemChoicesOf(cases)).toEqual([{ code, name: first?.head.item.name }]);
    expect(filterCases(cases, { ...EMPTY_FILTER, itemCode: code }, null)).toHaveLength(4);
    expect(filterCases(cases, { ...EMPTY_FILTER, itemCode: 'other-code' }, null)).toHaveLength(0);
  });

  it('searches names and receipt numbers as typed (full-width, lower case)', () => {
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, query: '桂兰' }, null))).toEqual(['case-0003']);
    const receipt = cases[1]?.head.receiptNo ?? '';
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, query: receipt.toLowerCase() }, null))).toEqual([
      'case-0002',
    ]);
    expect(ids(filterCases(cases, { ...EMPTY_FILTER, query: '０００２' }, null))).toEqual(['case-0002']);
  });

  it('matches a whole ID number only through the hash lookup result', () => {
    const filter = { ...EMPTY_FILTER, query: '11010519491231002x' };
    expect(parseCaseQuery(filter.query)).toEqual({ kind: 'idNumber', idNumber: '11010519491231002X' });
    expect(filterCases(cases, filter, null)).toEqual([]); // lookup still running
    expect(ids(filterCases(cases, filter, new Set(['case-0003'])))).toEqual(['case-0003']);
    expect(isPartialIdNumber('1101051949')).toBe(true);
    expect(isPartialIdNumber('孙')).toBe(false);
  });

  it('keeps the filter in the address, but never an ID number', () => {
    const filter = { status: 'correction', itemCode: 'X1', deadline: 'near', query: '孙' } as const;
    const params = searchOfFilter(filter);
    expect(params.toString()).toBe('status=correction&item=X1&deadline=near&q=%E5%AD%99');
    expect(filterFromSearch(params)).toEqual(filter);
    expect(searchOfFilter({ ...EMPTY_FILTER, query: '11010519491231002X' }).toString()).toBe('');
    expect(filterFromSearch(new URLSearchParams('status=bogus&deadline=soon'))).toEqual(EMPTY_FILTER);
  });
});

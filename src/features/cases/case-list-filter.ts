/**
 * The agent's case list (办件查询): filters (status, item, deadline), the search box (name, 收件凭证号 or
 * 身份证号码) and the order. Pure: the ID-number match comes in as the set of case ids the device's keyed
 * hash found (src/db/case-store `caseIdsByIdNumber`), so no ID number is compared in the clear.
 */
import { CASE_STATUSES, type CaseHead, type CaseStatus } from '../../domain/case/case-types';
import { normaliseCodeInput } from '../../domain/identity/normalise-code-input';
import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';

/** 待评价: handed back and not rated yet — a work bucket, not a status of the case. */
export const TO_EVALUATE = 'to_evaluate';
export type StatusFilter = 'all' | CaseStatus | typeof TO_EVALUATE;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...CASE_STATUSES, TO_EVALUATE];

/** 期限: every case, 临近期限 (黄灯 or 红灯, not yet decided), or 超期 (红灯, also decided late). */
export type DeadlineFilter = 'all' | 'near' | 'overdue';
export const DEADLINE_FILTERS: readonly DeadlineFilter[] = ['all', 'near', 'overdue'];

export interface CaseFilter {
  status: StatusFilter;
  /** 实施编码 of the item, or 'all'. */
  itemCode: string;
  deadline: DeadlineFilter;
  /** The search box as typed. */
  query: string;
}

export const EMPTY_FILTER: CaseFilter = { status: 'all', itemCode: 'all', deadline: 'all', query: '' };

/** A case in the list: its head as shown, the light, and whether some of its actions wait for upload. */
export interface ListedCase {
  head: CaseHead;
  light: SupervisionLightResult;
  pendingCount: number;
  rejectedCount: number;
}

export type CaseQuery =
  | { kind: 'none' }
  /** A whole 居民身份证号码 or 统一社会信用代码: found through the keyed hash. */
  | { kind: 'idNumber'; idNumber: string }
  /** Part of a name or of a receipt number. */
  | { kind: 'text'; text: string };

const RESIDENT_ID = /^\d{17}[\dX]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUW-Y]{18}$/;

/** What the search box asks for: full-width input and spaces are normalised, a final x becomes X. */
export function parseCaseQuery(raw: string): CaseQuery {
  const compact = normaliseCodeInput(raw);
  if (compact === '') return { kind: 'none' };
  const upper = compact.toUpperCase();
  if (RESIDENT_ID.test(upper) || CREDIT_CODE.test(upper)) return { kind: 'idNumber', idNumber: upper };
  return { kind: 'text', text: compact };
}

/** The query looks like the start of an ID number (digits only, 6 to 17 of them): a hint is shown. */
export function isPartialIdNumber(raw: string): boolean {
  return /^\d{6,17}$/.test(normaliseCodeInput(raw));
}

/** 待评价: the result was handed back (送达) and the applicant has not rated the service yet. */
export function isAwaitingRating(head: CaseHead): boolean {
  return head.delivery !== null && head.evaluation === null;
}

function matchesStatus(head: CaseHead, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === TO_EVALUATE) return isAwaitingRating(head);
  return head.status === status;
}

function matchesDeadline(light: SupervisionLightResult, deadline: DeadlineFilter): boolean {
  if (deadline === 'all') return true;
  if (deadline === 'overdue') return light.light === 'red';
  return !light.finished && (light.light === 'yellow' || light.light === 'red');
}

function matchesText(head: CaseHead, text: string): boolean {
  const lower = text.toLowerCase();
  if (head.applicant.name.toLowerCase().includes(lower)) return true;
  if (head.applicant.kind === 'legal' && head.applicant.representative.toLowerCase().includes(lower))
    return true;
  return head.receiptNo.toUpperCase().includes(text.toUpperCase());
}

/**
 * The cases that pass the filter, newest activity first. `idMatches` is the set of case ids whose
 * applicant has the searched ID number (null while the lookup runs: nothing matches yet).
 */
export function filterCases(
  cases: readonly ListedCase[],
  filter: CaseFilter,
  idMatches: ReadonlySet<string> | null,
): ListedCase[] {
  const query = parseCaseQuery(filter.query);
  return cases
    .filter(({ head, light }) => {
      if (!matchesStatus(head, filter.status)) return false;
      if (filter.itemCode !== 'all' && head.item.code !== filter.itemCode) return false;
      if (!matchesDeadline(light, filter.deadline)) return false;
      if (query.kind === 'idNumber') return idMatches?.has(head.id) ?? false;
      if (query.kind === 'text') return matchesText(head, query.text);
      return true;
    })
    .sort((a, b) => b.head.updatedAt.localeCompare(a.head.updatedAt) || a.head.id.localeCompare(b.head.id));
}

/** The items of the cases on the device, for the item filter, by name. */
export function itemChoicesOf(cases: readonly ListedCase[]): { code: string; name: string }[] {
  const names = new Map<string, string>();
  for (const { head } of cases) names.set(head.item.code, head.item.name);
  return [...names.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** The filter kept in the address (`?status=correction&deadline=near`), so a link from the home opens it. */
export function filterFromSearch(params: URLSearchParams): CaseFilter {
  return {
    status: oneOf(params.get('status'), STATUS_FILTERS, 'all'),
    itemCode: params.get('item')?.trim() || 'all',
    deadline: oneOf(params.get('deadline'), DEADLINE_FILTERS, 'all'),
    query: (params.get('q') ?? '').slice(0, 60),
  };
}

export function searchOfFilter(filter: CaseFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status !== 'all') params.set('status', filter.status);
  if (filter.itemCode !== 'all') params.set('item', filter.itemCode);
  if (filter.deadline !== 'all') params.set('deadline', filter.deadline);
  // An ID number never goes into the address (it would stay in the history): only text queries do.
  if (parseCaseQuery(filter.query).kind === 'text') params.set('q', filter.query);
  return params;
}

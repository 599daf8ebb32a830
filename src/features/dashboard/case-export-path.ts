/** The query of the 办件清单 CSV export (GET /api/reports/cases.csv) from the form's filter. Pure. */
import type { CaseStatus } from '../../domain/case/case-types';
import type { MessageKey } from '../../ui/i18n/i18n';

export interface CaseExportFilter {
  status: CaseStatus | '';
  item: string;
  overdue: '' | 'true' | 'false';
  from: string;
  to: string;
  reveal: boolean;
}

/** The request path of a filter, or the message key of its problem (dates the wrong way round). */
export function caseExportPath(
  scope: string,
  filter: CaseExportFilter,
): { path: string } | { problem: MessageKey } {
  if (filter.from !== '' && filter.to !== '' && filter.from > filter.to)
    return { problem: 'supervision.export.datesReversed' };
  const query = new URLSearchParams({ scope });
  if (filter.status !== '') query.set('status', filter.status);
  if (filter.item !== '') query.set('item', filter.item);
  if (filter.overdue !== '') query.set('overdue', filter.overdue);
  if (filter.from !== '') query.set('from', filter.from);
  if (filter.to !== '') query.set('to', filter.to);
  if (filter.reveal) query.set('reveal', 'true');
  return { path: `/api/reports/cases.csv?${query.toString()}` };
}

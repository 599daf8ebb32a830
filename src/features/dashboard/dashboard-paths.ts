/** Links into the dashboards and the monthly report, with their query (scope, month, grouping, figure). */
import { PATHS } from '../../app/routes';

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

export function dashboardPath(query: {
  scope?: string;
  month?: string;
  by?: string;
  indicator?: string;
}): string {
  return withQuery(PATHS.dashboard, query);
}

export function monthlyReportPath(query: { scope?: string; month?: string }): string {
  return withQuery(PATHS.monthlyReport, query);
}

export function overduePath(scope?: string): string {
  return withQuery(PATHS.supervision, { scope });
}

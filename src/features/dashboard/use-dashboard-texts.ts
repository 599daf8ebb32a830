/** Hooks for the texts the dashboards build: month names, region names and the monthly report sentence. */
import { useCallback } from 'react';
import { useSessionUser } from '../../app/session-store';
import type { Indicators } from '../../domain/statistics';
import { useT } from '../../ui/i18n/use-t';
import { regionCodeOf } from './dashboard-model';
import { monthNameOf, reportSentenceOf } from './report-sentence';
import type { ReferenceNames } from './use-server-data';

export { monthNameOf, reportSentenceOf };

export function useMonthName(): (month: string) => string {
  const t = useT();
  return useCallback((month: string) => monthNameOf(t, month), [t]);
}

/** The name of a scope's region: from the region list, else the user's own region name. */
export function useRegionName(names: ReferenceNames | null, scope: string): string {
  const user = useSessionUser();
  const fromList = names?.regionNames.get(regionCodeOf(scope));
  if (fromList !== undefined) return fromList;
  return user !== null && user.scope === scope ? user.scopeName : scope;
}

export function useReportSentence(figures: Indicators | null, region: string, month: string): string {
  const t = useT();
  return figures === null ? '' : reportSentenceOf(t, figures, region, month);
}

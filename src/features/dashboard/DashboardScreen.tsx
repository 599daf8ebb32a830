/**
 * 监管看板: the 工作情况 figures of the user's jurisdiction (a supervisor's district, a reviewer's township) for
 * one month — 受理数, 办结数, 办结率, 超期数, 平均办理时长, 满意率, 咨询数 — with a chart and a table by township,
 * village, month or item, and drill-down 区 → 乡镇 → 村 (click a bar or a row's link). State lives in the URL
 * (?scope=&month=&by=&indicator=), so a view can be bookmarked and the back button walks back up.
 * Online only: the figures come from GET /api/reports/indicators.
 */
import { useCallback, useId, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/session-store';
import type { IndicatorGrouping } from '../../domain/statistics';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { ErrorState, LoadingState } from '../../ui/PageState';
import {
  currentMonth,
  DASHBOARD_INDICATORS,
  drillScopeOf,
  groupingsFor,
  isMonth,
  isScopeWithin,
  periodOfMonth,
  trendPeriod,
  type DashboardIndicator,
} from './dashboard-model';
import { dashboardPath, monthlyReportPath, overduePath } from './dashboard-paths';
import { IndicatorPanel } from './IndicatorPanel';
import { KpiTiles } from './KpiTiles';
import { MonthSelect } from './MonthSelect';
import { ScopeTrail } from './ScopeTrail';
import { useMonthName, useRegionName, useReportSentence } from './use-dashboard-texts';
import { indicatorsAnswerSchema, indicatorsPath, useReferenceNames, useServerData } from './use-server-data';
import './dashboard.css';

function isIndicator(value: string | null): value is DashboardIndicator {
  return (DASHBOARD_INDICATORS as readonly string[]).includes(value ?? '');
}

export function DashboardScreen() {
  const t = useT();
  const language = useLanguage();
  const user = useSessionUser();
  const navigate = useNavigate();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const userScope = user?.scope ?? '';
  const requestedScope = params.get('scope') ?? '';
  const scope = isScopeWithin(userScope, requestedScope) ? requestedScope : userScope;
  const month = isMonth(params.get('month')) ? (params.get('month') ?? '') : currentMonth();
  const groupings = groupingsFor(scope);
  const requestedBy = params.get('by');
  const by = groupings.find((g) => g === requestedBy) ?? groupings[0] ?? 'month';
  const indicator = isIndicator(params.get('indicator'))
    ? (params.get('indicator') as DashboardIndicator)
    : 'accepted';

  const period = by === 'month' ? trendPeriod(month) : periodOfMonth(month);
  const path = user ? indicatorsPath({ ...period, scope, by }) : null;
  const answer = useServerData(path, indicatorsAnswerSchema);
  const reference = useReferenceNames();
  const regionName = useRegionName(reference.names, scope);
  const monthName = useMonthName();

  const setQuery = useCallback(
    (change: Partial<{ month: string; by: IndicatorGrouping; indicator: DashboardIndicator }>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(change)) next.set(key, value);
      setParams(next);
    },
    [params, setParams],
  );
  const drillTo = useCallback(
    (key: string) => {
      const target = drillScopeOf(by, key);
      if (target !== null) void navigate(dashboardPath({ scope: target, month, indicator }));
    },
    [by, month, indicator, navigate],
  );

  // The chosen month's figures: the grouped answer's total, or (by month) the month's own row.
  const monthFigures = useMemo(() => {
    if (answer.data === null) return null;
    if (by !== 'month') return answer.data.total;
    return answer.data.rows?.find((row) => row.key === month)?.figures ?? null;
  }, [answer.data, by, month]);
  const sentence = useReportSentence(monthFigures, regionName, month);

  if (!user) return null;
  const error = answer.error ?? reference.error;
  return (
    <div className="db-dash">
      <header className="db-dash__head">
        <div className="db-dash__title">
          <ScopeTrail
            userScope={userScope}
            scope={scope}
            names={reference.names}
            pathOf={(target) => dashboardPath({ scope: target, month, indicator })}
          />
          <h1 id={headingId}>{t('supervision.dashboard.heading', { region: regionName })}</h1>
        </div>
        <div className="db-dash__controls">
          <MonthSelect value={month} onChange={(value) => setQuery({ month: value })} />
          <Link className="db-dash__link" to={overduePath(scope)}>
            {t('supervision.dashboard.toOverdue')}
          </Link>
          <Link className="db-dash__link" to={monthlyReportPath({ scope, month })}>
            {t('supervision.dashboard.toReport')}
          </Link>
        </div>
      </header>

      {error !== null ? (
        <ErrorState
          title={t('supervision.loadFailed')}
          detail={`${apiErrorText(error, t, language)} ${t('supervision.needsServer')}`}
          retryLabel={t('supervision.retry')}
          onRetry={() => {
            answer.reload();
            reference.reload();
          }}
        />
      ) : answer.data === null || reference.names === null ? (
        <LoadingState label={t('supervision.dashboard.loading')} />
      ) : (
        <>
          <p className="db-dash__sentence" data-testid="report-sentence">
            {sentence}
          </p>
          <KpiTiles
            figures={monthFigures}
            caption={t('supervision.dashboard.kpiCaption', { month: monthName(month) })}
          />
          <IndicatorPanel
            answer={answer.data}
            by={by}
            groupings={groupings}
            indicator={indicator}
            scope={scope}
            month={month}
            names={reference.names}
            onGrouping={(value) => setQuery({ by: value })}
            onIndicator={(value) => setQuery({ indicator: value })}
            onDrill={drillTo}
            drillPathOf={(key) => {
              const target = drillScopeOf(by, key);
              return target === null ? null : dashboardPath({ scope: target, month, indicator });
            }}
          />
        </>
      )}
    </div>
  );
}

/** The month's seven figures as large tiles (受理数 … 咨询数); 超期 stands out when there is any. */
import type { Indicators } from '../../domain/statistics';
import { useT } from '../../ui/i18n/use-t';
import { DASHBOARD_INDICATORS, INDICATOR_LABEL_KEYS, indicatorText } from './dashboard-model';

export function KpiTiles({ figures, caption }: { figures: Indicators | null; caption: string }) {
  const t = useT();
  return (
    <section className="db-dash__kpis" aria-label={caption}>
      <dl>
        {DASHBOARD_INDICATORS.map((indicator) => {
          const isAlert = indicator === 'overdue' && (figures?.overdue ?? 0) > 0;
          return (
            <div
              key={indicator}
              className={`db-dash__kpi${isAlert ? ' db-dash__kpi--alert' : ''}`}
              data-indicator={indicator}
            >
              <dt>
                {t(
                  indicator === 'averageWorkingDays'
                    ? 'supervision.kpi.averageTime'
                    : INDICATOR_LABEL_KEYS[indicator],
                )}
              </dt>
              <dd>
                {figures === null ? '—' : indicatorText(figures, indicator)}
                {indicator === 'averageWorkingDays' && figures?.averageWorkingDays !== null ? (
                  <span className="db-dash__unit">{t('supervision.kpi.workingDays')}</span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

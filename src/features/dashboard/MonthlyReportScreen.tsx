/**
 * 月度工作情况报告: the figures a 工作情况报告 needs for one month — the sentence 「本月共受理 N 件，办结 M 件，
 * 办结率 x%，群众满意率 y%，接受咨询 k 件」 for the scope and for each township, and a table of each township's
 * villages — as a printable page (打印 uses the browser; the app's frame is hidden in print), the Excel
 * workbook from the server (GET /api/reports/monthly.xlsx) and the case list CSV with filters.
 */
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/session-store';
import { todayInChina } from '../../domain/calendar/china-date';
import { indicatorsOf, zeroCounts, type Indicators } from '../../domain/statistics';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { ErrorState, LoadingState } from '../../ui/PageState';
import { CaseExportForm } from './CaseExportForm';
import {
  currentMonth,
  DASHBOARD_INDICATORS,
  INDICATOR_LABEL_KEYS,
  indicatorText,
  isMonth,
  isScopeWithin,
  periodOfMonth,
  regionCodeOf,
  subRegionKeys,
} from './dashboard-model';
import { dashboardPath } from './dashboard-paths';
import { downloadFile } from './download-file';
import { MonthSelect } from './MonthSelect';
import { monthNameOf, reportSentenceOf, useRegionName } from './use-dashboard-texts';
import { indicatorsAnswerSchema, indicatorsPath, useReferenceNames, useServerData } from './use-server-data';
import './dashboard.css';

interface Section {
  code: string;
  name: string;
  figures: Indicators;
  villages: { code: string; name: string; figures: Indicators }[];
}

const zero = () => indicatorsOf(zeroCounts());

export function MonthlyReportScreen() {
  const t = useT();
  const language = useLanguage();
  const user = useSessionUser();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const userScope = user?.scope ?? '';
  const requested = params.get('scope') ?? '';
  // the report covers a district or a township (a village is a row of its township)
  const scope =
    isScopeWithin(userScope, requested) && requested.length <= 9 ? requested : userScope.slice(0, 9);
  const month = isMonth(params.get('month')) ? (params.get('month') ?? '') : currentMonth();
  const period = periodOfMonth(month);
  const townships = useServerData(
    user && scope.length === 6 ? indicatorsPath({ ...period, scope, by: 'township' }) : null,
    indicatorsAnswerSchema,
  );
  const villages = useServerData(
    user ? indicatorsPath({ ...period, scope, by: 'village' }) : null,
    indicatorsAnswerSchema,
  );
  const reference = useReferenceNames();
  const regionName = useRegionName(reference.names, scope);
  const [download, setDownload] = useState<{ isError: boolean; text: string } | null>(null);
  const [isDownloading, setDownloading] = useState(false);

  const sections: Section[] | null = useMemo(() => {
    const names = reference.names;
    if (villages.data === null || names === null || (scope.length === 6 && townships.data === null))
      return null;
    const villageFigures = new Map((villages.data.rows ?? []).map((row) => [row.key, row.figures]));
    const townshipFigures = new Map((townships.data?.rows ?? []).map((row) => [row.key, row.figures]));
    const townshipKeys = scope.length === 6 ? subRegionKeys(scope, names.regions) : [scope];
    return townshipKeys.map((key) => ({
      code: key,
      name: names.regionNames.get(regionCodeOf(key)) ?? key,
      figures: scope.length === 6 ? (townshipFigures.get(key) ?? zero()) : (villages.data?.total ?? zero()),
      villages: subRegionKeys(key, names.regions).map((code) => ({
        code,
        name: names.regionNames.get(code) ?? code,
        figures: villageFigures.get(code) ?? zero(),
      })),
    }));
  }, [villages.data, townships.data, reference.names, scope]);

  async function downloadWorkbook() {
    setDownloading(true);
    setDownload(null);
    try {
      const query = new URLSearchParams({ month, scope });
      const name = await downloadFile(
        `/api/reports/monthly.xlsx?${query.toString()}`,
        `report-${scope}-${month}.xlsx`,
      );
      setDownload({ isError: false, text: t('supervision.export.done', { name }) });
    } catch (error) {
      setDownload({ isError: true, text: apiErrorText(error, t, language) });
    } finally {
      setDownloading(false);
    }
  }

  if (!user) return null;
  const error = villages.error ?? townships.error ?? reference.error;
  const total = villages.data?.total ?? null;
  return (
    <div className="db-dash">
      <header className="db-dash__head db-no-print">
        <div className="db-dash__title">
          <h1>{t('supervision.report.heading')}</h1>
        </div>
        <div className="db-dash__controls">
          <MonthSelect
            value={month}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              next.set('month', value);
              setParams(next);
            }}
          />
          <button type="button" className="db-report__action" onClick={() => window.print()}>
            {t('supervision.report.print')}
          </button>
          <button
            type="button"
            className="db-report__action db-report__action--primary"
            disabled={isDownloading}
            onClick={() => void downloadWorkbook()}
          >
            {isDownloading ? t('supervision.export.busy') : t('supervision.report.excel')}
          </button>
          <Link className="db-dash__link" to={dashboardPath({ scope, month })}>
            {t('supervision.report.toDashboard')}
          </Link>
        </div>
      </header>
      {download !== null ? (
        <p
          className={`db-report__notice db-no-print ${download.isError ? 'db-report__notice--error' : 'db-report__notice--done'}`}
          role={download.isError ? 'alert' : 'status'}
        >
          {download.text}
        </p>
      ) : null}

      {error !== null ? (
        <ErrorState
          title={t('supervision.loadFailed')}
          detail={`${apiErrorText(error, t, language)} ${t('supervision.needsServer')}`}
          retryLabel={t('supervision.retry')}
          onRetry={() => {
            villages.reload();
            townships.reload();
            reference.reload();
          }}
        />
      ) : sections === null || total === null ? (
        <LoadingState label={t('supervision.report.loading')} />
      ) : (
        <article className="db-report__sheet" aria-labelledby={`${ids}-title`}>
          <h2 id={`${ids}-title`}>
            {t('supervision.report.title', { region: regionName, month: monthNameOf(t, month) })}
          </h2>
          <p className="db-report__meta">
            {t('supervision.report.meta', { today: todayInChina(), period: `${period.from} — ${period.to}` })}
          </p>
          <p className="db-dash__sentence" data-testid="report-sentence">
            {reportSentenceOf(t, total, regionName, month)}
          </p>
          {sections.map((section) => (
            <section
              key={section.code}
              className="db-report__township"
              aria-label={t('supervision.report.villageTable', { township: section.name })}
            >
              {/* a township's own report: its sentence is the one above */}
              {scope.length === 6 ? (
                <>
                  <h3>{section.name}</h3>
                  <p data-testid={`sentence-${section.code}`}>
                    {reportSentenceOf(t, section.figures, section.name, month)}
                  </p>
                </>
              ) : null}
              <div className="db-dash__table-wrap">
                <table className="db-dash__table">
                  <caption className="db-visually-hidden">
                    {t('supervision.report.villageTable', { township: section.name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('supervision.col.village')}</th>
                      {DASHBOARD_INDICATORS.map((indicator) => (
                        <th key={indicator} scope="col" className="db-dash__num">
                          {t(INDICATOR_LABEL_KEYS[indicator])}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {section.villages.map((village) => (
                      <tr key={village.code} data-key={village.code}>
                        <th scope="row">{village.name}</th>
                        {DASHBOARD_INDICATORS.map((indicator) => (
                          <td key={indicator} className="db-dash__num">
                            {indicatorText(village.figures, indicator)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('supervision.total')}</th>
                      {DASHBOARD_INDICATORS.map((indicator) => (
                        <td key={indicator} className="db-dash__num">
                          {indicatorText(section.figures, indicator)}
                        </td>
                      ))}
                    </tr>
                  </tfoot>
                </table>
              </div>
            </section>
          ))}
        </article>
      )}
      <CaseExportForm
        scope={scope}
        items={reference.names?.itemNames ?? new Map()}
        mayReveal={user.role === 'supervisor'}
      />
    </div>
  );
}

import { formatRate } from '../../domain/statistics/monthly-report-text';
import type { Indicators } from '../../domain/statistics/compute-indicators';
import { useT } from '../../ui/i18n/use-t';

/** 本月工作情况: 代办数, 办结数, 办结率, 咨询数, 满意率 (computeIndicators over the device's records). */
export function StationFiguresPanel({ figures, month }: { figures: Indicators | null; month: string }) {
  const t = useT();
  const [year = '', monthNo = ''] = month.split('-');
  return (
    <section className="db-station__panel" aria-labelledby="station-figures">
      <h2 id="station-figures" className="db-station__heading">
        {t('cases.stats.heading')}{' '}
        <span className="db-station__month">
          {t('cases.stats.month', { year, month: String(Number(monthNo)) })}
        </span>
      </h2>
      {figures === null ? (
        <p className="db-station__empty" role="status">
          {t('cases.station.loading')}
        </p>
      ) : (
        <>
          <dl className="db-station__figures">
            <Figure testId="figure-submitted" label={t('cases.stats.submitted')}>
              {t('cases.stats.cases', { count: figures.submitted })}
            </Figure>
            <Figure testId="figure-decided" label={t('cases.stats.decided')}>
              {t('cases.stats.cases', { count: figures.decided })}
            </Figure>
            <Figure
              testId="figure-completion"
              label={t('cases.stats.completionRate')}
              note={t('cases.stats.completionBasis')}
            >
              {formatRate(figures.completionRate)}
            </Figure>
            <Figure testId="figure-consultations" label={t('cases.stats.consultations')}>
              {t('cases.stats.cases', { count: figures.consultations })}
            </Figure>
            <Figure
              testId="figure-satisfaction"
              label={t('cases.stats.satisfactionRate')}
              note={t('cases.stats.ratings', { count: figures.ratings })}
            >
              {formatRate(figures.satisfactionRate)}
            </Figure>
          </dl>
          <p className="db-station__note">{t('cases.stats.note')}</p>
        </>
      )}
    </section>
  );
}

function Figure({
  label,
  note,
  testId,
  children,
}: {
  label: string;
  note?: string;
  testId: string;
  children: string;
}) {
  return (
    <div className="db-station__figure" data-testid={testId}>
      <dt className="db-station__figure-label">{label}</dt>
      <dd className="db-station__figure-value">{children}</dd>
      {note ? <dd className="db-station__figure-note">{note}</dd> : null}
    </div>
  );
}

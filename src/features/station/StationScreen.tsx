import { Button } from 'antd-mobile';
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useOptionalCaseServices } from '../../app/case-services';
import { PATHS, receiptPathOf } from '../../app/routes';
import { useSessionUser } from '../../app/session-store';
import { todayInChina } from '../../domain/calendar/china-date';
import { timeOf } from '../cases/case-time';
import { useListedCases } from '../cases/use-listed-cases';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { stationFiguresOf } from './station-figures';
import { StationFiguresPanel } from './StationFiguresPanel';
import { StationSyncPanel } from './StationSyncPanel';
import { todaysWorkOf } from './todays-work';
import { TodaysWorkPanel } from './TodaysWorkPanel';
import { useDraftCount, useStationConsultations } from './use-station-records';
import { useSubmittedCases } from './use-submitted-cases';
import './station.css';

const STATUS_KEYS = {
  pending: 'station.submitted.pending',
  accepted: 'station.submitted.accepted',
  rejected: 'station.submitted.rejected',
} as const;

/**
 * Route `/station`: the agent's home — quick actions (「新建代办」 first), today's work (unfinished
 * intakes, 待补正, 待送达, 临近期限, 待评价), the sync status, this month's figures, the drafts, the cases
 * submitted lately and, below, the catalogue. The router hands in the drafts list and the catalogue.
 * Everything above the catalogue navigates with buttons, so the catalogue keeps the page's first links.
 */
export function StationScreen({ drafts, catalogue }: { drafts: ReactNode; catalogue: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const user = useSessionUser();
  const services = useOptionalCaseServices();
  const submitted = useSubmittedCases();
  const { cases } = useListedCases();
  const consultations = useStationConsultations();
  const draftCount = useDraftCount();
  const today = todayInChina();
  const work = useMemo(() => (cases ? todaysWorkOf(cases) : null), [cases]);
  const figures = useMemo(
    () =>
      cases && consultations && services && user
        ? stationFiguresOf({
            heads: cases.map((c) => c.head),
            consultations,
            today,
            calendar: services.calendar,
            scope: user.scope,
          })
        : null,
    [cases, consultations, services, user, today],
  );

  return (
    <div className="db-station">
      <section className="db-station__quick" aria-label={t('cases.station.quick')}>
        <Button color="primary" size="large" onClick={() => void navigate(`${PATHS.intake}/new`)}>
          {t('station.newIntake')}
        </Button>
        <Button size="large" onClick={() => void navigate(PATHS.cases)}>
          {t('cases.station.findCase')}
        </Button>
        <Button size="large" onClick={() => void navigate(PATHS.consultations)}>
          {t('cases.station.consult')}
        </Button>
      </section>
      <div className="db-station__dashboard">
        <TodaysWorkPanel work={work} draftCount={draftCount} />
        <div className="db-station__aside">
          <StationSyncPanel />
          <StationFiguresPanel figures={figures} month={today.slice(0, 7)} />
        </div>
      </div>
      <section className="db-station__intake" aria-label={t('station.heading')}>
        {drafts}
        <h2 className="db-station__heading">{t('station.submitted.heading')}</h2>
        {submitted.length === 0 ? (
          <p className="db-station__empty">{t('station.submitted.empty')}</p>
        ) : (
          <ul className="db-station__cases">
            {submitted.map((line) => (
              <li key={line.caseId} className="db-station__case" data-testid="submitted-case">
                <Link to={receiptPathOf(line.receiptNo)}>
                  <strong>{line.applicantName}</strong> <span>{line.receiptNo}</span>
                </Link>
                <span>
                  {t('station.submitted.line', {
                    item: line.itemName,
                    time: timeOf(line.clientTime, language),
                  })}
                </span>
                <span className={`db-station__status db-station__status--${line.status}`}>
                  {t(STATUS_KEYS[line.status])}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {catalogue}
    </div>
  );
}

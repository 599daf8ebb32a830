import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { PATHS, receiptPathOf } from '../../app/routes';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { useSubmittedCases } from './use-submitted-cases';
import './station.css';

const STATUS_KEYS = {
  pending: 'station.submitted.pending',
  accepted: 'station.submitted.accepted',
  rejected: 'station.submitted.rejected',
} as const;

/**
 * Route `/station`: the agent's home — 「新建代办」, the unfinished drafts, the cases submitted lately
 * and, below, the catalogue. The router hands in the drafts list and the catalogue (other features' screens).
 */
export function StationScreen({ drafts, catalogue }: { drafts: ReactNode; catalogue: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const submitted = useSubmittedCases();
  return (
    <div className="db-station">
      <section className="db-station__intake" aria-label={t('station.heading')}>
        {/* A button, not a link: the catalogue below keeps the page's first links. */}
        <Button color="primary" size="large" onClick={() => void navigate(`${PATHS.intake}/new`)}>
          {t('station.newIntake')}
        </Button>
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
                    time: new Date(line.clientTime).toLocaleString(language),
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

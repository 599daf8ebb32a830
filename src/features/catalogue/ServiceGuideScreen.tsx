import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { homePathFor } from '../../app/routes';
import { useSessionUser } from '../../app/session-store';
import { isAtMostOneTrip, type ServiceItem } from '../../domain/catalogue/service-item';
import { apiErrorText } from '../../ui/api-error-text';
import { Badge } from '../../ui/Badge';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import type { Translate } from '../../ui/i18n/i18n';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { CASE_KIND_KEYS, formatDate, isFree, processSteps } from './catalogue-format';
import { MaterialsTable } from './MaterialsTable';
import { useServiceItem } from './use-catalogue';
import './guide.css';

/** 办事指南: everything an agent tells an applicant before taking the case. */
export function ServiceGuideScreen() {
  const t = useT();
  const language = useLanguage();
  const { code = '' } = useParams();
  const location = useLocation();
  const user = useSessionUser();
  const { item, isLoading, error, reload } = useServiceItem(code);
  const state: unknown = location.state;
  const from =
    typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string'
      ? state.from
      : user
        ? homePathFor(user.role)
        : '/';
  const back = (
    <Link className="db-guide__back" to={from}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M15 5l-7 7 7 7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {t('guide.back')}
    </Link>
  );

  if (!item) {
    if (isLoading) return <LoadingState label={t('catalogue.loading')} />;
    if (error) {
      return (
        <ErrorState
          title={t('catalogue.loadFailed')}
          detail={apiErrorText(error, t, language)}
          retryLabel={t('catalogue.retry')}
          onRetry={reload}
        />
      );
    }
    return (
      <EmptyState title={t('guide.notFound')} detail={t('guide.notFoundBody', { code })} action={back} />
    );
  }
  return <ServiceGuide item={item} back={back} />;
}

function ServiceGuide({ item, back }: { item: ServiceItem; back: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const free = isFree(item);
  const steps = processSteps(item.process);
  const separator = t('list.separator');

  return (
    <article className="db-guide" aria-labelledby="db-guide-title">
      {back}
      <header className="db-guide__header">
        <p className="db-guide__eyebrow">
          {t('guide.heading')} · {item.category}
        </p>
        <h1 id="db-guide-title" className="db-guide__title">
          {item.name}
        </h1>
        <div className="db-guide__badges">
          <Badge tone="brand">{t(CASE_KIND_KEYS[item.caseKind])}</Badge>
          {isAtMostOneTrip(item) ? <Badge tone="success">{t('catalogue.atMostOneTrip')}</Badge> : null}
          <Badge tone={free ? 'success' : 'warning'}>
            {free ? t('catalogue.free') : t('catalogue.charged')}
          </Badge>
        </div>
        <p className="db-guide__codes">
          {t('guide.code')} {item.code} · {t('guide.version', { version: item.version })} ·{' '}
          {t('guide.publishedAt', { date: formatDate(item.publishedAt, language) })}
        </p>
        {!item.isActive ? (
          <p className="db-guide__retired" role="note">
            {t('guide.retired')}
          </p>
        ) : null}
      </header>

      <dl className="db-guide__facts">
        <Fact label={t('guide.promisedDays')} value={days(item.promisedDays, t)} isProminent />
        <Fact label={t('guide.legalDays')} value={days(item.legalDays, t)} />
        <Fact label={t('guide.visits')} value={t('guide.visitsCount', { count: item.visits })} />
        <Fact label={t('guide.handledAt')} value={t(`guide.handledAt.${item.handledAt}`)} />
        <Fact label={t('guide.department')} value={item.department} />
        <Fact label={t('guide.section.fees')} value={free ? t('catalogue.free') : t('catalogue.charged')} />
      </dl>

      <Section title={t('guide.section.conditions')}>
        <p className="db-guide__text">{item.conditions}</p>
      </Section>

      <Section
        title={t('guide.section.materials')}
        aside={t('guide.materialsCount', { count: item.materials.length })}
      >
        {item.materials.length > 0 ? (
          <MaterialsTable materials={item.materials} caption={t('guide.section.materials')} />
        ) : (
          <p className="db-guide__text">{t('guide.noMaterials')}</p>
        )}
      </Section>

      <Section title={t('guide.section.fees')}>
        {free ? (
          <p className="db-guide__text">{t('guide.free')}</p>
        ) : (
          <ul className="db-guide__fees">
            {item.fees.map((fee) => (
              <li key={fee.name}>
                <strong>{fee.name}</strong>：{fee.standard}
                {fee.reducible ? (
                  <>
                    {' '}
                    <Badge tone="success">{t('guide.fee.reducible')}</Badge>
                  </>
                ) : null}
                {fee.basis ? (
                  <span className="db-guide__fee-basis">{t('guide.fee.basis', { basis: fee.basis })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('guide.section.process')}>
        {steps.length > 1 ? (
          <ol className="db-guide__steps">
            {steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        ) : (
          <p className="db-guide__text">{steps[0] ?? t('guide.notProvided')}</p>
        )}
      </Section>

      <Section title={t('guide.section.legalBasis')}>
        <p className="db-guide__text">{item.legalBasis || t('guide.notProvided')}</p>
      </Section>

      <Section title={t('guide.section.contact')}>
        <div className="db-guide__phones">
          <Phone label={t('guide.consultPhone')} phone={item.consultPhone} />
          <Phone label={t('guide.supervisePhone')} phone={item.supervisePhone} />
        </div>
      </Section>

      <Section title={t('guide.section.basics')}>
        <dl className="db-guide__basics">
          <Fact label={t('guide.category')} value={item.category} />
          <Fact label={t('guide.itemType')} value={t(`itemType.${item.itemType}`)} />
          <Fact label={t('guide.exerciseLevel')} value={t(`exerciseLevel.${item.exerciseLevel}`)} />
          <Fact label={t('guide.caseKind')} value={t(CASE_KIND_KEYS[item.caseKind])} />
          <Fact
            label={t('guide.serviceObjects')}
            value={item.serviceObjects.map((object) => t(`serviceObject.${object}`)).join(separator)}
          />
          <Fact label={t('guide.code')} value={item.code} />
        </dl>
      </Section>
    </article>
  );
}

function days(count: number, t: Translate): string {
  return count === 0 ? t('guide.sameDay') : t('guide.workingDays', { days: count });
}

function Fact({
  label,
  value,
  isProminent = false,
}: {
  label: string;
  value: string;
  isProminent?: boolean;
}) {
  return (
    <div className={isProminent ? 'db-fact db-fact--prominent' : 'db-fact'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Section({ title, aside, children }: { title: string; aside?: string; children: ReactNode }) {
  return (
    <section className="db-guide__section">
      <div className="db-guide__section-head">
        <h2>{title}</h2>
        {aside ? <span className="db-guide__section-aside">{aside}</span> : null}
      </div>
      {children}
    </section>
  );
}

function Phone({ label, phone }: { label: string; phone: string }) {
  const t = useT();
  if (!phone.trim()) {
    return (
      <p className="db-guide__phone db-guide__phone--none">
        <span>{label}</span> {t('guide.notProvided')}
      </p>
    );
  }
  return (
    <a
      className="db-guide__phone"
      href={`tel:${phone.replace(/[^\d+]/g, '')}`}
      aria-label={t('guide.call', { label, phone })}
    >
      <span className="db-guide__phone-label">{label}</span>
      <span className="db-guide__phone-number">{phone}</span>
    </a>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOptionalCaseServices, useRecordCaseView, type CaseServices } from '../../app/case-services';
import { PATHS } from '../../app/routes';
import { todayInChina } from '../../domain/calendar/china-date';
import { allowedActions } from '../../domain/case/case-reducer';
import { useSupervisionThresholds } from '../../app/use-supervision-thresholds';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useT } from '../../ui/i18n/use-t';
import { ActionPanel, type ActionRequest } from './ActionPanel';
import { ApplicantPanel } from './ApplicantPanel';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { ItemFieldsPanel } from './ItemFieldsPanel';
import { MaterialsPanel } from './MaterialsPanel';
import { RefusalList } from './RefusalList';
import { caseLightOf } from './review-queue';
import { refusalsOf, reviewTimelineOf } from './review-timeline';
import { useRegionNames } from './use-reference-names';
import { useReviewCase } from './use-review-case';
import './review.css';

/**
 * Route `/review/:caseId`: one case at the review desk — the case at a glance with its 承诺办结日期 and light,
 * the reviewer's refused actions (why, and what they contained), the actions possible now, the applicant
 * (masked until revealed), the item's fields, the materials with zoomable photos, and the timeline.
 */
export function ReviewCaseScreen() {
  const t = useT();
  const { caseId = '' } = useParams();
  const services = useOptionalCaseServices();
  if (!services)
    return <EmptyState title={t('review.localUnavailable')} detail={t('review.localUnavailableBody')} />;
  return <ReviewCase key={caseId} services={services} caseId={caseId} />;
}

function ReviewCase({ services, caseId }: { services: CaseServices; caseId: string }) {
  const t = useT();
  const state = useReviewCase(services, caseId);
  useRecordCaseView(services, caseId, state.status === 'ready');
  const villageNameOf = useRegionNames();
  const thresholds = useSupervisionThresholds();
  const [request, setRequest] = useState<ActionRequest | null>(null);

  const back = (
    <p className="db-review-case__back">
      <Link to={PATHS.review}>{t('review.case.back')}</Link>
    </p>
  );
  if (state.status === 'loading') return <LoadingState label={t('review.case.loading')} />;
  if (state.status === 'failed')
    return (
      <div className="db-review-case">
        {back}
        <ErrorState title={t('review.case.loadFailed')} detail={String(state.error)} />
      </div>
    );
  if (state.status === 'missing')
    return (
      <div className="db-review-case">
        {back}
        <EmptyState title={t('review.case.notFound')} detail={t('review.case.notFoundBody')} />
      </div>
    );

  const { local, actions } = state;
  const { head } = local;
  const { user } = services;
  const today = todayInChina();
  const light = caseLightOf(head, {
    today,
    calendar: services.calendar,
    thresholds: thresholds,
  });
  const refusals = refusalsOf(head, actions, user.id);
  const timeline = reviewTimelineOf(head, actions, user.id);
  const allowed = allowedActions(head, {
    userId: user.id,
    name: user.name,
    role: user.role,
    scope: user.scope,
  });

  return (
    <div className="db-review-case">
      {back}
      <CaseHeader
        head={head}
        light={light}
        villageName={villageNameOf(head.regionCode)}
        pendingCount={local.pendingCount}
        calendar={services.calendar}
      />
      <RefusalList
        refusals={refusals}
        canRetry={(type) => allowed.includes(type)}
        onRetry={(type, draft) => setRequest({ type, draft, key: Date.now() })}
      />
      <ActionPanel
        head={head}
        services={services}
        today={today}
        request={request}
        refusalCount={refusals.length}
      />
      <div className="db-review-case__columns">
        <div className="db-review-case__main">
          <ApplicantPanel head={head} services={services} />
          <ItemFieldsPanel head={head} />
          <MaterialsPanel head={head} services={services} />
        </div>
        <CaseTimeline items={timeline} />
      </div>
    </div>
  );
}

import { Button } from 'antd-mobile';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useCaseServices, useOptionalCaseServices, useRecordCaseView } from '../../app/case-services';
import { useSupervisionThresholds } from '../../app/use-supervision-thresholds';
import { PATHS, receiptPathOf } from '../../app/routes';
import { todayInChina } from '../../domain/calendar/china-date';
import { allowedActions } from '../../domain/case/case-reducer';
import type { CaseHead } from '../../domain/case/case-types';
import { Badge } from '../../ui/Badge';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { DELIVERY_KEYS, FORM_KEYS, LEVEL_KEYS, STATUS_KEYS } from './case-labels';
import { caseLightOf } from './case-light';
import { timelineRowsOf } from './case-timeline';
import { timeOf } from './case-time';
import { CaseTimeline } from './CaseTimeline';
import { CorrectionPanel } from './CorrectionPanel';
import { DeliveryPanel } from './DeliveryPanel';
import { EvaluationPanel } from './EvaluationPanel';
import { LightBadge } from './LightBadge';
import { identityNumberOf, phoneOf } from './masked-identity';
import { useCaseDetail } from './use-case-detail';
import './cases.css';

/**
 * Route `/cases/:caseId`: one case — applicant (numbers masked, a logged reveal), the 电子监察 light, what
 * the agent can do now (补正提交, 送达 with a signature, 好差评) and the 办理过程 with who did what when.
 */
export function CaseDetailScreen() {
  const t = useT();
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  // Opening the case is logged like a reveal; made offline, both are queued on the device and reach the
  // audit log once the server answers.
  useRecordCaseView(useOptionalCaseServices(), caseId, detail.kind === 'ready');
  if (detail.kind === 'loading') return <LoadingState label={t('cases.detail.loading')} />;
  if (detail.kind === 'failed') return <ErrorState title={t('cases.detail.failed')} />;
  if (detail.kind === 'missing')
    return (
      <EmptyState
        title={t('cases.detail.notFound')}
        detail={t('cases.detail.notFoundBody')}
        action={<Link to={PATHS.cases}>{t('cases.detail.back')}</Link>}
      />
    );
  const { local, actions } = detail;
  return (
    <CaseDetail
      head={local.head}
      pendingCount={local.pendingCount}
      rejectedCount={local.rejectedCount}
      rows={timelineRowsOf(local.head, actions)}
    />
  );
}

function CaseDetail({
  head,
  pendingCount,
  rejectedCount,
  rows,
}: {
  head: CaseHead;
  pendingCount: number;
  rejectedCount: number;
  rows: ReturnType<typeof timelineRowsOf>;
}) {
  const t = useT();
  const services = useCaseServices();
  const thresholds = useSupervisionThresholds();
  const light = useMemo(
    () => caseLightOf(head, todayInChina(), services.calendar, thresholds),
    [head, services.calendar, thresholds],
  );
  const allowed = useMemo(
    () =>
      allowedActions(head, {
        userId: services.user.id,
        name: services.user.name,
        role: services.user.role,
        scope: services.user.scope,
      }),
    [head, services.user],
  );
  const canResubmit = allowed.includes('resubmit');
  const canDeliver = allowed.includes('deliver');
  const canEvaluate = allowed.includes('evaluate') && head.delivery !== null;

  return (
    <div className="db-case-detail">
      <Link className="db-case-detail__back" to={PATHS.cases}>
        {t('cases.detail.back')}
      </Link>
      <header className="db-case-detail__header">
        <h1 className="db-case-detail__title">
          {head.applicant.name} · {head.item.name}
        </h1>
        <p className="db-case-detail__badges">
          <Badge tone={head.status === 'correction' || head.status === 'decided' ? 'warning' : 'neutral'}>
            {t(STATUS_KEYS[head.status])}
          </Badge>
          <LightBadge light={light} hasDetail />
        </p>
      </header>
      {pendingCount > 0 ? (
        <p className="db-case-detail__notice" role="status" data-testid="case-pending">
          {t('cases.detail.pendingNotice', { count: pendingCount })}
        </p>
      ) : null}
      {rejectedCount > 0 ? (
        <p className="db-case-detail__notice db-case-detail__notice--rejected" role="alert">
          {t('cases.detail.rejectedNotice', { count: rejectedCount })}
        </p>
      ) : null}

      <div className="db-case-detail__columns">
        <div className="db-case-detail__main">
          {canResubmit ? <CorrectionPanel head={head} /> : null}
          {canDeliver ? <DeliveryPanel head={head} /> : null}
          {canEvaluate ? <EvaluationPanel head={head} /> : null}
          <CaseFacts head={head} />
          <ApplicantFacts head={head} />
          <MaterialFacts head={head} />
        </div>
        <div className="db-case-detail__side">
          <CaseTimeline rows={rows} />
        </div>
      </div>
    </div>
  );
}

function Facts({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="db-case-facts" aria-label={title}>
      <div className="db-case-facts__head">
        <h2 className="db-case-panel__heading">{title}</h2>
        {extra}
      </div>
      <dl className="db-case-facts__list">{children}</dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="db-case-facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CaseFacts({ head }: { head: CaseHead }) {
  const t = useT();
  const language = useLanguage();
  const { decision, delivery, evaluation } = head;
  return (
    <Facts title={t('cases.detail.status')}>
      <Fact label={t('cases.detail.receiptNo')}>
        <Link
          to={receiptPathOf(head.receiptNo)}
          aria-label={`${t('cases.detail.openReceipt')} ${head.receiptNo}`}
        >
          {head.receiptNo}
        </Link>
      </Fact>
      <Fact label={t('cases.detail.item')}>{head.item.name}</Fact>
      <Fact label={t('cases.detail.submittedAt')}>{timeOf(head.submittedAt, language)}</Fact>
      <Fact label={t('cases.detail.deadline')}>{head.deadline ?? t('cases.detail.noDeadline')}</Fact>
      {decision ? (
        <Fact label={t('cases.detail.result')}>
          {t(decision.outcome === 'approved' ? 'cases.detail.approved' : 'cases.detail.denied')} ·{' '}
          {t('cases.detail.documentNo', { no: decision.documentNo })} ·{' '}
          {t('cases.detail.decidedAt', { time: timeOf(decision.decidedAt, language) })}
          {decision.reason ? <span className="db-case-facts__more">{decision.reason}</span> : null}
        </Fact>
      ) : null}
      {head.refusalReason ? (
        <Fact label={t('cases.detail.result')}>
          {t('cases.detail.refusal', { reason: head.refusalReason })}
        </Fact>
      ) : null}
      {head.withdrawnReason ? (
        <Fact label={t('cases.detail.result')}>
          {t('cases.detail.withdrawal', { reason: head.withdrawnReason })}
        </Fact>
      ) : null}
      {delivery ? (
        <Fact label={t('cases.action.deliver')}>
          {t('cases.detail.deliveredAt', {
            method: t(DELIVERY_KEYS[delivery.method]),
            time: timeOf(delivery.deliveredAt, language),
          })}
        </Fact>
      ) : null}
      {evaluation ? (
        <Fact label={t('cases.action.evaluate')}>
          <span data-testid="case-evaluation">
            {t('cases.detail.evaluated', {
              level: t(LEVEL_KEYS[evaluation.level]),
              time: timeOf(evaluation.evaluatedAt, language),
            })}
          </span>
          {evaluation.reason ? (
            <span className="db-case-facts__more">
              {t('cases.detail.evaluationReason', { reason: evaluation.reason })}
            </span>
          ) : null}
        </Fact>
      ) : null}
    </Facts>
  );
}

/** The applicant, numbers masked; 「显示完整号码」 shows them and logs the reveal (revealIdentity). */
function ApplicantFacts({ head }: { head: CaseHead }) {
  const t = useT();
  const { revealIdentity } = useCaseServices();
  const [isRevealed, setRevealed] = useState(false);
  const { applicant, proxy } = head;
  const toggle = () => {
    if (!isRevealed) {
      void revealIdentity(head.id, 'idNumber').catch(() => undefined);
      if (applicant.phone.trim() !== '') void revealIdentity(head.id, 'phone').catch(() => undefined);
    }
    setRevealed(!isRevealed);
  };
  return (
    <Facts
      title={t('cases.detail.applicant')}
      extra={
        <span className="db-case-facts__reveal">
          <span id="case-reveal-hint" className="db-field__hint">
            {t('cases.detail.revealHint')}
          </span>
          <Button
            size="small"
            fill="outline"
            aria-pressed={isRevealed}
            aria-describedby="case-reveal-hint"
            onClick={toggle}
          >
            {isRevealed ? t('cases.detail.hide') : t('cases.detail.reveal')}
          </Button>
        </span>
      }
    >
      <Fact label={t(applicant.kind === 'person' ? 'cases.detail.name' : 'cases.detail.legalName')}>
        {applicant.name}
      </Fact>
      <Fact label={t(applicant.kind === 'person' ? 'cases.detail.idNumber' : 'cases.detail.creditCode')}>
        <span data-testid="applicant-id">{identityNumberOf(applicant, isRevealed)}</span>
      </Fact>
      {applicant.kind === 'legal' ? (
        <Fact label={t('cases.detail.representative')}>{applicant.representative}</Fact>
      ) : null}
      <Fact label={t('cases.detail.phone')}>
        {phoneOf(applicant.phone, isRevealed) || t('cases.detail.none')}
      </Fact>
      <Fact label={t('cases.detail.address')}>{applicant.address || t('cases.detail.none')}</Fact>
      {proxy ? (
        <Fact label={t('cases.detail.proxy')}>
          {t('cases.detail.proxyValue', { name: proxy.name, relationship: proxy.relationship })}
        </Fact>
      ) : null}
    </Facts>
  );
}

function MaterialFacts({ head }: { head: CaseHead }) {
  const t = useT();
  const received = new Map(head.materials.map((m) => [m.materialId, m]));
  return (
    <Facts title={t('cases.detail.materials')}>
      {head.item.materials.map((material) => {
        const got = received.get(material.id);
        return (
          <Fact key={material.id} label={material.name}>
            {got && got.files.length > 0
              ? t('cases.detail.materialPages', { form: t(FORM_KEYS[got.form]), count: got.files.length })
              : t('cases.detail.materialNone')}
          </Fact>
        );
      })}
    </Facts>
  );
}

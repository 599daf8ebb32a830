import { Button } from 'antd-mobile';
import { Link, useParams } from 'react-router';
import { useOptionalCaseServices, type CaseServices } from '../../app/case-services';
import { reviewCasePath } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useT } from '../../ui/i18n/use-t';
import { correctionNoticeOf } from './correction-notice';
import { CorrectionNoticeSheet } from './CorrectionNoticeSheet';
import { useRegionNames } from './use-reference-names';
import { useReviewCase } from './use-review-case';
import './review.css';

/** Route `/review/:caseId/notice`: the case's 一次性告知书 with 打印 (offline too: built from the case head). */
export function CorrectionNoticeScreen() {
  const t = useT();
  const { caseId = '' } = useParams();
  const services = useOptionalCaseServices();
  if (!services)
    return <EmptyState title={t('review.localUnavailable')} detail={t('review.localUnavailableBody')} />;
  return <CorrectionNotice services={services} caseId={caseId} />;
}

function CorrectionNotice({ services, caseId }: { services: CaseServices; caseId: string }) {
  const t = useT();
  const state = useReviewCase(services, caseId);
  const villageNameOf = useRegionNames();
  if (state.status === 'loading') return <LoadingState label={t('review.case.loading')} />;
  if (state.status === 'failed')
    return <ErrorState title={t('review.case.loadFailed')} detail={String(state.error)} />;
  const notice = state.status === 'ready' ? correctionNoticeOf(state.local.head) : null;
  const back = (
    <Link
      className="adm-button adm-button-default adm-button-large adm-button-shape-default db-review-notice-screen__link"
      to={reviewCasePath(caseId)}
    >
      {t('review.notice.back')}
    </Link>
  );
  if (state.status === 'missing' || notice === null || state.status !== 'ready')
    return (
      <EmptyState
        title={state.status === 'missing' ? t('review.case.notFound') : t('review.notice.none')}
        action={back}
      />
    );
  return (
    <div className="db-review-notice-screen">
      <div className="db-review-notice-screen__actions db-no-print">
        <Button color="primary" size="large" onClick={() => window.print()}>
          {t('review.notice.print')}
        </Button>
        {back}
        {!notice.isOpen ? <p className="db-review-notice-screen__past">{t('review.notice.past')}</p> : null}
      </div>
      <CorrectionNoticeSheet
        notice={notice}
        township={services.user.scopeName}
        villageName={villageNameOf(state.local.head.regionCode)}
      />
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ulid } from 'ulid';
import { useSessionUser } from '../../app/session-store';
import { useTaskStore } from '../../app/task-store';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { apiErrorText } from '../../ui/api-error-text';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { buildSubmitPayload } from './build-submit-payload';
import { newIntakeDraft } from './intake-draft';
import { intakeDraftPath, receiptPath } from './intake-paths';
import { useIntakeServices } from './intake-services';
import { useIntakeCatalogue } from './use-intake-catalogue';
import { IntakeWizard, STEP_KEYS } from './IntakeWizard';
import { useIntakeDraft } from './use-intake-draft';

/** Route `/intake/:draftId` (and `/intake/new`): the wizard on a stored draft. */
export function IntakeScreen() {
  const { draftId = 'new' } = useParams();
  return draftId === 'new' ? <NewDraft /> : <DraftWizard draftId={draftId} />;
}

function NewDraft() {
  const t = useT();
  const navigate = useNavigate();
  const { drafts } = useIntakeServices();
  // One draft per visit, even when effects run twice (StrictMode): saving it again is an upsert.
  const [draft] = useState(() => newIntakeDraft(ulid(), new Date().toISOString()));
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let isCurrent = true;
    drafts
      .save(draft)
      .then(() => {
        if (isCurrent) void navigate(intakeDraftPath(draft.id), { replace: true });
      })
      .catch((error: unknown) => {
        console.error('Daiban: draft not created', error);
        if (isCurrent) setFailure(error);
      });
    return () => {
      isCurrent = false;
    };
  }, [draft, drafts, navigate]);
  if (failure) return <ErrorState title={t('intake.createFailed')} detail={String(failure)} />;
  return <LoadingState label={t('intake.creating')} />;
}

function DraftWizard({ draftId }: { draftId: string }) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const services = useIntakeServices();
  const user = useSessionUser();
  const catalogue = useIntakeCatalogue();
  const view = useIntakeDraft(draftId, services.drafts);
  const setBusy = useTaskStore((state) => state.setBusyWithTask);

  useEffect(() => {
    setBusy(true);
    return () => setBusy(false);
  }, [setBusy]);

  if (view.isLoading || (catalogue.isLoading && catalogue.items.length === 0)) {
    return <LoadingState label={t('intake.loading')} />;
  }
  if (catalogue.error && catalogue.items.length === 0) {
    return (
      <ErrorState
        title={t('catalogue.loadFailed')}
        detail={apiErrorText(catalogue.error, t, language)}
        retryLabel={t('catalogue.retry')}
        onRetry={catalogue.reload}
      />
    );
  }
  if (!view.draft) {
    return <EmptyState title={t('intake.notFound')} detail={t('intake.notFoundBody')} />;
  }
  const draft = view.draft;

  const submit = async (item: ServiceItem) => {
    await view.persist();
    const receiptNo = await services.issueReceiptNo();
    const result = buildSubmitPayload(draft, item, receiptNo);
    if (!result.ok) throw new Error(t('intake.error.notReady', { step: t(STEP_KEYS[result.step]) }));
    await services.submit(result.payload, draft);
    // Submitted: from here on nothing may send the agent back to submit again.
    await services.drafts.remove(draft.id).catch((error: unknown) => {
      console.warn('Daiban: submitted draft not removed', error);
    });
    void navigate(receiptPath(receiptNo), { replace: true });
  };

  return (
    <IntakeWizard
      draft={draft}
      items={catalogue.items}
      files={services.files}
      agent={{ name: user?.name ?? '', stationName: user?.scopeName ?? '' }}
      saveState={view.saveState}
      isStorageFull={view.isStorageFull}
      change={view.change}
      persist={view.persist}
      onSubmit={submit}
      {...(services.onRevealIdentity
        ? { onRevealIdentity: () => services.onRevealIdentity?.(draft.id) }
        : {})}
    />
  );
}

import { Button } from 'antd-mobile';
import { useEffect, useId, useRef, useState } from 'react';
import type { CaseServices } from '../../app/case-services';
import { useTaskStore } from '../../app/task-store';
import { isQuotaExceeded } from '../../db/storage-quota';
import type { IsoDate } from '../../domain/calendar/working-day-calendar-type';
import { allowedActions } from '../../domain/case/case-reducer';
import type { CaseHead } from '../../domain/case/case-types';
import { useT } from '../../ui/i18n/use-t';
import {
  checkActionDraft,
  emptyDraft,
  isReviewActionType,
  type ActionDraft,
  type DraftProblems,
  type ReviewActionType,
} from './action-draft';
import { ActionForm } from './ActionForm';
import { ACTION_KEYS } from './review-labels';

/** The form to open: an action and what it starts with (empty, or a refused action's content). */
export interface ActionRequest {
  type: ReviewActionType;
  draft: ActionDraft;
  /** Changes on every request, so the same action can be asked for twice. */
  key: number;
}

/** The step that usually comes next, shown as the primary button. */
const PRIMARY_BY_STATUS: Partial<Record<CaseHead['status'], ReviewActionType>> = {
  submitted: 'receive',
  received: 'accept',
  accepted: 'decide',
  under_review: 'decide',
  suspended: 'resume',
};

/** Actions that end or turn the case away, set apart in red. */
const DANGER: readonly ReviewActionType[] = ['refuse', 'withdraw'];

/**
 * 办理: the actions the reviewer may take now (by the shared reducer: role, jurisdiction, status), one form at a
 * time. A recorded action is stored on the device and uploaded by the sync engine; the reducer's refusal is
 * shown in words and nothing is stored then.
 */
export function ActionPanel({
  head,
  services,
  today,
  request,
  refusalCount,
}: {
  head: CaseHead;
  services: CaseServices;
  today: IsoDate;
  request: ActionRequest | null;
  /** The user's refused actions on the case: a new refusal makes 「已记录」 stale. */
  refusalCount: number;
}) {
  const t = useT();
  const ids = useId();
  const { user } = services;
  const actor = { userId: user.id, name: user.name, role: user.role, scope: user.scope };
  const allowed = allowedActions(head, actor).filter(isReviewActionType);
  const [open, setOpen] = useState<ActionRequest | null>(null);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const setBusyWithTask = useTaskStore((state) => state.setBusyWithTask);

  // A form taken up from a refused action (RefusalList) opens here.
  useEffect(() => {
    if (request === null) return;
    setOpen(request);
    setProblems({});
    setMessage(null);
  }, [request]);

  // The server refused something since: 「已记录」 no longer tells the story (the refusal list above does).
  useEffect(() => setMessage(null), [refusalCount]);

  // An open form holds back an app update (applied only between tasks).
  const isFormOpen = open !== null;
  useEffect(() => {
    setBusyWithTask(isFormOpen);
    return () => setBusyWithTask(false);
  }, [isFormOpen, setBusyWithTask]);

  const start = (type: ReviewActionType, opener: HTMLElement) => {
    openerRef.current = opener;
    setOpen({ type, draft: emptyDraft(), key: Date.now() });
    setProblems({});
    setMessage(null);
  };

  const close = (next: { isError: boolean; text: string } | null) => {
    setOpen(null);
    setProblems({});
    setMessage(next);
    // Focus the outcome, or (cancelled) the button that opened the form, so the keyboard stays in place.
    requestAnimationFrame(() => (next === null ? openerRef.current : messageRef.current)?.focus());
  };

  /** Typing clears the problems it fixed (the others stay until they are fixed too). */
  const change = (current: ActionRequest, draft: ActionDraft) => {
    setOpen({ ...current, draft });
    if (Object.keys(problems).length === 0) return;
    const checked = checkActionDraft(current.type, draft, head);
    const still: DraftProblems = {};
    if (!checked.ok)
      for (const [field, key] of Object.entries(checked.problems)) if (field in problems) still[field] = key;
    setProblems(still);
    if (Object.keys(still).length === 0) setMessage(null);
  };

  const submit = async () => {
    if (!open || isSaving) return;
    const checked = checkActionDraft(open.type, open.draft, head);
    if (!checked.ok) {
      setProblems(checked.problems);
      setMessage({ isError: true, text: t('review.form.fixProblems') });
      // To the first field to fix (scrolled into view), else to the message above the form.
      requestAnimationFrame(() => {
        const field = document
          .getElementById(`${ids}-form`)
          ?.querySelector<HTMLElement>('[aria-invalid="true"]');
        (field ?? messageRef.current)?.focus();
      });
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      const result = await services.act(
        head.id,
        head.regionCode,
        open.type,
        checked.payload,
        checked.fileHashes,
      );
      const action = t(ACTION_KEYS[open.type]);
      if (result.ok) close({ isError: false, text: t('review.form.saved', { action }) });
      else
        setMessage({
          isError: true,
          text: t('review.form.refused', { action, reason: result.rejection.reason }),
        });
    } catch (error) {
      // Nothing was stored: what was typed stays in the form.
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({
        isError: true,
        text: isQuotaExceeded(error) ? t('storage.full') : t('review.form.failed', { reason }),
      });
    } finally {
      setSaving(false);
    }
  };

  const primary = PRIMARY_BY_STATUS[head.status];
  const ordered = [...allowed].sort((a, b) => Number(b === primary) - Number(a === primary));

  return (
    <section className="db-review-panel db-review-actions" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.actions.heading')}
      </h2>
      {ordered.length === 0 ? (
        <p className="db-review-actions__none">
          {head.handlingLevel === 'district' ? t('review.actions.forwarded') : t('review.actions.none')}
        </p>
      ) : (
        <div className="db-review-actions__buttons" role="group" aria-label={t('review.actions.heading')}>
          {ordered.map((type) => (
            <Button
              key={type}
              color={type === primary ? 'primary' : DANGER.includes(type) ? 'danger' : 'default'}
              fill={type === primary ? 'solid' : 'outline'}
              aria-expanded={open?.type === type}
              aria-controls={open?.type === type ? `${ids}-form` : undefined}
              onClick={(event) => start(type, event.currentTarget)}
            >
              {t(ACTION_KEYS[type])}
            </Button>
          ))}
        </div>
      )}
      <p
        ref={messageRef}
        tabIndex={-1}
        className={message?.isError ? 'db-review-actions__error' : 'db-review-actions__saved'}
        role={message?.isError ? 'alert' : 'status'}
        data-testid="review-action-message"
      >
        {message?.text}
      </p>
      {open && allowed.includes(open.type) ? (
        <ActionForm
          key={open.key}
          id={`${ids}-form`}
          type={open.type}
          head={head}
          services={services}
          today={today}
          draft={open.draft}
          problems={problems}
          isSaving={isSaving}
          onChange={(draft) => change(open, draft)}
          onSubmit={() => void submit()}
          onCancel={() => close(null)}
        />
      ) : null}
    </section>
  );
}

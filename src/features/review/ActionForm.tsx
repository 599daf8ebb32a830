import { Button } from 'antd-mobile';
import { useCallback, useEffect, useId, useRef, type FormEvent } from 'react';
import type { CaseServices } from '../../app/case-services';
import type { IsoDate } from '../../domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../domain/case/case-types';
import { PhotoCapture } from '../../ui/photo/PhotoCapture';
import { useT } from '../../ui/i18n/use-t';
import {
  LIMITS,
  SUSPEND_KINDS,
  type ActionDraft,
  type DraftProblems,
  type ReviewActionType,
} from './action-draft';
import { AcceptancePreviewNote } from './AcceptancePreviewNote';
import { CorrectionChecklist } from './CorrectionChecklist';
import { ACTION_KEYS } from './review-labels';
import { ReviewField } from './ReviewField';

const SUSPEND_KIND_KEYS = {
  hearing: 'review.suspendKind.hearing',
  inspection: 'review.suspendKind.inspection',
  appraisal: 'review.suspendKind.appraisal',
  expert_review: 'review.suspendKind.expert_review',
  other: 'review.suspendKind.other',
} as const;

/** What each action's form explains above its fields. */
const HINT_KEYS: Partial<Record<ReviewActionType, Parameters<ReturnType<typeof useT>>[0]>> = {
  receive: 'review.hint.receive',
  request_correction: 'review.hint.request_correction',
  refuse: 'review.hint.refuse',
  forward: 'review.hint.forward',
  suspend: 'review.hint.suspend',
  resume: 'review.hint.resume',
  extend: 'review.hint.extend',
  withdraw: 'review.hint.withdraw',
  archive: 'review.hint.archive',
};

/** The form of one action: its fields, 确认 and 取消. Controlled: the draft lives in the ActionPanel. */
export function ActionForm({
  id,
  type,
  head,
  services,
  today,
  draft,
  problems,
  isSaving,
  onChange,
  onSubmit,
  onCancel,
}: {
  id: string;
  type: ReviewActionType;
  head: CaseHead;
  services: CaseServices;
  today: IsoDate;
  draft: ActionDraft;
  problems: DraftProblems;
  isSaving: boolean;
  onChange: (draft: ActionDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const set = (changes: Partial<ActionDraft>) => onChange({ ...draft, ...changes });
  /** The free-text reason or note every step but 收件 and 受理 asks for. */
  const reasonField = (label: string, isRequired = true) => (
    <ReviewField
      label={label}
      isRequired={isRequired}
      isMultiline
      value={draft.reason}
      maxLength={LIMITS.reason}
      problem={problems.reason}
      onChange={(reason) => set({ reason })}
    />
  );
  const action = t(ACTION_KEYS[type]);
  const hintKey = HINT_KEYS[type];

  useEffect(() => headingRef.current?.focus(), []);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  const loadPhoto = useCallback((hash: string) => services.files.get(hash), [services]);

  return (
    <form
      id={id}
      className="db-review-form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={`${ids}-title`}
    >
      <h3 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="db-review-form__title">
        {action}
      </h3>
      {hintKey ? <p className="db-review-form__hint">{t(hintKey)}</p> : null}

      {type === 'accept' ? (
        <AcceptancePreviewNote head={head} today={today} calendar={services.calendar} />
      ) : null}

      {type === 'request_correction' ? (
        <CorrectionChecklist head={head} draft={draft} problems={problems} onChange={onChange} />
      ) : null}

      {type === 'refuse' ? reasonField(t('review.field.refuseReason')) : null}

      {type === 'review' ? (
        <ReviewField
          label={t('review.field.opinion')}
          isRequired
          isMultiline
          value={draft.opinion}
          maxLength={LIMITS.opinion}
          problem={problems.opinion}
          onChange={(opinion) => set({ opinion })}
        />
      ) : null}

      {type === 'suspend' ? (
        <>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-kind`}>
              {t('review.field.suspendKind')}
              <span className="db-review-form__required"> {t('review.form.required')}</span>
            </label>
            <select
              id={`${ids}-kind`}
              className="db-input"
              value={draft.suspendKind}
              aria-required
              aria-invalid={problems.suspendKind ? true : undefined}
              aria-describedby={problems.suspendKind ? `${ids}-kind-error` : undefined}
              onChange={(event) => set({ suspendKind: event.target.value as ActionDraft['suspendKind'] })}
            >
              <option value="">{t('review.field.choose')}</option>
              {SUSPEND_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(SUSPEND_KIND_KEYS[kind])}
                </option>
              ))}
            </select>
            {problems.suspendKind ? (
              <p id={`${ids}-kind-error`} className="db-field__error">
                {t(problems.suspendKind)}
              </p>
            ) : null}
          </div>
          {reasonField(t('review.field.suspendReason'))}
        </>
      ) : null}

      {type === 'extend' ? (
        <>
          <ReviewField
            label={t('review.field.extendDays')}
            isRequired
            inputMode="numeric"
            hint={t('review.field.extendDaysHint')}
            value={draft.extendDays}
            problem={problems.extendDays}
            onChange={(extendDays) => set({ extendDays })}
          />
          {reasonField(t('review.field.extendReason'))}
        </>
      ) : null}

      {type === 'decide' ? (
        <>
          <fieldset
            className="db-review-form__choices"
            aria-describedby={problems.outcome ? `${ids}-outcome-error` : undefined}
          >
            <legend className="db-field__label">
              {t('review.field.outcome')}
              <span className="db-review-form__required"> {t('review.form.required')}</span>
            </legend>
            {(['approved', 'denied'] as const).map((outcome) => (
              <label key={outcome} className="db-review-form__choice">
                <input
                  type="radio"
                  name={`${ids}-outcome`}
                  value={outcome}
                  checked={draft.outcome === outcome}
                  onChange={() => set({ outcome })}
                />
                {t(outcome === 'approved' ? 'review.outcome.approved' : 'review.outcome.denied')}
              </label>
            ))}
            {problems.outcome ? (
              <p id={`${ids}-outcome-error`} className="db-field__error">
                {t(problems.outcome)}
              </p>
            ) : null}
          </fieldset>
          <ReviewField
            label={t('review.field.documentNo')}
            isRequired
            hint={t('review.field.documentNoHint')}
            value={draft.documentNo}
            maxLength={LIMITS.documentNo}
            problem={problems.documentNo}
            onChange={(documentNo) => set({ documentNo })}
          />
          {reasonField(
            draft.outcome === 'denied' ? t('review.field.denialReason') : t('review.field.decisionNote'),
            draft.outcome === 'denied',
          )}
          <PhotoCapture
            label={t('review.field.decisionPhoto')}
            description={t('review.field.decisionPhotoHint')}
            pages={draft.decisionFile === null ? [] : [draft.decisionFile]}
            maxPages={1}
            loadPage={loadPhoto}
            onAdd={async (blob) =>
              set({
                decisionFile: await services.files.put(blob, {
                  kind: 'material',
                  caseId: head.id,
                  type: blob.type,
                }),
              })
            }
            onReplace={async (_index, blob) =>
              set({
                decisionFile: await services.files.put(blob, {
                  kind: 'material',
                  caseId: head.id,
                  type: blob.type,
                }),
              })
            }
            onRemove={() => set({ decisionFile: null })}
          />
        </>
      ) : null}

      {type === 'withdraw' ? reasonField(t('review.field.withdrawReason')) : null}

      {['receive', 'accept', 'forward', 'resume', 'archive'].includes(type) ? (
        <ReviewField
          label={t('review.field.note')}
          isMultiline
          value={draft.note}
          maxLength={LIMITS.note}
          problem={problems.note}
          onChange={(note) => set({ note })}
        />
      ) : null}

      <div className="db-review-form__buttons">
        <Button
          type="submit"
          color={type === 'refuse' || type === 'withdraw' ? 'danger' : 'primary'}
          loading={isSaving}
          loadingText={t('review.form.saving')}
        >
          {t('review.form.confirm', { action })}
        </Button>
        <Button type="button" fill="outline" disabled={isSaving} onClick={onCancel}>
          {t('review.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

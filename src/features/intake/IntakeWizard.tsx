import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { applicantKindsFor } from './applicant-check';
import { ApplicantStep } from './ApplicantStep';
import { AuthorisationStep } from './AuthorisationStep';
import type { IntakeAgent } from './intake-text';
import { isStorageFull as isStorageFullError, type FileRepository } from './draft-repository';
import { FieldsStep } from './FieldsStep';
import { INTAKE_STEPS, type IntakeDraft, type IntakeStep } from './intake-draft';
import { canEnterStep, isStepComplete, nextStepOf, previousStepOf, resumeStep } from './intake-steps';
import { ItemStep } from './ItemStep';
import { MaterialsStep } from './MaterialsStep';
import { ReviewStep } from './ReviewStep';
import type { SaveState } from './use-intake-draft';
import './intake.css';

export const STEP_KEYS = {
  item: 'intake.step.item',
  applicant: 'intake.step.applicant',
  fields: 'intake.step.fields',
  materials: 'intake.step.materials',
  authorisation: 'intake.step.authorisation',
  review: 'intake.step.review',
} as const satisfies Record<IntakeStep, MessageKey>;

export interface IntakeWizardProps {
  draft: IntakeDraft;
  /** The catalogue (active and retired items; only active ones can be chosen). */
  items: readonly ServiceItem[];
  files: FileRepository;
  agent: IntakeAgent;
  saveState: SaveState;
  /** The last save failed because the device's storage is full. */
  isStorageFull?: boolean;
  change: (recipe: (draft: IntakeDraft) => IntakeDraft, shouldPersist?: boolean) => void;
  persist: () => Promise<void>;
  /** Builds the payload, records it and leaves the wizard; rejects with a reason to show. */
  onSubmit: (item: ServiceItem) => Promise<void>;
  onRevealIdentity?: () => void;
}

/** 代办登记: six steps, saved on every step change and field blur; a reload reopens the same step. */
export function IntakeWizard({
  draft,
  items,
  files,
  agent,
  saveState,
  isStorageFull = false,
  change,
  persist,
  onSubmit,
  onRevealIdentity,
}: IntakeWizardProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showAllProblems, setShowAllProblems] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const item = draft.item ? (items.find((candidate) => candidate.code === draft.item?.code) ?? null) : null;
  const context = { draft, item };
  const step = resumeStep(context);
  const hasOtherData =
    Object.keys(draft.fields).length > 0 ||
    Object.keys(draft.materials).length > 0 ||
    draft.signature !== null;

  // A newer version of the item was published since the draft was started: carry on with it.
  const staleVersion = item && draft.item && item.version !== draft.item.version ? item.version : null;
  useEffect(() => {
    if (staleVersion !== null)
      change((d) => (d.item ? { ...d, item: { ...d.item, version: staleVersion } } : d), true);
  }, [staleVersion, change]);

  const goTo = (target: IntakeStep) => {
    if (!canEnterStep(target, context)) return;
    setShowAllProblems(false);
    setSubmitError(null);
    change((d) => ({ ...d, step: target }), true);
    requestAnimationFrame(() => {
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView({ block: 'start' });
    });
  };

  const next = () => {
    if (!isStepComplete(step, context)) {
      setShowAllProblems(true);
      requestAnimationFrame(() => {
        const first = document.querySelector<HTMLElement>(
          '.db-intake__body [aria-invalid="true"], .db-intake__body .db-field__error',
        );
        first?.scrollIntoView({ block: 'center' });
        if (first?.matches('input, textarea, select')) first.focus();
      });
      return;
    }
    const target = nextStepOf(step);
    if (target) goTo(target);
  };

  const submit = async () => {
    if (!item) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      await onSubmit(item);
    } catch (error) {
      setSubmitError(
        isStorageFullError(error)
          ? t('storage.full')
          : error instanceof Error
            ? error.message
            : String(error),
      );
      setSubmitting(false);
    }
  };

  const stepProps = { draft, change, persist, showAllProblems };
  const previous = previousStepOf(step);

  return (
    <div className="db-intake">
      <header className="db-intake__header">
        <h1 className="db-intake__title">{t('intake.heading')}</h1>
        {item ? <p className="db-intake__subtitle">{item.name}</p> : null}
        <p className="db-intake__save" role="status">
          {t(`intake.save.${saveState}`)}
          {saveState === 'failed' ? (
            <Button size="small" fill="outline" onClick={() => void persist()}>
              {t('intake.save.retry')}
            </Button>
          ) : null}
        </p>
      </header>
      {saveState === 'failed' && isStorageFull ? (
        <p className="db-field__error" role="alert">
          {t('storage.full')}
        </p>
      ) : null}

      <nav aria-label={t('intake.steps')} className="db-intake__steps-nav">
        <ol className="db-intake__steps">
          {INTAKE_STEPS.map((candidate, index) => {
            const isCurrent = candidate === step;
            const isOpen = canEnterStep(candidate, context);
            const isDone = candidate !== 'review' && isStepComplete(candidate, context);
            return (
              <li key={candidate}>
                <button
                  type="button"
                  className="db-intake__step"
                  aria-current={isCurrent ? 'step' : undefined}
                  disabled={!isOpen}
                  onClick={() => goTo(candidate)}
                >
                  <span className="db-intake__step-no" aria-hidden="true">
                    {isDone && !isCurrent ? '✓' : index + 1}
                  </span>
                  <span>{t(STEP_KEYS[candidate])}</span>
                  {isDone ? <span className="db-visually-hidden">{t('intake.stepDone')}</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      {staleVersion !== null ? (
        <p className="db-intake__notice" role="status">
          {t('intake.item.newVersion', { version: staleVersion })}
        </p>
      ) : null}

      <section className="db-intake__body" aria-labelledby="db-intake-step-title">
        <h2 id="db-intake-step-title" ref={headingRef} tabIndex={-1} className="db-intake__step-title">
          {t('intake.stepOf', {
            n: INTAKE_STEPS.indexOf(step) + 1,
            total: INTAKE_STEPS.length,
            name: t(STEP_KEYS[step]),
          })}
        </h2>
        {showAllProblems ? (
          <p className="db-field__error" role="alert">
            {t('intake.error.stepIncomplete')}
          </p>
        ) : null}
        {step === 'item' || !item ? (
          <ItemStep
            items={items}
            selected={item}
            hasOtherData={hasOtherData}
            onSelect={(chosen) =>
              change(
                (d) =>
                  d.item?.code === chosen.code
                    ? d
                    : {
                        ...d,
                        item: { code: chosen.code, version: chosen.version },
                        applicant: kindFor(d.applicant, chosen),
                        fields: {},
                        materials: {},
                        signature: null,
                        signedAt: null,
                      },
                true,
              )
            }
          />
        ) : step === 'applicant' ? (
          <ApplicantStep {...stepProps} item={item} />
        ) : step === 'fields' ? (
          <FieldsStep {...stepProps} item={item} />
        ) : step === 'materials' ? (
          <MaterialsStep {...stepProps} item={item} files={files} />
        ) : step === 'authorisation' ? (
          <AuthorisationStep {...stepProps} item={item} files={files} agent={agent} />
        ) : (
          <ReviewStep
            draft={draft}
            item={item}
            files={files}
            onEdit={goTo}
            {...(onRevealIdentity ? { onReveal: onRevealIdentity } : {})}
          />
        )}
      </section>

      {submitError ? (
        <p className="db-field__error" role="alert">
          {t('intake.submitFailed', { reason: submitError })}
        </p>
      ) : null}
      <footer className="db-intake__footer">
        {previous ? (
          <Button size="large" fill="outline" onClick={() => goTo(previous)} disabled={isSubmitting}>
            {t('intake.previous')}
          </Button>
        ) : (
          <span />
        )}
        {step === 'review' ? (
          <Button
            size="large"
            color="primary"
            onClick={() => void submit()}
            loading={isSubmitting}
            disabled={isSubmitting}
          >
            {t('intake.submit')}
          </Button>
        ) : (
          <Button size="large" color="primary" onClick={next}>
            {t('intake.next')}
          </Button>
        )}
      </footer>
    </div>
  );
}

/** Keeps the applicant's kind when the item serves it, else switches to the first kind it serves. */
function kindFor(applicant: IntakeDraft['applicant'], item: ServiceItem): IntakeDraft['applicant'] {
  const kinds = applicantKindsFor(item);
  const first = kinds[0];
  return kinds.includes(applicant.kind) || !first ? applicant : { ...applicant, kind: first };
}

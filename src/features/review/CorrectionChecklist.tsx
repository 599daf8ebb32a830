import { useId } from 'react';
import type { CaseHead } from '../../domain/case/case-types';
import { useT } from '../../ui/i18n/use-t';
import { FORM_KEYS, NECESSITY_KEYS } from './review-labels';
import { LIMITS, type ActionDraft, type CorrectionLine, type DraftProblems } from './action-draft';
import { ReviewField } from './ReviewField';

/**
 * 一次性告知: every material of the item as a checkbox; a checked one asks 缺失 or 有误 and a note (有误 needs one),
 * plus a line for a problem not tied to one material and a note for the whole notice — all in one notice.
 */
export function CorrectionChecklist({
  head,
  draft,
  problems,
  onChange,
}: {
  head: CaseHead;
  draft: ActionDraft;
  problems: DraftProblems;
  onChange: (draft: ActionDraft) => void;
}) {
  const t = useT();
  const ids = useId();
  const received = new Map(head.materials.map((m) => [m.materialId, m]));

  const setLine = (materialId: string, changes: Partial<CorrectionLine>) => {
    const current = draft.corrections[materialId] ?? { isChecked: false, problem: 'missing', note: '' };
    onChange({ ...draft, corrections: { ...draft.corrections, [materialId]: { ...current, ...changes } } });
  };

  return (
    <fieldset
      className="db-review-checklist"
      aria-describedby={problems.corrections ? `${ids}-error` : undefined}
      data-testid="correction-checklist"
    >
      <legend className="db-field__label">{t('review.correction.legend')}</legend>
      <ul className="db-review-checklist__list">
        {head.item.materials.map((material) => {
          const line = draft.corrections[material.id];
          const isChecked = line?.isChecked === true;
          const got = received.get(material.id);
          const state = got
            ? t('review.correction.received', { form: t(FORM_KEYS[got.form]), pages: got.files.length })
            : t('review.correction.notReceived');
          return (
            <li key={material.id} className="db-review-checklist__item">
              <label className="db-review-checklist__check">
                <input
                  type="checkbox"
                  checked={isChecked}
                  onChange={(event) =>
                    setLine(material.id, {
                      isChecked: event.target.checked,
                      ...(line ? {} : { problem: got ? 'defective' : 'missing' }),
                    })
                  }
                />
                <span>
                  <span className="db-review-checklist__name">{material.name}</span>
                  <span className="db-review-checklist__facts">
                    {t(NECESSITY_KEYS[material.necessity])} · {state}
                  </span>
                </span>
              </label>
              {isChecked ? (
                <div className="db-review-checklist__detail">
                  <fieldset className="db-review-form__choices db-review-form__choices--inline">
                    <legend className="db-visually-hidden">
                      {t('review.correction.problemOf', { name: material.name })}
                    </legend>
                    {(['missing', 'defective'] as const).map((problem) => (
                      <label key={problem} className="db-review-form__choice">
                        <input
                          type="radio"
                          name={`${ids}-${material.id}`}
                          checked={line.problem === problem}
                          onChange={() => setLine(material.id, { problem })}
                        />
                        {t(
                          problem === 'missing' ? 'review.correction.missing' : 'review.correction.defective',
                        )}
                      </label>
                    ))}
                  </fieldset>
                  <ReviewField
                    label={t('review.correction.noteOf', { name: material.name })}
                    isRequired={line.problem === 'defective'}
                    value={line.note}
                    maxLength={LIMITS.correctionNote}
                    problem={problems[`correction:${material.id}`]}
                    onChange={(note) => setLine(material.id, { note })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ReviewField
        label={t('review.correction.other')}
        hint={t('review.correction.otherHint')}
        value={draft.otherProblem}
        maxLength={LIMITS.correctionNote}
        problem={problems.otherProblem}
        onChange={(otherProblem) => onChange({ ...draft, otherProblem })}
      />
      <ReviewField
        label={t('review.correction.noticeNote')}
        isMultiline
        value={draft.note}
        maxLength={LIMITS.noticeNote}
        problem={problems.note}
        onChange={(note) => onChange({ ...draft, note })}
      />
      {problems.corrections ? (
        <p id={`${ids}-error`} className="db-field__error" role="alert">
          {t(problems.corrections)}
        </p>
      ) : null}
    </fieldset>
  );
}

import { Button } from 'antd-mobile';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { CaseHead } from '../../domain/case/case-types';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { PhotoCapture } from '../../ui/photo/PhotoCapture';
import { FORM_KEYS } from './case-labels';
import { timeOf } from './case-time';
import {
  correctionLinesOf,
  defaultFormOf,
  formsOf,
  recoverSupplied,
  resubmitFilesOf,
  resubmitPayloadOf,
  resubmitProblemOf,
  type CorrectionLine,
  type ResubmitProblem,
  type SuppliedLine,
} from './correction-form';
import { useCaseAct } from './use-case-act';

/**
 * 补正: the township's 一次性告知 as a checklist; for each line the agent photographs what the applicant
 * brought (the photos are kept encrypted on the device at once, and come back after a reload), then sends
 * everything in one 补正提交 (`resubmit`). Works offline: the action and the photos upload later.
 */
export function CorrectionPanel({ head }: { head: CaseHead }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const lines = useMemo(() => correctionLinesOf(head), [head]);
  const { state, act, files } = useCaseAct(head);
  const [supplied, setSupplied] = useState<Record<number, SuppliedLine>>({});
  const [recovered, setRecovered] = useState(0);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ResubmitProblem | null>(null);
  const loadPage = useCallback((hash: string) => files.get(hash), [files]);

  useEffect(() => {
    let isCurrent = true;
    files
      .listUnsent(head.id)
      .then((unsent) => {
        if (!isCurrent) return;
        const back = recoverSupplied(lines, unsent);
        const count = Object.values(back).reduce((sum, line) => sum + line.files.length, 0);
        if (count === 0) return;
        setSupplied((current) => ({ ...back, ...current }));
        setRecovered(count);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [files, head.id, lines]);

  const notice = head.correctionNotice;
  if (!notice || lines.length === 0) return null;

  const lineOf = (line: CorrectionLine): SuppliedLine =>
    supplied[line.index] ?? { materialId: line.materialId, form: null, files: [] };
  const update = (line: CorrectionLine, patch: (current: SuppliedLine) => Partial<SuppliedLine>) => {
    setProblem(null);
    setSupplied((all) => {
      const current = all[line.index] ?? { materialId: line.materialId, form: null, files: [] };
      return { ...all, [line.index]: { ...current, ...patch(current) } };
    });
  };
  const nameOf = (line: CorrectionLine) => line.materialName ?? t('cases.correction.other');

  const problemText = (found: ResubmitProblem): string => {
    if (found.code === 'nothing_supplied') return t('cases.correction.nothingSupplied');
    const line = lines.find((l) => l.index === found.index);
    return found.code === 'line_without_photo'
      ? t('cases.correction.lineWithoutPhoto', { name: line ? nameOf(line) : '' })
      : t('cases.correction.lineWithoutMaterial', { n: found.index + 1 });
  };

  const send = async () => {
    const found = resubmitProblemOf(lines, supplied);
    setProblem(found);
    if (found) {
      document.getElementById(`${ids}-problem`)?.focus();
      return;
    }
    const payload = resubmitPayloadOf(head, lines, supplied, note);
    if (await act('resubmit', payload, resubmitFilesOf(payload))) {
      setSupplied({});
      setNote('');
    }
  };

  return (
    <section className="db-case-panel" aria-labelledby={`${ids}-heading`} data-testid="correction-panel">
      <h2 id={`${ids}-heading`} className="db-case-panel__heading">
        {t('cases.correction.heading')}
      </h2>
      <p className="db-case-panel__intro">
        {t('cases.correction.issued', {
          name: notice.issuedBy,
          time: timeOf(notice.issuedAt, language),
          count: lines.length,
        })}
      </p>
      {notice.note.trim() ? (
        <p className="db-case-panel__note">{t('cases.correction.note', { note: notice.note })}</p>
      ) : null}
      {recovered > 0 ? (
        <p className="db-case-panel__info" role="status">
          {t('cases.correction.recovered', { count: recovered })}
        </p>
      ) : null}
      <ol className="db-correction__lines">
        {lines.map((line) => {
          const entry = lineOf(line);
          const materialId = line.materialId ?? entry.materialId;
          const material = head.item.materials.find((m) => m.id === materialId) ?? null;
          const label = line.materialName ?? material?.name ?? t('cases.correction.other');
          const isProblem = problem !== null && 'index' in problem && problem.index === line.index;
          return (
            <li key={line.index} className="db-correction__line" data-testid="correction-line">
              <p className="db-correction__title">
                <strong>
                  {t('cases.correction.line', {
                    name: nameOf(line),
                    problem: t(
                      line.problem === 'missing' ? 'cases.problem.missing' : 'cases.problem.defective',
                    ),
                  })}
                </strong>
              </p>
              {line.note.trim() ? <p className="db-correction__note">{line.note}</p> : null}
              {line.materialId === null ? (
                <div className="db-field">
                  <label className="db-field__label" htmlFor={`${ids}-pick-${line.index}`}>
                    {t('cases.correction.pickMaterial')}
                  </label>
                  <select
                    id={`${ids}-pick-${line.index}`}
                    className="db-input"
                    value={entry.materialId ?? ''}
                    onChange={(event) =>
                      update(line, () => ({ materialId: event.target.value || null, form: null }))
                    }
                  >
                    <option value="">{t('cases.correction.pickPlaceholder')}</option>
                    {head.item.materials.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              {material ? (
                <fieldset className="db-case-choices">
                  <legend className="db-field__label">{t('cases.correction.form')}</legend>
                  {formsOf(material).map((form) => (
                    <label key={form} className="db-case-choice">
                      <input
                        type="radio"
                        name={`${ids}-form-${line.index}`}
                        checked={(entry.form ?? defaultFormOf(material)) === form}
                        onChange={() => update(line, () => ({ form }))}
                      />
                      {t(FORM_KEYS[form])}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <PhotoCapture
                label={t('cases.correction.photos', { name: label })}
                description={t('cases.correction.photosHint')}
                pages={entry.files}
                loadPage={loadPage}
                onAdd={async (blob, page) => {
                  const hash = await files.put(blob, {
                    kind: 'material',
                    caseId: head.id,
                    ...(materialId ? { materialId } : {}),
                    page,
                    type: blob.type || 'image/jpeg',
                  });
                  update(line, (current) => ({ files: [...current.files, hash] }));
                }}
                onReplace={async (index, blob) => {
                  const hash = await files.put(blob, {
                    kind: 'material',
                    caseId: head.id,
                    ...(materialId ? { materialId } : {}),
                    page: index + 1,
                    type: blob.type || 'image/jpeg',
                  });
                  update(line, (current) => ({
                    files: current.files.map((old, i) => (i === index ? hash : old)),
                  }));
                }}
                onRemove={(index) =>
                  update(line, (current) => ({ files: current.files.filter((_, i) => i !== index) }))
                }
                {...(isProblem ? { errorId: `${ids}-problem` } : {})}
              />
            </li>
          );
        })}
      </ol>
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-note`}>
          {t('cases.correction.resubmitNote')}
        </label>
        <textarea
          id={`${ids}-note`}
          className="db-input db-case-panel__textarea"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {problem ? (
        <p id={`${ids}-problem`} className="db-field__error" role="alert" tabIndex={-1}>
          {problemText(problem)}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="db-field__error" role="alert">
          {t('cases.action.failed', { reason: state.reason })}
        </p>
      ) : null}
      <Button
        color="primary"
        size="large"
        loading={state.kind === 'busy'}
        disabled={state.kind === 'busy'}
        onClick={() => void send()}
      >
        {t('cases.correction.submit')}
      </Button>
    </section>
  );
}

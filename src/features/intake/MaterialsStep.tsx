import { useCallback, useId } from 'react';
import type { Material, ServiceItem } from '../../domain/catalogue/service-item';
import { Badge } from '../../ui/Badge';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { PhotoCapture } from '../../ui/photo/PhotoCapture';
import { isStorageFull, type FileRepository } from './draft-repository';
import { draftMaterialOf, type DraftMaterial, type IntakeDraft } from './intake-draft';
import { allowedForms, effectiveForm, isBlockingStatus, materialStatus } from './materials-checklist';
import type { StepProps } from './step-props';

const NECESSITY_KEYS: Record<Material['necessity'], MessageKey> = {
  必要: 'intake.materials.required',
  非必要: 'intake.materials.optional',
  容缺: 'intake.materials.deferrable',
};
const FORM_KEYS: Record<Material['form'], MessageKey> = {
  纸质: 'intake.materials.paper',
  电子: 'intake.materials.electronic',
  纸质或电子: 'intake.materials.paperOrElectronic',
};
export const RECEIVED_FORM_KEYS = {
  原件: 'intake.form.original',
  复印件: 'intake.form.copy',
  电子: 'intake.form.electronic',
} as const satisfies Record<string, MessageKey>;

/** Step 4 — the materials checklist (收取材料): the form received and a photo of every page. */
export function MaterialsStep({
  draft,
  item,
  change,
  persist,
  showAllProblems,
  files,
}: StepProps & { item: ServiceItem; files: FileRepository }) {
  const t = useT();
  if (item.materials.length === 0) return <p className="db-intake__empty">{t('intake.materials.none')}</p>;
  return (
    <ul className="db-intake__materials">
      {item.materials.map((material) => (
        <MaterialLine
          key={material.id}
          material={material}
          draft={draft}
          change={change}
          persist={persist}
          showAllProblems={showAllProblems}
          files={files}
        />
      ))}
    </ul>
  );
}

function MaterialLine({
  material,
  draft,
  change,
  persist,
  showAllProblems,
  files,
}: StepProps & { material: Material; files: FileRepository }) {
  const t = useT();
  const ids = useId();
  const line = draftMaterialOf(draft, material.id);
  const status = materialStatus(material, line);
  const form = effectiveForm(material, line);
  const isBlocking = isBlockingStatus(status);
  const loadPage = useCallback((hash: string) => files.get(hash), [files]);

  const setLine = (patch: (line: DraftMaterial) => Partial<DraftMaterial>, shouldPersist = true) =>
    change((d: IntakeDraft) => {
      const current = draftMaterialOf(d, material.id);
      return { ...d, materials: { ...d.materials, [material.id]: { ...current, ...patch(current) } } };
    }, shouldPersist);

  const store = (blob: Blob, page: number) =>
    files.put(blob, {
      kind: 'material',
      draftId: draft.id,
      materialId: material.id,
      page,
      type: blob.type || 'image/jpeg',
    });

  const counts = [
    material.originals > 0 ? t('intake.materials.originals', { count: material.originals }) : '',
    material.copies > 0 ? t('intake.materials.copies', { count: material.copies }) : '',
  ].filter(Boolean);

  return (
    <li
      className={`db-intake__material${isBlocking && showAllProblems ? ' db-intake__material--problem' : ''}`}
    >
      <div className="db-intake__material-head">
        <h3 id={`${ids}-name`} className="db-intake__material-name">
          {material.name}
        </h3>
        <span className="db-intake__material-badges">
          <Badge
            tone={
              material.necessity === '必要' ? 'warning' : material.necessity === '容缺' ? 'brand' : 'neutral'
            }
          >
            {t(NECESSITY_KEYS[material.necessity])}
          </Badge>{' '}
          <Badge tone="neutral">{t(FORM_KEYS[material.form])}</Badge>
          {counts.map((count) => (
            <span key={count}>
              {' '}
              <Badge tone="neutral">{count}</Badge>
            </span>
          ))}
          {status === 'received' ? (
            <>
              {' '}
              <Badge tone="success">{t('intake.materials.pages', { count: line.files.length })}</Badge>
            </>
          ) : null}
        </span>
      </div>
      {material.note ? <p className="db-field__hint">{material.note}</p> : null}

      <fieldset className="db-intake__choices">
        <legend className="db-field__label">{t('intake.materials.formReceived')}</legend>
        {allowedForms(material).map((option) => (
          <label key={option} className="db-intake__choice">
            <input
              type="radio"
              name={`${ids}-form`}
              checked={form === option}
              onChange={() => setLine(() => ({ form: option }))}
            />
            {t(RECEIVED_FORM_KEYS[option])}
          </label>
        ))}
      </fieldset>

      <PhotoCapture
        label={t('intake.materials.photos', { name: material.name })}
        description={t('intake.materials.photosHint')}
        pages={line.files}
        loadPage={loadPage}
        onAdd={async (blob, page) => {
          const hash = await store(blob, page);
          setLine((current) => ({ files: [...current.files, hash], form: current.form ?? form }));
        }}
        onReplace={async (index, blob) => {
          const hash = await store(blob, index + 1);
          setLine((current) => ({ files: current.files.map((old, i) => (i === index ? hash : old)) }));
        }}
        onRemove={(index) => setLine((current) => ({ files: current.files.filter((_, i) => i !== index) }))}
        failureText={(error) => (isStorageFull(error) ? t('storage.full') : null)}
        {...(isBlocking && showAllProblems ? { errorId: `${ids}-error` } : {})}
      />

      {material.necessity === '容缺' && line.files.length === 0 ? (
        <div className="db-intake__deferred">
          <label className="db-intake__check">
            <input
              type="checkbox"
              checked={line.isDeferred}
              onChange={(event) => setLine(() => ({ isDeferred: event.target.checked }))}
            />
            {t('intake.materials.defer')}
          </label>
          {line.isDeferred ? (
            <div className="db-field">
              <label className="db-field__label" htmlFor={`${ids}-note`}>
                {t('intake.materials.deferNote')}
                <span className="db-intake__required"> {t('intake.required')}</span>
              </label>
              <textarea
                id={`${ids}-note`}
                className="db-input db-intake__textarea"
                rows={2}
                maxLength={500}
                aria-required
                aria-invalid={status === 'deferred_note_missing' && showAllProblems ? true : undefined}
                aria-describedby={
                  status === 'deferred_note_missing' && showAllProblems ? `${ids}-error` : undefined
                }
                value={line.note}
                onChange={(event) => setLine(() => ({ note: event.target.value }), false)}
                onBlur={() => void persist()}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {isBlocking && showAllProblems ? (
        <p id={`${ids}-error`} className="db-field__error">
          {t(
            status === 'deferred_note_missing'
              ? 'intake.error.deferNoteMissing'
              : 'intake.error.materialMissing',
            {
              name: material.name,
            },
          )}
        </p>
      ) : null}
    </li>
  );
}

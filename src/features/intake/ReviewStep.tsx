import { Button } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { maskCreditCode, maskPhone, maskResidentId, normaliseMobile } from '../../domain/identity';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { residentIdFacts, signerLabel } from './intake-text';
import { SignatureImage } from './AuthorisationStep';
import type { FileRepository } from './draft-repository';
import { draftMaterialOf, hasValidSignature, type IntakeDraft, type IntakeStep } from './intake-draft';
import { itemFieldValue } from './item-fields';
import { effectiveForm, materialStatus } from './materials-checklist';
import { RECEIVED_FORM_KEYS } from './MaterialsStep';

const STATUS_KEYS = {
  received: 'intake.review.received',
  deferred: 'intake.review.deferred',
  not_supplied: 'intake.review.notSupplied',
  missing: 'intake.review.missing',
  deferred_note_missing: 'intake.review.missing',
} as const satisfies Record<string, MessageKey>;

/** Step 6 — 核对信息: everything on one page, ID numbers masked until revealed. */
export function ReviewStep({
  draft,
  item,
  files,
  onEdit,
  onReveal,
}: {
  draft: IntakeDraft;
  item: ServiceItem;
  files: FileRepository;
  onEdit: (step: IntakeStep) => void;
  /** Called when full numbers are shown (the reveal is logged). */
  onReveal?: () => void;
}) {
  const t = useT();
  const [isRevealed, setRevealed] = useState(false);
  const { applicant, proxy } = draft;
  const id = (value: string) => (isRevealed ? value.trim().toUpperCase() : maskResidentId(value));
  const phone = (value: string) =>
    value.trim() === '' ? t('intake.review.none') : isRevealed ? normaliseMobile(value) : maskPhone(value);
  const toggle = () => {
    if (!isRevealed) onReveal?.();
    setRevealed(!isRevealed);
  };

  return (
    <div className="db-intake__review">
      <Section title={t('intake.step.item')} onEdit={() => onEdit('item')}>
        <Row label={t('intake.review.itemName')} value={item.name} />
        <Row label={t('guide.department')} value={item.department} />
        <Row
          label={t('guide.promisedDays')}
          value={
            item.promisedDays === 0 ? t('guide.sameDay') : t('guide.workingDays', { days: item.promisedDays })
          }
        />
      </Section>

      <Section
        title={t('intake.step.applicant')}
        onEdit={() => onEdit('applicant')}
        extra={
          <Button size="small" fill="outline" aria-pressed={isRevealed} onClick={toggle}>
            {isRevealed ? t('intake.review.hideNumbers') : t('intake.review.showNumbers')}
          </Button>
        }
      >
        {applicant.kind === 'person' ? (
          <>
            <Row label={t('intake.applicant.name')} value={applicant.name} />
            <Row label={t('intake.applicant.idNumber')} value={id(applicant.idNumber)} />
            <Row label={t('intake.review.idFacts')} value={residentIdFacts(applicant.idNumber, t)} />
            <Row label={t('intake.applicant.phone')} value={phone(applicant.phone)} />
            <Row label={t('intake.applicant.address')} value={applicant.address || t('intake.review.none')} />
            {proxy.isProxy ? (
              <>
                <Row label={t('intake.proxy.name')} value={`${proxy.name}（${proxy.relationship}）`} />
                <Row label={t('intake.proxy.idNumber')} value={id(proxy.idNumber)} />
                <Row label={t('intake.proxy.phone')} value={phone(proxy.phone)} />
              </>
            ) : null}
          </>
        ) : (
          <>
            <Row label={t('intake.applicant.orgName')} value={applicant.name} />
            <Row
              label={t('intake.applicant.creditCode')}
              value={`${isRevealed ? applicant.creditCode.trim().toUpperCase() : maskCreditCode(applicant.creditCode)}${applicant.isCreditCodeWarningAccepted ? ` ${t('intake.review.warningAccepted')}` : ''}`}
            />
            <Row label={t('intake.applicant.representative')} value={applicant.representative} />
            <Row label={t('intake.applicant.phone')} value={phone(applicant.phone)} />
            <Row
              label={t('intake.applicant.orgAddress')}
              value={applicant.address || t('intake.review.none')}
            />
          </>
        )}
      </Section>

      <Section title={t('intake.step.fields')} onEdit={() => onEdit('fields')}>
        {item.fields.length === 0 ? <Row label="" value={t('intake.fields.none')} /> : null}
        {item.fields.map((field) => (
          <Row
            key={field.key}
            label={field.label}
            value={String(itemFieldValue(field, draft.fields[field.key] ?? '') ?? t('intake.review.none'))}
          />
        ))}
      </Section>

      <Section title={t('intake.step.materials')} onEdit={() => onEdit('materials')}>
        {item.materials.map((material) => {
          const line = draftMaterialOf(draft, material.id);
          const status = materialStatus(material, line);
          const value =
            status === 'received'
              ? t('intake.review.receivedAs', {
                  form: t(RECEIVED_FORM_KEYS[effectiveForm(material, line)]),
                  pages: line.files.length,
                })
              : status === 'deferred'
                ? `${t(STATUS_KEYS.deferred)}：${line.note}`
                : t(STATUS_KEYS[status]);
          return <Row key={material.id} label={material.name} value={value} />;
        })}
      </Section>

      <Section title={t('intake.step.authorisation')} onEdit={() => onEdit('authorisation')}>
        <Row
          label={signerLabel(draft, t)}
          value={
            draft.signature && hasValidSignature(draft) ? (
              <>
                {t('intake.review.signed')}
                <SignatureImage
                  hash={draft.signature}
                  files={files}
                  alt={t('intake.authorisation.signedAlt')}
                />
              </>
            ) : (
              t('intake.review.missing')
            )
          }
        />
      </Section>
    </div>
  );
}

function Section({
  title,
  onEdit,
  extra,
  children,
}: {
  title: string;
  onEdit: () => void;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="db-intake__review-section">
      <div className="db-intake__review-head">
        <h3>{title}</h3>
        <span className="db-intake__review-actions">
          {extra}
          <Button
            size="small"
            fill="outline"
            onClick={onEdit}
            aria-label={t('intake.review.editLabel', { section: title })}
          >
            {t('intake.review.edit')}
          </Button>
        </span>
      </div>
      <dl className="db-intake__review-list">{children}</dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="db-intake__review-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

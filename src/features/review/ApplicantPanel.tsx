import { Button } from 'antd-mobile';
import { useId, useState } from 'react';
import type { CaseServices, RevealField } from '../../app/case-services';
import type { CaseHead } from '../../domain/case/case-types';
import { maskCreditCode, maskPhone, maskResidentId } from '../../domain/identity/mask';
import { useT } from '../../ui/i18n/use-t';

/**
 * 申请人 (and 代为申请人): ID numbers and phones masked (个人信息保护法); 「显示完整号码」 logs the reveal
 * (POST /api/audit/reveal, queued on the device while offline) before showing the number.
 */
export function ApplicantPanel({ head, services }: { head: CaseHead; services: CaseServices }) {
  const t = useT();
  const ids = useId();
  const [revealed, setRevealed] = useState<ReadonlySet<RevealField>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const { applicant, proxy } = head;
  const isRevealed = (field: RevealField) => revealed.has(field);

  const reveal = async (field: RevealField) => {
    setFailure(null);
    try {
      await services.revealIdentity(head.id, field);
      setRevealed((current) => new Set(current).add(field));
    } catch (error) {
      // Not logged, so not shown.
      setFailure(
        t('review.applicant.revealFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };
  const hide = (field: RevealField) =>
    setRevealed((current) => {
      const next = new Set(current);
      next.delete(field);
      return next;
    });

  const idValue =
    applicant.kind === 'person'
      ? isRevealed('idNumber')
        ? applicant.idNumber
        : maskResidentId(applicant.idNumber)
      : isRevealed('idNumber')
        ? applicant.creditCode
        : maskCreditCode(applicant.creditCode);
  const phoneOf = (phone: string) =>
    phone === '' ? t('review.applicant.none') : isRevealed('phone') ? phone : maskPhone(phone);

  const toggle = (field: RevealField, label: string) =>
    isRevealed(field) ? (
      <Button
        size="small"
        fill="outline"
        onClick={() => hide(field)}
        aria-label={t('review.applicant.hideLabel', { field: label })}
      >
        {t('review.applicant.hide')}
      </Button>
    ) : (
      <Button
        size="small"
        fill="outline"
        color="primary"
        onClick={() => void reveal(field)}
        aria-label={t('review.applicant.revealLabel', { field: label })}
        aria-describedby={`${ids}-note`}
      >
        {t('review.applicant.reveal')}
      </Button>
    );

  const idLabel =
    applicant.kind === 'person' ? t('review.applicant.idNumber') : t('review.applicant.creditCode');
  const phoneLabel = t('review.applicant.phone');
  const hasPhone = applicant.phone !== '' || (proxy !== null && proxy.phone !== '');

  return (
    <section className="db-review-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.applicant.heading')}
      </h2>
      <dl className="db-review-facts" data-testid="applicant-facts">
        <div className="db-review-facts__row">
          <dt>{applicant.kind === 'person' ? t('review.applicant.name') : t('review.applicant.orgName')}</dt>
          <dd>{applicant.name}</dd>
        </div>
        <div className="db-review-facts__row">
          <dt>{idLabel}</dt>
          <dd className="db-review-facts__secret">
            <span data-testid="applicant-id">{idValue}</span>
            {toggle('idNumber', idLabel)}
          </dd>
        </div>
        {applicant.kind === 'legal' ? (
          <div className="db-review-facts__row">
            <dt>{t('review.applicant.representative')}</dt>
            <dd>{applicant.representative}</dd>
          </div>
        ) : null}
        <div className="db-review-facts__row">
          <dt>{phoneLabel}</dt>
          <dd className="db-review-facts__secret">
            <span>{phoneOf(applicant.phone)}</span>
            {hasPhone ? toggle('phone', phoneLabel) : null}
          </dd>
        </div>
        <div className="db-review-facts__row">
          <dt>{t('review.applicant.address')}</dt>
          <dd>{applicant.address || t('review.applicant.none')}</dd>
        </div>
      </dl>
      {proxy !== null ? (
        <>
          <h3 className="db-review-panel__subheading">{t('review.proxy.heading')}</h3>
          <dl className="db-review-facts">
            <div className="db-review-facts__row">
              <dt>{t('review.applicant.name')}</dt>
              <dd>{proxy.name}</dd>
            </div>
            <div className="db-review-facts__row">
              <dt>{t('review.proxy.relationship')}</dt>
              <dd>{proxy.relationship}</dd>
            </div>
            <div className="db-review-facts__row">
              <dt>{t('review.applicant.idNumber')}</dt>
              <dd>{isRevealed('idNumber') ? proxy.idNumber : maskResidentId(proxy.idNumber)}</dd>
            </div>
            <div className="db-review-facts__row">
              <dt>{phoneLabel}</dt>
              <dd>{phoneOf(proxy.phone)}</dd>
            </div>
          </dl>
        </>
      ) : null}
      <p id={`${ids}-note`} className="db-field__hint">
        {t('review.applicant.revealNote')}
      </p>
      {failure ? (
        <p className="db-field__error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}

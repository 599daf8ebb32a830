import { useLanguage, useT } from '../../ui/i18n/use-t';
import type { CorrectionNoticeModel } from './correction-notice';
import { dateText } from './review-format';
import './correction-notice.css';

/** 补正材料一次性告知书: the sheet handed to the applicant through the station. Prints alone (A4). */
export function CorrectionNoticeSheet({
  notice,
  township,
  villageName,
}: {
  notice: CorrectionNoticeModel;
  township: string;
  villageName: string;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <article className="db-notice" aria-labelledby="db-notice-title" data-testid="correction-notice">
      <header className="db-notice__head">
        <h1 id="db-notice-title" className="db-notice__title">
          {t('review.notice.title')}
        </h1>
        <p className="db-notice__number">{t('review.notice.number', { receiptNo: notice.receiptNo })}</p>
      </header>
      <p className="db-notice__to">{t('review.notice.to', { name: notice.applicantName })}</p>
      <p className="db-notice__body">
        {t('review.notice.body', {
          date: dateText(notice.submittedOn, language),
          station: villageName,
          item: notice.itemName,
        })}
      </p>
      <table className="db-notice__table">
        <thead>
          <tr>
            <th scope="col">{t('review.notice.index')}</th>
            <th scope="col">{t('review.notice.material')}</th>
            <th scope="col">{t('review.notice.problem')}</th>
            <th scope="col">{t('review.notice.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {notice.lines.map((line, index) => (
            <tr key={`${line.materialName ?? 'other'}-${index}`}>
              <td>{index + 1}</td>
              <th scope="row">{line.materialName ?? t('review.notice.other')}</th>
              <td>
                {t(line.problem === 'missing' ? 'review.correction.missing' : 'review.correction.defective')}
              </td>
              <td>{line.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notice.note !== '' ? (
        <p className="db-notice__note">{t('review.notice.extra', { note: notice.note })}</p>
      ) : null}
      <p className="db-notice__after">{t('review.notice.after', { station: villageName })}</p>
      <footer className="db-notice__foot">
        <p className="db-notice__sign">{t('review.notice.applicantSign')}</p>
        <div className="db-notice__issuer">
          <p>{t('review.notice.issuer', { township })}</p>
          <p>{t('review.notice.reviewer', { name: notice.issuedBy })}</p>
          <p>{dateText(notice.issuedOn, language)}</p>
        </div>
      </footer>
    </article>
  );
}

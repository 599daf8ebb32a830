import type { Language } from '../../ui/i18n/i18n';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { ReceiptQrCode } from './ReceiptQrCode';
import type { ReceiptModel } from './receipt-view';
import './receipt.css';

const FORM_KEYS = {
  原件: 'intake.form.original',
  复印件: 'intake.form.copy',
  电子: 'intake.form.electronic',
} as const;

function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (language === 'zh-CN') return `${year}年${month}月${day}日`;
  return date;
}

/** 收件凭证: the sheet printed (or shown) for the applicant. Prints alone, A5 or A4. */
export function ReceiptSheet({ model }: { model: ReceiptModel }) {
  const t = useT();
  const language = useLanguage();
  return (
    <article className="db-receipt" aria-labelledby="db-receipt-title">
      <header className="db-receipt__head">
        <h1 id="db-receipt-title" className="db-receipt__title">
          {t('receipt.title')}
        </h1>
        <p className="db-receipt__station">{model.stationName}</p>
      </header>

      <div className="db-receipt__number-row">
        <div>
          <p className="db-receipt__label">{t('receipt.number')}</p>
          <p className="db-receipt__number">{model.receiptNo}</p>
        </div>
        <figure className="db-receipt__qr-figure">
          <ReceiptQrCode text={model.progressUrl} label={t('receipt.qrLabel', { number: model.receiptNo })} />
          <figcaption>{t('receipt.qrCaption')}</figcaption>
        </figure>
      </div>

      <dl className="db-receipt__facts">
        <Fact label={t('receipt.item')} value={model.itemName} />
        <Fact
          label={model.applicantKind === 'person' ? t('receipt.applicant') : t('receipt.organisation')}
          value={`${model.applicantName}（${model.applicantNumber}）`}
        />
        {model.representative ? (
          <Fact label={t('intake.applicant.representative')} value={model.representative} />
        ) : null}
        {model.proxy ? (
          <Fact label={t('receipt.proxy')} value={`${model.proxy.name}（${model.proxy.relationship}）`} />
        ) : null}
        <Fact label={t('receipt.submittedDate')} value={formatDate(model.submittedDate, language)} />
        <Fact
          label={t('receipt.estimatedDate')}
          value={t('receipt.estimatedValue', {
            date: formatDate(model.estimatedDate, language),
            days: model.promisedDays,
          })}
        />
        <Fact label={t('receipt.agent')} value={`${model.agentName} · ${model.stationName}`} />
      </dl>
      <p className="db-receipt__note">{t('receipt.estimateNote')}</p>

      <table className="db-receipt__materials">
        <caption>{t('receipt.materials')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('receipt.materialName')}</th>
            <th scope="col">{t('receipt.materialForm')}</th>
            <th scope="col">{t('receipt.materialAsked')}</th>
            <th scope="col">{t('receipt.materialPages')}</th>
          </tr>
        </thead>
        <tbody>
          {model.materials.map((line) => (
            <tr key={line.name}>
              <th scope="row">{line.name}</th>
              <td>{t(FORM_KEYS[line.form])}</td>
              <td>{t('receipt.asked', { originals: line.originals, copies: line.copies })}</td>
              <td>{line.pages}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {model.deferred.length > 0 ? (
        <section className="db-receipt__deferred">
          <h2>{t('receipt.deferred')}</h2>
          <ul>
            {model.deferred.map((line) => (
              <li key={line.name}>
                {line.name}：{line.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="db-receipt__foot">
        <p>{t('receipt.keep')}</p>
        <p className="db-receipt__sign">{t('receipt.applicantSign')}</p>
      </footer>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="db-receipt__fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

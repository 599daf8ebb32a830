import type { ConsultationDocType } from '../../db/schemas/local-schemas';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import type { ItemChoice } from './use-consultations';

/** The records, newest first, each with its upload state (待上传 / 已上传 / 被退回 with the reason). */
export function ConsultationList({
  consultations,
  items,
}: {
  consultations: ConsultationDocType[];
  items: ItemChoice[];
}) {
  const t = useT();
  const language = useLanguage();
  if (consultations.length === 0) return <p className="db-consult__empty">{t('consult.empty')}</p>;
  const names = new Map(items.map((item) => [item.code, item.name]));
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', hour12: false });
  return (
    <ul className="db-consult__list">
      {consultations.map((doc) => {
        const state = doc.rejection ? 'rejected' : doc.serverTime ? 'synced' : 'pending';
        return (
          <li key={doc.id} className={`db-consult__row db-consult__row--${state}`} data-testid="consultation">
            <p className="db-consult__topic">{doc.topic}</p>
            <p className="db-consult__meta">
              {doc.itemCode ? (names.get(doc.itemCode) ?? doc.itemCode) : t('consult.generalItem')} ·{' '}
              {t('consult.minutesValue', { n: doc.minutes })} · {time.format(new Date(doc.clientTime))} ·{' '}
              {t('consult.region', { code: doc.regionCode })}
            </p>
            <p className={`db-consult__state db-consult__state--${state}`}>
              {doc.rejection
                ? t('consult.status.rejected', { reason: doc.rejection.reason })
                : t(state === 'synced' ? 'consult.status.synced' : 'consult.status.pending')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

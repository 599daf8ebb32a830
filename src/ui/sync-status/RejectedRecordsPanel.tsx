import { useT } from '../i18n/use-t';
import './sync-status.css';

export interface RejectedRecord {
  id: string;
  /** What the record was (e.g. 受理 · 办件 case-…, or 咨询登记). */
  what: string;
  /** The server's reason, in its words. */
  reason: string;
}

/**
 * Records the server refused (被退回): kept on the device and shown to their author with the reason,
 * never silently dropped. Shown above every screen while there are any.
 */
export function RejectedRecordsPanel({ records }: { records: readonly RejectedRecord[] }) {
  const t = useT();
  if (records.length === 0) return null;
  return (
    <section className="db-rejected" aria-labelledby="db-rejected-heading" role="alert">
      <h2 id="db-rejected-heading" className="db-rejected__heading">
        {t('rejected.heading', { n: records.length })}
      </h2>
      <ul className="db-rejected__list">
        {records.map((record) => (
          <li key={record.id} data-testid="rejected-record">
            {t('rejected.item', { what: record.what, reason: record.reason })}
          </li>
        ))}
      </ul>
    </section>
  );
}

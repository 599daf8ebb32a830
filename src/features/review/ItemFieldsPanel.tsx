import { useId } from 'react';
import type { CaseHead } from '../../domain/case/case-types';
import { useT } from '../../ui/i18n/use-t';
import { useItemFieldLabels } from './use-reference-names';

/** 事项信息: the item's own fields as the agent filled them, labelled from the catalogue version of the case. */
export function ItemFieldsPanel({ head }: { head: CaseHead }) {
  const t = useT();
  const ids = useId();
  const labels = useItemFieldLabels(head.item.code, head.item.version);
  const entries = Object.entries(head.fields);
  return (
    <section className="db-review-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.fields.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="db-review-panel__empty">{t('review.fields.none')}</p>
      ) : (
        <dl className="db-review-facts">
          {entries.map(([key, value]) => (
            <div key={key} className="db-review-facts__row">
              <dt>{labels.get(key) ?? key}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { useCatalogueSearch } from '../catalogue/use-catalogue-search';

const MAX_SHOWN = 30;

/** Step 1 — choose the item (选择事项), with the catalogue's Chinese / pinyin / initials search. */
export function ItemStep({
  items,
  selected,
  hasOtherData,
  onSelect,
}: {
  items: readonly ServiceItem[];
  selected: ServiceItem | null;
  /** True when choosing another item would drop field values, materials or the signature. */
  hasOtherData: boolean;
  onSelect: (item: ServiceItem) => void;
}) {
  const t = useT();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const active = useMemo(() => items.filter((item) => item.isActive), [items]);
  const { hits } = useCatalogueSearch(active, deferredQuery);
  const shown = hits.slice(0, MAX_SHOWN);

  return (
    <div className="db-intake__item-step">
      {selected ? (
        <p className="db-intake__selected" role="status">
          {t('intake.item.selected', { name: selected.name })}
        </p>
      ) : null}
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-q`}>
          {t('intake.item.search')}
        </label>
        <input
          id={`${ids}-q`}
          className="db-input"
          type="search"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${ids}-hint ${ids}-count`}
          aria-controls={`${ids}-list`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${ids}-hint`} className="db-field__hint">
          {t('catalogue.searchHint')}
          {selected && hasOtherData ? ` ${t('intake.item.changeWarning')}` : ''}
        </p>
      </div>
      <p id={`${ids}-count`} className="db-intake__count" aria-live="polite">
        {hits.length > MAX_SHOWN
          ? t('intake.item.countMore', { count: hits.length, shown: MAX_SHOWN })
          : t('intake.item.count', { count: hits.length })}
      </p>
      <ul id={`${ids}-list`} className="db-intake__item-list">
        {shown.map(({ item }) => {
          const isSelected = selected?.code === item.code;
          return (
            <li key={item.code}>
              <button
                type="button"
                className="db-intake__item-choice"
                aria-pressed={isSelected}
                onClick={() => onSelect(item)}
              >
                <span className="db-intake__item-name">{item.name}</span>
                <span className="db-intake__item-meta">
                  <Badge tone="neutral">{item.category}</Badge>{' '}
                  <Badge tone="brand">
                    {item.promisedDays === 0
                      ? t('guide.sameDay')
                      : t('intake.item.promised', { days: item.promisedDays })}
                  </Badge>{' '}
                  <Badge tone="neutral">{t('intake.item.materials', { count: item.materials.length })}</Badge>
                  {isSelected ? (
                    <>
                      {' '}
                      <Badge tone="success">{t('intake.item.chosen')}</Badge>
                    </>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import { useId } from 'react';
import { useT } from '../../ui/i18n/use-t';
import type { CategoryCount } from './catalogue-format';

/**
 * 事项分类: a side list in landscape, wrapping chips in portrait (plain toggle buttons with
 * aria-pressed, so Tab and Enter work with no custom key handling), and a labelled select on
 * narrow windows such as 200 % zoom, where chips would push the results off screen.
 */
export function CategoryNav({
  categories,
  total,
  selected,
  onSelect,
}: {
  categories: readonly CategoryCount[];
  total: number;
  selected: string;
  onSelect: (category: string) => void;
}) {
  const t = useT();
  const selectId = useId();
  const entries = [
    { name: '', label: t('catalogue.allCategories'), count: total },
    ...categories.map((c) => ({ ...c, label: c.name })),
  ];
  return (
    <>
      <nav className="db-categories" aria-label={t('catalogue.categories')}>
        <ul>
          {entries.map((entry) => (
            <li key={entry.name || '*'}>
              <button
                type="button"
                className="db-categories__button"
                aria-pressed={entry.name === selected}
                data-empty={entry.count === 0 ? 'true' : undefined}
                onClick={() => onSelect(entry.name)}
              >
                <span className="db-categories__name">{entry.label}</span>
                <span className="db-categories__count">
                  {t('catalogue.categoryCount', { count: entry.count })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="db-categories-select db-field">
        <label className="db-field__label" htmlFor={selectId}>
          {t('catalogue.categories')}
        </label>
        <select
          id={selectId}
          className="db-input"
          value={selected}
          onChange={(event) => onSelect(event.target.value)}
        >
          {entries.map((entry) => (
            <option key={entry.name || '*'} value={entry.name}>
              {t('catalogue.categoryOption', { name: entry.label, count: entry.count })}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

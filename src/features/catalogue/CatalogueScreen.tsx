import { Button } from 'antd-mobile';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { apiErrorText } from '../../ui/api-error-text';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { categoriesOf } from './catalogue-format';
import { CategoryNav } from './CategoryNav';
import { ServiceItemCard } from './ServiceItemCard';
import { useCatalogue } from './use-catalogue';
import { useCatalogueSearch } from './use-catalogue-search';
import './catalogue.css';

/**
 * 事项目录: browse by category, search by Chinese, pinyin or initials, open an item's 办事指南.
 * The query and the category live in the URL (?q=&c=), so "back" from a guide restores them.
 */
export function CatalogueScreen() {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { items, isLoading, error, reload } = useCatalogue();

  const [query, setQuery] = useState(() => searchParams.get('q') ?? '');
  const category = searchParams.get('c') ?? '';
  const deferredQuery = useDeferredValue(query);

  // Mirror the query into the URL (replacing history, not adding a step per keystroke).
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (deferredQuery.trim()) next.set('q', deferredQuery);
          else next.delete('q');
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [deferredQuery, setSearchParams]);

  const selectCategory = (name: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (name) next.set('c', name);
        else next.delete('c');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const activeItems = useMemo(() => items.filter((item) => item.isActive), [items]);
  const { hits } = useCatalogueSearch(activeItems, deferredQuery);
  const allCategories = useMemo(() => categoriesOf(activeItems), [activeItems]);
  const hitCategories = useMemo(() => {
    const counts = new Map(categoriesOf(hits.map((hit) => hit.item)).map((c) => [c.name, c.count]));
    return allCategories.map((c) => ({ name: c.name, count: counts.get(c.name) ?? 0 }));
  }, [allCategories, hits]);
  const visible = category ? hits.filter((hit) => hit.item.category === category) : hits;
  const trimmedQuery = deferredQuery.trim();
  const from = `${location.pathname}${location.search}`;

  if (isLoading && items.length === 0) return <LoadingState label={t('catalogue.loading')} />;
  if (error && items.length === 0) {
    return (
      <ErrorState
        title={t('catalogue.loadFailed')}
        detail={apiErrorText(error, t, language)}
        retryLabel={t('catalogue.retry')}
        onRetry={reload}
      />
    );
  }

  return (
    <div className="db-catalogue">
      <div className="db-catalogue__header">
        <h1 className="db-catalogue__heading">{t('catalogue.heading')}</h1>
        <div className="db-catalogue__search">
          <form role="search" onSubmit={(event) => event.preventDefault()} className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-q`}>
              {t('catalogue.searchLabel')}
            </label>
            <div className="db-catalogue__search-row">
              <input
                id={`${ids}-q`}
                className="db-input"
                type="search"
                enterKeyHint="search"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                placeholder={t('catalogue.searchPlaceholder')}
                aria-describedby={`${ids}-hint`}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              {query ? (
                <Button fill="outline" onClick={() => setQuery('')}>
                  {t('catalogue.clearSearch')}
                </Button>
              ) : null}
            </div>
            <p id={`${ids}-hint`} className="db-field__hint">
              {t('catalogue.searchHint')}
            </p>
          </form>
        </div>
      </div>

      <div className="db-catalogue__body">
        <CategoryNav
          categories={hitCategories}
          total={hits.length}
          selected={category}
          onSelect={selectCategory}
        />

        <section className="db-catalogue__results" aria-labelledby={`${ids}-count`}>
          <p id={`${ids}-count`} className="db-catalogue__count" aria-live="polite">
            {trimmedQuery
              ? t('catalogue.matches', { count: visible.length, query: trimmedQuery })
              : t('catalogue.total', { count: visible.length })}
          </p>
          {error ? <p className="db-field__error">{apiErrorText(error, t, language)}</p> : null}

          {visible.length > 0 ? (
            <ul className="db-cards">
              {visible.map((hit) => (
                <ServiceItemCard key={hit.item.code} item={hit.item} highlight={hit.highlight} from={from} />
              ))}
            </ul>
          ) : activeItems.length === 0 ? (
            <EmptyState title={t('catalogue.empty')} />
          ) : hits.length > 0 ? (
            <EmptyState
              title={t('catalogue.noMatchInCategory', { category })}
              action={
                <Button color="primary" fill="outline" onClick={() => selectCategory('')}>
                  {t('catalogue.showAllMatches', { count: hits.length })}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('catalogue.noMatch', { query: trimmedQuery })}
              detail={t('catalogue.noMatchHint')}
            />
          )}
        </section>
      </div>
    </div>
  );
}

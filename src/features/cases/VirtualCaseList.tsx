import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../ui/i18n/use-t';
import type { ListedCase } from './case-list-filter';
import { CaseRow } from './CaseRow';

/** Rough row height (px) before a row is measured; rows wrap on narrow screens and are measured. */
const ESTIMATED_ROW_HEIGHT = 128;

/**
 * The list, virtualised against the page scroll (@tanstack/react-virtual): a township's thousands of cases
 * render only the rows on screen. Each row is a link, so Tab walks through the rendered rows.
 */
export function VirtualCaseList({ cases }: { cases: readonly ListedCase[] }) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: cases.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => cases[index]?.head.id ?? index,
  });
  return (
    <ul
      ref={listRef}
      className="db-case-list"
      aria-label={t('cases.list.label')}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const listed = cases[row.index];
        if (!listed) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="db-case-list__item"
            aria-setsize={cases.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <CaseRow listed={listed} />
          </li>
        );
      })}
    </ul>
  );
}

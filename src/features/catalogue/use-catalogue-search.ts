/**
 * Search over the catalogue, with the index built once per catalogue (and kept across screens).
 * Chinese search works at once; pinyin search joins when the pinyin dictionary chunk has loaded.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import {
  buildCatalogueIndex,
  searchCatalogue,
  type CatalogueIndex,
  type SearchHit,
  type SyllablesOf,
} from './catalogue-search';

let loadedSyllablesOf: SyllablesOf | null = null;
let cached: { items: readonly ServiceItem[]; syllablesOf: SyllablesOf | null; index: CatalogueIndex } | null =
  null;

function indexFor(items: readonly ServiceItem[], syllablesOf: SyllablesOf | null): CatalogueIndex {
  if (cached && cached.items === items && cached.syllablesOf === syllablesOf) return cached.index;
  const index = buildCatalogueIndex(items, syllablesOf ?? undefined);
  cached = { items, syllablesOf, index };
  return index;
}

export function useCatalogueSearch(
  items: readonly ServiceItem[],
  query: string,
): { hits: SearchHit[]; hasPinyin: boolean } {
  const [syllablesOf, setSyllablesOf] = useState<SyllablesOf | null>(() => loadedSyllablesOf);

  useEffect(() => {
    if (syllablesOf) return undefined;
    let isCurrent = true;
    import('./pinyin-syllables')
      .then((module) => {
        loadedSyllablesOf = module.syllablesOf;
        if (isCurrent) setSyllablesOf(() => module.syllablesOf);
      })
      .catch((error: unknown) => console.warn('Daiban: pinyin search unavailable', error));
    return () => {
      isCurrent = false;
    };
  }, [syllablesOf]);

  const index = useMemo(() => indexFor(items, syllablesOf), [items, syllablesOf]);
  const hits = useMemo(() => searchCatalogue(index, query), [index, query]);
  return { hits, hasPinyin: index.hasPinyin };
}

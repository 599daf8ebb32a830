/**
 * Catalogue search (事项检索): Chinese text, full pinyin and pinyin initials, in any mix.
 * `dibao` and `dbsq` both find 最低生活保障申请; so does `低保` (characters in order, gaps allowed).
 *
 * Pure: the pinyin reading of a text is passed in (`SyllablesOf`), the index is built once per
 * catalogue and searched on every keystroke.
 */
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { SEARCH_ALIASES, type SearchAlias } from './search-aliases';

/** For each code point of `text`, the syllables it may be read as; [] for punctuation and spaces. */
export type SyllablesOf = (text: string) => string[][];

/** A way of reading an item's name: the name itself, or the name with a phrase replaced by its alias. */
interface NameVariant {
  chars: string[];
  lower: string;
  /** Per code point; null when the index was built without pinyin. */
  syllables: string[][] | null;
  /** Maps matched positions of this variant back to positions in the real name. */
  toName: (positions: readonly number[]) => number[];
  /** Alias readings rank just below equal matches of the real name. */
  penalty: number;
}

interface IndexedItem {
  item: ServiceItem;
  order: number;
  variants: NameVariant[];
  /** Category, department and codes, lowercased: matched as plain text. */
  otherText: string;
}

export interface CatalogueIndex {
  entries: IndexedItem[];
  hasPinyin: boolean;
  syllablesOf: SyllablesOf | undefined;
}

export interface SearchHit {
  item: ServiceItem;
  score: number;
  /** Code-point indices of the name that matched (for highlighting). */
  highlight: number[];
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;

function variant(
  text: string,
  syllablesOf: SyllablesOf | undefined,
  toName: NameVariant['toName'],
  penalty: number,
): NameVariant {
  return {
    chars: Array.from(text),
    lower: text.toLowerCase(),
    syllables: syllablesOf ? syllablesOf(text) : null,
    toName,
    penalty,
  };
}

function variantsOf(
  name: string,
  syllablesOf: SyllablesOf | undefined,
  aliases: readonly SearchAlias[],
): NameVariant[] {
  const variants = [variant(name, syllablesOf, (positions) => [...positions], 0)];
  for (const { term, phrase } of aliases) {
    const at = name.indexOf(phrase);
    if (at < 0) continue;
    const start = Array.from(name.slice(0, at)).length;
    const phraseLength = Array.from(phrase).length;
    const termLength = Array.from(term).length;
    const toName = (positions: readonly number[]) => {
      const mapped = new Set<number>();
      for (const p of positions) {
        if (p < start) mapped.add(p);
        else if (p < start + termLength) for (let i = 0; i < phraseLength; i += 1) mapped.add(start + i);
        else mapped.add(p - termLength + phraseLength);
      }
      return [...mapped].sort((a, b) => a - b);
    };
    variants.push(variant(name.slice(0, at) + term + name.slice(at + phrase.length), syllablesOf, toName, 1));
  }
  return variants;
}

export function buildCatalogueIndex(
  items: readonly ServiceItem[],
  syllablesOf?: SyllablesOf,
  aliases: readonly SearchAlias[] = SEARCH_ALIASES,
): CatalogueIndex {
  return {
    hasPinyin: syllablesOf !== undefined,
    syllablesOf,
    entries: items.map((item, order) => ({
      item,
      order,
      variants: variantsOf(item.name, syllablesOf, aliases),
      otherText: [item.category, item.department, item.code, item.baseCode].join(' ').toLowerCase(),
    })),
  };
}

/** Full-width forms to ASCII, lowercase, without spaces and pinyin apostrophes (xi'an). */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’]+/g, '');
}

export function searchCatalogue(index: CatalogueIndex, rawQuery: string): SearchHit[] {
  const query = normaliseQuery(rawQuery);
  if (query === '') return index.entries.map((entry) => ({ item: entry.item, score: 0, highlight: [] }));

  const hasHan = HAN.test(query);
  const hasLatin = LATIN.test(query);
  // A mixed query (低bao) is searched as pinyin: its characters are read out first.
  const pinyinQuery =
    hasLatin && hasHan && index.syllablesOf
      ? index
          .syllablesOf(query)
          .map((candidates, i) => candidates[0] ?? Array.from(query)[i] ?? '')
          .join('')
      : query;

  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    const hit = scoreEntry(entry, query, hasHan && !hasLatin ? null : pinyinQuery);
    if (hit) hits.push(hit);
  }
  const orderOf = new Map(index.entries.map((entry) => [entry.item, entry.order]));
  return hits.sort((a, b) => b.score - a.score || (orderOf.get(a.item) ?? 0) - (orderOf.get(b.item) ?? 0));
}

function scoreEntry(entry: IndexedItem, query: string, pinyinQuery: string | null): SearchHit | null {
  let best: SearchHit | null = null;
  for (const nameVariant of entry.variants) {
    const hit = scoreName(nameVariant, query, pinyinQuery);
    if (hit && (best === null || hit.score - nameVariant.penalty > best.score)) {
      best = {
        item: entry.item,
        score: hit.score - nameVariant.penalty,
        highlight: nameVariant.toName(hit.picked),
      };
    }
  }
  if (best) return best;
  if (entry.otherText.includes(query)) return { item: entry.item, score: 300, highlight: [] };
  return null;
}

function scoreName(
  name: NameVariant,
  query: string,
  pinyinQuery: string | null,
): { score: number; picked: number[] } | null {
  const position = name.lower.indexOf(query);
  if (position >= 0) {
    const start = Array.from(name.lower.slice(0, position)).length;
    const picked = Array.from({ length: Array.from(query).length }, (_, i) => start + i);
    const score = name.lower === query ? 1000 : position === 0 ? 900 : 800 - Math.min(start, 50);
    return { score, picked };
  }
  if (pinyinQuery === null) {
    const picked = subsequence(name.chars, Array.from(query));
    return picked ? { score: 500 - gapsOf(picked), picked } : null;
  }
  if (!name.syllables) return null;
  const match = matchPinyin(name.syllables, pinyinQuery);
  if (!match) return null;
  const isContiguous = match.gaps === match.start;
  return { score: 600 + (isContiguous ? 100 : 0) - match.gaps, picked: match.picked };
}

/** Leftmost positions of `needle` in `haystack` in order, or null. */
function subsequence(haystack: readonly string[], needle: readonly string[]): number[] | null {
  const picked: number[] = [];
  let from = 0;
  for (const char of needle) {
    const at = haystack.indexOf(char, from);
    if (at < 0) return null;
    picked.push(at);
    from = at + 1;
  }
  return picked;
}

function gapsOf(picked: readonly number[]): number {
  let gaps = picked[0] ?? 0;
  for (let i = 1; i < picked.length; i += 1) gaps += (picked[i] ?? 0) - (picked[i - 1] ?? 0) - 1;
  return gaps;
}

interface PinyinMatch {
  picked: number[];
  /** Characters skipped before and between the matched ones. */
  gaps: number;
  start: number;
}

/**
 * Splits `query` into pieces, each a non-empty prefix of a reading of one character of the name,
 * the characters in increasing order (gaps allowed). Returns the split with the fewest skipped characters.
 */
export function matchPinyin(syllables: readonly string[][], query: string): PinyinMatch | null {
  const n = syllables.length;
  const memo = new Map<number, { cost: number; char: number; length: number } | null>();

  // best(q, c): cheapest way to match query[q..] using characters c.. (cost = characters skipped).
  const best = (q: number, c: number): { cost: number; char: number; length: number } | null => {
    if (q === query.length) return { cost: 0, char: -1, length: 0 };
    const key = q * (n + 1) + c;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: { cost: number; char: number; length: number } | null = null;
    for (let j = c; j < n; j += 1) {
      if (result && j - c >= result.cost) break; // cannot beat what we have
      for (const syllable of syllables[j] ?? []) {
        let length = 0;
        while (
          length < syllable.length &&
          q + length < query.length &&
          syllable[length] === query[q + length]
        )
          length += 1;
        // Try the longest piece first, then shorter prefixes (zh|ang vs z|hang).
        for (let take = length; take >= 1; take -= 1) {
          const rest = best(q + take, j + 1);
          if (rest === null) continue;
          const cost = j - c + rest.cost;
          if (result === null || cost < result.cost) result = { cost, char: j, length: take };
        }
      }
    }
    memo.set(key, result);
    return result;
  };

  const first = best(0, 0);
  if (first === null) return null;
  const picked: number[] = [];
  let q = 0;
  let c = 0;
  while (q < query.length) {
    const step = best(q, c);
    if (step === null || step.char < 0) break;
    picked.push(step.char);
    q += step.length;
    c = step.char + 1;
  }
  return { picked, gaps: first.cost, start: picked[0] ?? 0 };
}

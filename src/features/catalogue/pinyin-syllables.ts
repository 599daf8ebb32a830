/**
 * Adapter from pinyin-pro to the search index: for each character of a text (code point), the pinyin
 * syllables it may be read as (lowercase, no tones, ü written v). Kept apart from catalogue-search so
 * the pinyin dictionary (~300 kB) loads in its own chunk, after the list is already on screen.
 */
import { pinyin } from 'pinyin-pro';
import type { SyllablesOf } from './catalogue-search';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[a-z0-9]$/i;

function readingsOf(char: string): string[] {
  return pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map((s) =>
    s.toLowerCase(),
  );
}

export const syllablesOf: SyllablesOf = (text) => {
  const chars = Array.from(text);
  const contextual = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const isAligned = contextual.length === chars.length;
  return chars.map((char, index) => {
    if (HAN.test(char)) {
      const inContext = isAligned ? contextual[index]?.toLowerCase() : undefined;
      return [...new Set([...(inContext ? [inContext] : []), ...readingsOf(char)])].filter((s) =>
        /^[a-z]+$/.test(s),
      );
    }
    return LATIN_OR_DIGIT.test(char) ? [char.toLowerCase()] : [];
  });
};

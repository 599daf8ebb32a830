/**
 * Normalisation of typed or pasted code input (证件号码、代码) before it is checked.
 *
 * Chinese input methods often produce full-width (全角) characters, and numbers are copied with spaces
 * between groups: both are harmless and are undone here. Nothing else is changed (no case folding).
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_TO_HALF_OFFSET = 0xfee0;
/** \s covers ASCII whitespace, no-break space, the ideographic space U+3000 and the BOM. */
const WHITESPACE = /\s+/g;

/**
 * Full-width ASCII (＠ to ～, e.g. １２３Ｘ) becomes half-width and all whitespace is removed.
 * A non-string (from untyped callers) normalises to ''.
 */
export function normaliseCodeInput(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_TO_HALF_OFFSET))
    .replace(WHITESPACE, '');
}

/** Length in Unicode code points (what a person counts), not UTF-16 units. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ch of value) n += 1;
  return n;
}

/**
 * A character quoted for a message: “I”, or U+0007 for an invisible or control character
 * (so that a message never carries a raw control character into the UI or a log).
 */
export function describeCharacter(ch: string): string {
  if (ch.length === 0 || /^[\p{C}\p{Z}]$/u.test(ch)) {
    const cp = ch.codePointAt(0) ?? 0;
    return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `“${ch}”`;
}

/**
 * The first code point of `value` that fails `allowed`, with its 1-based position in code points,
 * or null when every character is allowed.
 */
export function firstBadCharacter(
  value: string,
  allowed: (ch: string, index: number) => boolean,
): { readonly character: string; readonly position: number } | null {
  let index = 0;
  for (const ch of value) {
    if (!allowed(ch, index)) return { character: ch, position: index + 1 };
    index += 1;
  }
  return null;
}

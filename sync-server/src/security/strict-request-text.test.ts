/**
 * The text check in front of the JSON parser (http/strict-request-text.ts): as a property, it refuses
 * exactly the texts whose parsed value holds a NUL or an unpaired surrogate, or nests too deep, and accepts
 * every other JSON value, escaped or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextProblem, MAX_JSON_DEPTH } from '../http/strict-request-text';

/** Whether a parsed JSON value holds a NUL or an unpaired surrogate in any string or key. */
function hasBadCharacter(value: unknown): boolean {
  const isBad = (text: string) => text.includes('\u0000') || !text.isWellFormed();
  if (typeof value === 'string') return isBad(value);
  if (Array.isArray(value)) return value.some(hasBadCharacter);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, inner]) => isBad(key) || hasBadCharacter(inner));
  return false;
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null)
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

/** JSON text of a value, sometimes with every non-ASCII character written as a \u escape. */
const textOf = (value: unknown, isEscaped: boolean) => {
  const text = JSON.stringify(value);
  return isEscaped
    ? text.replace(
        /[\u0080-\uffff]/g,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : text;
};

describe('jsonTextProblem', () => {
  it('refuses exactly the values with a NUL or an unpaired surrogate', () => {
    const value = fc.jsonValue({ maxDepth: 4 }).chain((json) =>
      fc.oneof(
        fc.constant(json),
        fc.string({ unit: 'binary', maxLength: 8 }).map((text) => ({ json, text })),
        fc
          .constantFrom('\u0000', 'a\ud800', '\udc00b', '\ud83d\ude42', '\\u0000', '青石村')
          .map((text) => [json, text]),
      ),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (json, isEscaped) => {
        const text = textOf(json, isEscaped);
        const expected = hasBadCharacter(JSON.parse(text)) ? 'bad_character' : null;
        expect(jsonTextProblem(text, 64)).toBe(expected);
      }),
      { seed: 5_150, numRuns: 2_000 },
    );
  });

  it('refuses nesting deeper than the limit, and only that', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.boolean(), (depth, isArray) => {
        const text = isArray
          ? `${'['.repeat(depth)}${']'.repeat(depth)}`
          : `${'{"a":'.repeat(depth)}"[[[{{{"${'}'.repeat(depth)}`;
        expect(depthOf(JSON.parse(text === '' ? 'null' : text))).toBe(depth);
        expect(jsonTextProblem(text)).toBe(depth > MAX_JSON_DEPTH ? 'too_deep' : null);
      }),
      { seed: 5_151, numRuns: 300 },
    );
  });
});

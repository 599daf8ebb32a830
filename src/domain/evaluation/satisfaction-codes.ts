/**
 * Numeric satisfaction codes, mapped only at interfaces (the level itself is stored by name):
 * - GB/T 39046-2020: 1 = 非常满意 … 5 = 非常不满意;
 * - provincial score (some provincial 好差评 APIs): 5 = 非常满意 … 1 = 非常不满意.
 * The reverse mappings return a typed failure for anything but the integers 1–5 (strings included).
 */
import { SATISFACTION_LEVELS, type SatisfactionLevel } from './satisfaction';

export type SatisfactionCode = 1 | 2 | 3 | 4 | 5;

export type SatisfactionCodeResult =
  { ok: true; level: SatisfactionLevel } | { ok: false; code: 'invalid_code'; message: string };

const GB_CODES: Readonly<Record<SatisfactionLevel, SatisfactionCode>> = {
  非常满意: 1,
  满意: 2,
  基本满意: 3,
  不满意: 4,
  非常不满意: 5,
};

const PROVINCIAL_SCORES: Readonly<Record<SatisfactionLevel, SatisfactionCode>> = {
  非常满意: 5,
  满意: 4,
  基本满意: 3,
  不满意: 2,
  非常不满意: 1,
};

function levelOf(
  table: Readonly<Record<SatisfactionLevel, SatisfactionCode>>,
  value: unknown,
  scheme: string,
): SatisfactionCodeResult {
  const level = SATISFACTION_LEVELS.find((l) => table[l] === value);
  if (level !== undefined) return { ok: true, level };
  const shown = typeof value === 'string' ? `"${value.slice(0, 20)}"` : String(value).slice(0, 20);
  return { ok: false, code: 'invalid_code', message: `${scheme}满意度代码应为1到5的整数，收到 ${shown}` };
}

/** GB/T 39046 code: 1 = 非常满意 … 5 = 非常不满意. */
export function toGbCode(level: SatisfactionLevel): SatisfactionCode {
  return GB_CODES[level];
}

/** Level of a GB/T 39046 code; typed failure for anything but 1–5. */
export function fromGbCode(code: unknown): SatisfactionCodeResult {
  return levelOf(GB_CODES, code, 'GB/T 39046 ');
}

/** Provincial score: 5 = 非常满意 … 1 = 非常不满意. */
export function toProvincialScore(level: SatisfactionLevel): SatisfactionCode {
  return PROVINCIAL_SCORES[level];
}

/** Level of a provincial score; typed failure for anything but 1–5. */
export function fromProvincialScore(score: unknown): SatisfactionCodeResult {
  return levelOf(PROVINCIAL_SCORES, score, '省级接口');
}

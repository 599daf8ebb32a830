/**
 * 好差评 — satisfaction levels (国办发〔2019〕51号, GB/T 39734/39735-2020).
 *
 * Stored by name: the numeric codes run opposite ways in different standards
 * (1 = 非常满意 in GB/T 39046, 5 = 非常满意 in some provincial APIs), so numbers are
 * mapped only at each interface (satisfaction-codes.ts).
 */
import { z } from 'zod';

export const SATISFACTION_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export const satisfactionLevelSchema = z.enum(SATISFACTION_LEVELS);
export type SatisfactionLevel = z.infer<typeof satisfactionLevelSchema>;

/** 差评: the two negative levels. Each needs a reason, a 回访 and a 整改. */
export const NEGATIVE_LEVELS = ['不满意', '非常不满意'] as const satisfies readonly SatisfactionLevel[];

/**
 * Levels counted as satisfied in 满意率. Choice: 基本满意 counts as satisfied, because 满意率 is commonly
 * reported as the share of 好评 and only 不满意 / 非常不满意 are 差评; a stricter rate (非常满意 + 满意 only)
 * can be computed from the levels, which are stored by name.
 */
export const SATISFIED_LEVELS = [
  '非常满意',
  '满意',
  '基本满意',
] as const satisfies readonly SatisfactionLevel[];

const negative: ReadonlySet<SatisfactionLevel> = new Set(NEGATIVE_LEVELS);
const satisfied: ReadonlySet<SatisfactionLevel> = new Set(SATISFIED_LEVELS);

/** True for a level of SATISFACTION_LEVELS (for values read from outside). */
export function isSatisfactionLevel(value: unknown): value is SatisfactionLevel {
  return satisfactionLevelSchema.safeParse(value).success;
}

/** 差评: 不满意 or 非常不满意. */
export function isNegative(level: SatisfactionLevel): boolean {
  return negative.has(level);
}

/** A 差评 must give a reason (文字评价). Same levels as isNegative, kept apart so the rules can diverge. */
export function requiresReason(level: SatisfactionLevel): boolean {
  return negative.has(level);
}

/** Counted as satisfied in 满意率: 非常满意, 满意, 基本满意 (see SATISFIED_LEVELS). */
export function isSatisfied(level: SatisfactionLevel): boolean {
  return satisfied.has(level);
}

/** 满意率: the share of satisfied evaluations in [0, 1]; null when there are none. */
export function satisfactionRate(levels: Iterable<SatisfactionLevel>): number | null {
  let total = 0;
  let count = 0;
  for (const level of levels) {
    total++;
    if (satisfied.has(level)) count++;
  }
  return total === 0 ? null : count / total;
}

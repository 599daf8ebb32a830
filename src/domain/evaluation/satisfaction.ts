/**
 * 好差评 — satisfaction levels (国办发〔2019〕51号, GB/T 39734/39735-2020).
 *
 * Stored by name: the numeric codes run opposite ways in different standards
 * (1 = 非常满意 in GB/T 39046, 5 = 非常满意 in some provincial APIs), so numbers are
 * mapped only at each interface.
 */
import { z } from 'zod';

export const SATISFACTION_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export const satisfactionLevelSchema = z.enum(SATISFACTION_LEVELS);
export type SatisfactionLevel = z.infer<typeof satisfactionLevelSchema>;

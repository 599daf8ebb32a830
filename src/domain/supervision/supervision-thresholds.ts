/**
 * 电子监察 thresholds, set per district (区) by the supervisor: one record per 6-digit 行政区划 code.
 * All counts are working days (工作日, 行政许可法 §82).
 */
import { z } from 'zod';

export const supervisionThresholdsSchema = z.object(
  {
    /** 黄灯 预警 when this many working days or fewer remain (0 = only on the due date). */
    yellowWorkingDays: z
      .number({ error: '黄灯预警天数应为数字' })
      .int({ error: '黄灯预警天数应为整数' })
      .min(0, { error: '黄灯预警天数不能小于0' })
      .max(10, { error: '黄灯预警天数不能超过10个工作日' })
      .default(2),
    /**
     * 一次性告知 due within this many working days of 收件 (0 = 当场告知).
     * 行政许可法 §32 allows at most five days, so more is refused.
     */
    correctionNoticeDays: z
      .number({ error: '一次性告知期限应为数字' })
      .int({ error: '一次性告知期限应为整数' })
      .min(0, { error: '一次性告知期限不能小于0' })
      .max(5, { error: '一次性告知期限不能超过5个工作日（行政许可法第三十二条）' })
      .default(5),
    /** 差评整改 within this many working days of the evaluation; local rules range from 5 to 15. */
    rectificationWorkingDays: z
      .number({ error: '差评整改期限应为数字' })
      .int({ error: '差评整改期限应为整数' })
      .min(5, { error: '差评整改期限应为5到15个工作日' })
      .max(15, { error: '差评整改期限应为5到15个工作日' })
      .default(10),
    /** 差评回访 within this many working days of the evaluation. */
    returnVisitWorkingDays: z
      .number({ error: '差评回访期限应为数字' })
      .int({ error: '差评回访期限应为整数' })
      .min(1, { error: '差评回访期限不能少于1个工作日' })
      .max(10, { error: '差评回访期限不能超过10个工作日' })
      .default(3),
  },
  { error: '监察阈值应为一个对象' },
);
export type SupervisionThresholds = z.output<typeof supervisionThresholdsSchema>;
/** What an admin may send: every field optional, defaults fill the rest. */
export type SupervisionThresholdsInput = z.input<typeof supervisionThresholdsSchema>;

/** The defaults: 黄灯 at ≤ 2 remaining, 一次性告知 within 5, 回访 within 3, 整改 within 10 working days. */
export const DEFAULT_SUPERVISION_THRESHOLDS: Readonly<SupervisionThresholds> = Object.freeze(
  supervisionThresholdsSchema.parse({}),
);

export type SupervisionThresholdsParseResult =
  | { ok: true; thresholds: SupervisionThresholds }
  | { ok: false; issues: readonly { path: string; message: string }[]; message: string };

/** Validates thresholds sent by an admin (missing fields take the defaults). Never throws. */
export function parseSupervisionThresholds(value: unknown): SupervisionThresholdsParseResult {
  const result = supervisionThresholdsSchema.safeParse(value, { error: z.locales.zhCN().localeError });
  if (result.success) return { ok: true, thresholds: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return { ok: false, issues, message: issues.map((i) => i.message).join('；') };
}

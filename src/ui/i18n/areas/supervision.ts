/**
 * Messages of one area: 电子监察 and dashboards (overdue list, thresholds, 差评回访整改, ECharts dashboards, monthly report).
 * Keys start with 'supervision.'; `supervisionEn` must have exactly the keys of `supervisionZh` (a type error otherwise).
 */
export const supervisionZh = {} as const satisfies Record<string, string>;

export const supervisionEn = {} satisfies Record<keyof typeof supervisionZh, string>;

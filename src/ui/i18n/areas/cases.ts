/**
 * Messages of one area: 办件 (agent's cases: list, detail, 补正, 送达, 好差评, station statistics).
 * Keys start with 'cases.'; `casesEn` must have exactly the keys of `casesZh` (a type error otherwise).
 */
export const casesZh = {} as const satisfies Record<string, string>;

export const casesEn = {} satisfies Record<keyof typeof casesZh, string>;

/**
 * Messages of one area: 乡镇审核台 (the township review desk: queue, case detail, actions).
 * Keys start with 'review.'; `reviewEn` must have exactly the keys of `reviewZh` (a type error otherwise).
 */
export const reviewZh = {} as const satisfies Record<string, string>;

export const reviewEn = {} satisfies Record<keyof typeof reviewZh, string>;

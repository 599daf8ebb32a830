/**
 * Messages of one area: 系统管理 (catalogue editing and import, users, stations, devices, audit log, holidays).
 * Keys start with 'admin.'; `adminEn` must have exactly the keys of `adminZh` (a type error otherwise).
 */
export const adminZh = {} as const satisfies Record<string, string>;

export const adminEn = {} satisfies Record<keyof typeof adminZh, string>;

/**
 * The intake's and the receipt's paths. src/app/routes.ts owns the route table; these are the paths it
 * should register (see README) and the ones the intake navigates to.
 */
export const INTAKE_PATHS = {
  /** 代办登记 drafts on this device, and a button for a new one. */
  list: '/intake',
  /** Creates a draft and replaces itself with its path. */
  new: '/intake/new',
} as const;

export function intakeDraftPath(draftId: string): string {
  return `${INTAKE_PATHS.list}/${encodeURIComponent(draftId)}`;
}

/** 收件凭证 of a submitted case. */
export function receiptPath(receiptNo: string): string {
  return `/receipt/${encodeURIComponent(receiptNo)}`;
}

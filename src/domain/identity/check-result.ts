/**
 * The result of a check (校验结果): a typed success, or a failure with a machine-readable code and a
 * specific Chinese message for the person at the counter. Checks never throw on bad input and never
 * answer with a bare boolean.
 */

/** The input passed the check; `value` is the normalised, parsed form. */
export interface CheckOk<T> {
  readonly ok: true;
  readonly value: T;
}

/** The input was refused. `message` is Chinese, says what is wrong and, where it helps, where. */
export interface CheckFailure<C extends string> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  /** Absent (or false) on a hard failure; see CheckWarning. */
  readonly isWarning?: false;
}

/**
 * The input failed a check that may be wrong about it (e.g. a genuine older 统一社会信用代码 whose check
 * character does not match): the UI shows `message` and may let the user continue with `value`.
 */
export interface CheckWarning<C extends string, T> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  readonly isWarning: true;
  readonly value: T;
}

/** Success or failure of a check with failure codes C. */
export type CheckResult<T, C extends string> = CheckOk<T> | CheckFailure<C>;

/** A successful CheckResult. */
export function checkOk<T>(value: T): CheckOk<T> {
  return { ok: true, value };
}

/** A failed CheckResult. */
export function checkFailure<C extends string>(code: C, message: string): CheckFailure<C> {
  return { ok: false, code, message };
}

/**
 * Inline checks of the login form, mirroring loginRequestSchema's limits so the user hears about
 * a problem before the request leaves the tablet. Returns message keys for the i18n catalogue.
 */
import type { MessageKey, MessageParams } from '../../ui/i18n/i18n';

export const USERNAME_MAX = 64;
export const PASSWORD_MAX = 256;

export interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

export interface LoginProblems {
  username?: FieldProblem;
  password?: FieldProblem;
}

export function validateLogin(values: { username: string; password: string }): LoginProblems {
  const problems: LoginProblems = {};
  const username = values.username.trim();
  if (username === '') problems.username = { key: 'login.usernameRequired' };
  else if (username.length > USERNAME_MAX)
    problems.username = { key: 'login.usernameTooLong', params: { max: USERNAME_MAX } };
  if (values.password === '') problems.password = { key: 'login.passwordRequired' };
  else if (values.password.length > PASSWORD_MAX)
    problems.password = { key: 'login.passwordTooLong', params: { max: PASSWORD_MAX } };
  return problems;
}

export function hasProblems(problems: LoginProblems): boolean {
  return problems.username !== undefined || problems.password !== undefined;
}

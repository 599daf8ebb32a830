import { describe, expect, it } from 'vitest';
import { loginRequestSchema } from '../../domain/wire/auth-messages';
import { translate } from '../../ui/i18n/i18n';
import { hasProblems, PASSWORD_MAX, USERNAME_MAX, validateLogin } from './login-validation';

describe('validateLogin', () => {
  it('asks for both fields in Chinese when they are empty', () => {
    const problems = validateLogin({ username: '   ', password: '' });
    expect(problems.username && translate('zh-CN', problems.username.key)).toBe('请输入用户名');
    expect(problems.password && translate('zh-CN', problems.password.key)).toBe('请输入密码');
  });

  it('names the limit when a field is too long', () => {
    const problems = validateLogin({
      username: 'a'.repeat(USERNAME_MAX + 1),
      password: 'p'.repeat(PASSWORD_MAX + 1),
    });
    expect(problems.username && translate('zh-CN', problems.username.key, problems.username.params)).toBe(
      '用户名不能超过 64 个字符',
    );
    expect(problems.password?.key).toBe('login.passwordTooLong');
  });

  it('accepts exactly what the wire schema accepts at the edges', () => {
    const values = { username: ` ${'a'.repeat(USERNAME_MAX)} `, password: 'p'.repeat(PASSWORD_MAX) };
    expect(hasProblems(validateLogin(values))).toBe(false);
    expect(loginRequestSchema.safeParse({ ...values, deviceName: '' }).success).toBe(true);
  });
});

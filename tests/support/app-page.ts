/** Driving the app's own screens in a test, the way a person would. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD_FOR_TESTS } from './server-api';

/** Fills the login form (用户名 / 密码) and submits it; the caller waits for what it expects next. */
export async function signInOnPage(
  page: Page,
  username: string,
  password = DEMO_PASSWORD_FOR_TESTS,
): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

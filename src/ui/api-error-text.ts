/**
 * The text to show for a failed API call. In Chinese, the server's own message when it sent one (it is
 * written for people and often more specific, e.g. 该设备已登记给其他用户); otherwise, and in English, the
 * catalogue's wording for codes the app knows, else the error's own message.
 */
import { isApiClientError, isKnownErrorCode } from '../sync/api-client';
import { isMessageKey, type Language, type Translate } from './i18n/i18n';

export function apiErrorText(error: unknown, t: Translate, language: Language): string {
  if (!isApiClientError(error)) return t('apiError.unknown_error');
  if (language === 'zh-CN' && error.serverMessage?.trim()) return error.serverMessage;
  const key = `apiError.${error.code}`;
  if (isKnownErrorCode(error.code) && isMessageKey(key)) return t(key);
  return error.message;
}

import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../sync/api-client';
import { translate, type Language, type MessageKey, type MessageParams } from './i18n/i18n';
import { apiErrorText } from './api-error-text';

const tr = (language: Language) => (key: MessageKey, params?: MessageParams) =>
  translate(language, key, params);

describe('apiErrorText', () => {
  const forbidden = new ApiClientError({
    code: 'forbidden',
    status: 403,
    serverMessage: '该设备已登记给其他用户，请联系管理员',
  });

  it("shows the server's own Chinese message in Chinese", () => {
    expect(apiErrorText(forbidden, tr('zh-CN'), 'zh-CN')).toBe('该设备已登记给其他用户，请联系管理员');
  });

  it('shows the catalogue wording in English, and for failures without a server message', () => {
    expect(apiErrorText(forbidden, tr('en'), 'en')).toBe('You are not allowed to do this');
    const offline = new ApiClientError({ code: 'network_error', status: 0 });
    expect(apiErrorText(offline, tr('zh-CN'), 'zh-CN')).toBe('无法连接服务器，请检查网络');
  });

  it('falls back to a generic message for anything that is not an API error', () => {
    expect(apiErrorText(new Error('boom'), tr('zh-CN'), 'zh-CN')).toBe('发生未知错误，请稍后重试');
  });
});

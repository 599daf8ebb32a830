import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOGUES, formatMessage, isLanguage, placeholdersOf, translate, LANGUAGES } from './i18n';
import { zhCN, type MessageKey } from './zh-CN';

const keys = Object.keys(zhCN).sort() as MessageKey[];

describe('i18n catalogues', () => {
  it('has exactly the same keys in every language', () => {
    for (const language of LANGUAGES) expect(Object.keys(CATALOGUES[language]).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('uses the same {params} in every language, so no translation drops a value', () => {
    for (const key of keys) expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(zhCN[key]));
  });

  it('has no empty message', () => {
    for (const language of LANGUAGES) {
      for (const key of keys) expect(CATALOGUES[language][key].trim(), `${language} ${key}`).not.toBe('');
    }
  });
});

describe('translate', () => {
  it('interpolates parameters in Chinese and English', () => {
    expect(translate('zh-CN', 'catalogue.promisedDays', { days: 20 })).toBe('承诺 20 个工作日');
    expect(translate('en', 'catalogue.promisedDays', { days: 20 })).toBe('Promised in 20 working days');
  });

  it('leaves an unknown parameter visible instead of printing undefined', () => {
    expect(formatMessage('{a} 和 {b}', { a: 1 })).toBe('1 和 {b}');
    expect(formatMessage('无参数')).toBe('无参数');
  });

  it('recognises only the supported languages', () => {
    expect(isLanguage('zh-CN')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});

/**
 * Message lookup and `{param}` interpolation. Pure: the current language lives in `language-store`,
 * and `useT()` binds the two for components.
 */
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': zhCN,
  en,
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(zhCN, value);
}

/** Replaces `{name}` with `params.name`; an unknown parameter stays visible as `{name}`. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(CATALOGUES[language][key] ?? zhCN[key], params);
}

/** The `{param}` names a template uses, sorted (used by the catalogue parity test). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

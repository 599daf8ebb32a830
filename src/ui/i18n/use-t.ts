import { useCallback } from 'react';
import { translate, type Language, type MessageKey, type MessageParams, type Translate } from './i18n';
import { useLanguageStore } from './language-store';

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}

/** `t(key, params)` in the current language; components re-render when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback(
    (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    [language],
  );
}

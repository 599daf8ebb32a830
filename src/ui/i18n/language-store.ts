/**
 * The UI language. The app wires persistence at start-up (src/app/language-persistence.ts),
 * so this module stays free of storage access.
 */
import { create } from 'zustand';
import { DEFAULT_LANGUAGE, type Language } from './i18n';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: DEFAULT_LANGUAGE,
  setLanguage: (language) => set({ language }),
}));

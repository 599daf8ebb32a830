/**
 * Keeps the UI language across restarts: read once at start-up, written on every change,
 * and mirrored to <html lang> so screen readers and fonts pick the right language.
 */
import { loadPreferredLanguage, savePreferredLanguage } from '../db/device-identity';
import { isLanguage } from '../ui/i18n/i18n';
import { useLanguageStore } from '../ui/i18n/language-store';

export function startLanguagePersistence(): () => void {
  const stored = loadPreferredLanguage();
  if (isLanguage(stored)) useLanguageStore.getState().setLanguage(stored);
  document.documentElement.lang = useLanguageStore.getState().language;
  return useLanguageStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    savePreferredLanguage(state.language);
    document.documentElement.lang = state.language;
  });
}

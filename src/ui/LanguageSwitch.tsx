import { useLanguageStore } from './i18n/language-store';
import { useLanguage, useT } from './i18n/use-t';

/** One button that switches between 中文 and English; its text is the language it switches to. */
export function LanguageSwitch({ className = 'db-language-switch' }: { className?: string }) {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  const next = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className={className}
      lang={next}
      title={t('language.switchLabel')}
      onClick={() => setLanguage(next)}
    >
      {t('language.switchTo')}
    </button>
  );
}

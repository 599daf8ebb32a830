import type { ReactNode } from 'react';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';

/** A line of feedback after an action: success (polite) or failure (assertive, with the server's reason). */
export function AdminNotice({ tone, children }: { tone: 'success' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`db-admin-notice db-admin-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A failed server call in words (the server's own Chinese message when it sent one). */
export function ApiErrorNotice({ error, prefix }: { error: unknown; prefix?: string }) {
  const t = useT();
  const language = useLanguage();
  const text = apiErrorText(error, t, language);
  return <AdminNotice tone="error">{prefix ? `${prefix}${text}` : text}</AdminNotice>;
}

import { Button } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../ui/i18n/use-t';
import { useTaskStore } from './task-store';
import './update-prompt.css';

const UPDATE_CHECK_MS = 60 * 60 * 1000;
const RELOAD_FALLBACK_MS = 4_000;

/**
 * Announces a new app version (registerType 'prompt'): the new service worker waits until the user
 * taps 「立即更新」. While a task is in progress (`isBusyWithTask`, e.g. the intake wizard) the banner
 * stays hidden, so an update never lands in the middle of an intake.
 */
export function UpdatePrompt() {
  const t = useT();
  const isBusyWithTask = useTaskStore((state) => state.isBusyWithTask);
  const [isUpdating, setUpdating] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      console.error('Daiban: service worker registration failed', error);
    },
  });

  useEffect(() => {
    if (!offlineReady) return undefined;
    const timer = setTimeout(() => setOfflineReady(false), 8_000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh && !isBusyWithTask) {
    return (
      <section className="db-update" role="alert" aria-labelledby="db-update-title">
        <div className="db-update__text">
          <p id="db-update-title" className="db-update__title">
            {t('update.available')}
          </p>
          <p className="db-update__hint">{t('update.availableHint')}</p>
        </div>
        <div className="db-update__actions">
          <Button
            color="primary"
            loading={isUpdating}
            onClick={() => {
              setUpdating(true);
              void updateServiceWorker(true);
              // The new worker reloads the page when it takes control; a page it does not control
              // (first visit in this tab) gets no such signal, so reload after a moment regardless.
              setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
            }}
          >
            {t('update.apply')}
          </Button>
          <Button fill="outline" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </Button>
        </div>
      </section>
    );
  }

  if (offlineReady) {
    return (
      <section className="db-update db-update--info" role="status">
        <p className="db-update__title">{t('update.offlineReady')}</p>
        <Button fill="outline" onClick={() => setOfflineReady(false)}>
          {t('update.dismiss')}
        </Button>
      </section>
    );
  }
  return null;
}

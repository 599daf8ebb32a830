import { Button } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { syncStatusStore } from '../../sync/sync-status-store';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { elapsedText } from '../../ui/sync-status/elapsed-text';

/** 同步状态 on the home: reachable or not, what waits to upload, the last sync, and 「立即同步」. */
export function StationSyncPanel() {
  const t = useT();
  const language = useLanguage();
  const status = useStore(syncStatusStore);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const { connectivity, pendingRecords, pendingPhotos, lastSyncedAt } = status;
  const state =
    connectivity === 'online'
      ? t('sync.online')
      : connectivity === 'offline'
        ? t('sync.offline')
        : t('sync.checking');
  const waiting =
    pendingRecords + pendingPhotos === 0
      ? t('sync.allUploaded')
      : t('sync.pending', { records: pendingRecords, photos: pendingPhotos });
  const last =
    lastSyncedAt === null
      ? t('sync.neverSynced')
      : t('sync.lastSync', { time: elapsedText(lastSyncedAt, Math.max(now, lastSyncedAt), t, language) });
  return (
    <section
      className={`db-station__panel db-station__sync db-station__sync--${connectivity}`}
      aria-labelledby="station-sync"
    >
      <h2 id="station-sync" className="db-station__heading">
        {t('cases.station.sync')}
      </h2>
      <p className="db-station__sync-state">
        <span className="db-station__sync-dot" aria-hidden="true" />
        {state}
      </p>
      <p data-testid="station-sync-waiting">{waiting}</p>
      <p className="db-station__note">{last}</p>
      {connectivity === 'offline' ? (
        <p className="db-station__note">{t('cases.station.offlineHint')}</p>
      ) : null}
      <Button size="small" fill="outline" onClick={status.syncNow} disabled={connectivity === 'offline'}>
        {t('sync.syncNow')}
      </Button>
    </section>
  );
}

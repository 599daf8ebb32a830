/**
 * Provides the intake's and the receipt's services on the unlocked device database to the screens
 * under it. Without local data (no IndexedDB, or not unlocked) `RequireLocalServices` explains why.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { createOfficialWorkingDayCalendar } from '../domain/calendar';
import { IntakeServicesContext } from '../features/intake/intake-services';
import { ReceiptSourceContext } from '../features/receipt/receipt-source';
import { api } from './api';
import { CaseServicesContext, createLocalCaseServices } from './case-services';
import { useDeviceStore } from './device-store';
import { createPhotoDownload } from './photo-download';
import { createLocalIntakeServices, createLocalReceiptSource } from './local-intake-services';
import { useSessionStore, useSessionUser } from './session-store';

/** Evicted photos come back from the server with the session's token (see src/db/photo-eviction.ts). */
const downloadPhoto = createPhotoDownload({
  getAccessToken: () => useSessionStore.getState().accessToken,
  refreshSession: () => api.refreshSession(),
});

/** 法定工作日: the official schedules (an uploaded next year reaches the server's reducer; see #6 admin). */
const calendar = createOfficialWorkingDayCalendar();

/** The case store's warm-up waits this long after unlock, for the first screen to render. */
const WARM_UP_DELAY_MS = 300;

export function LocalServicesProvider({ children }: { children: ReactNode }) {
  const db = useDeviceStore((state) => state.db);
  const keys = useDeviceStore((state) => state.keys);
  const user = useSessionUser();
  const deviceId = useSessionStore((state) => state.deviceId);
  const services = useMemo(() => {
    if (!db || !keys || !user || db.closed) return null;
    const context = { db, keys, user, deviceId: deviceId ?? '', downloadPhoto };
    return {
      intake: createLocalIntakeServices(context),
      receipt: createLocalReceiptSource(context),
      cases: createLocalCaseServices({ ...context, calendar }),
    };
  }, [db, keys, user, deviceId]);
  // Open the case heads in the background once the first screen after unlock is up: the first case list
  // then shows at once instead of decrypting every head on the click (about 1 s at 10,000 cases).
  useEffect(() => {
    if (!services || !db) return undefined;
    let isStopped = false;
    const timer = setTimeout(() => {
      void services.cases.store.warmUp(() => isStopped || db.closed).catch(() => 0);
    }, WARM_UP_DELAY_MS);
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [services, db]);
  return (
    <IntakeServicesContext.Provider value={services?.intake ?? null}>
      <ReceiptSourceContext.Provider value={services?.receipt ?? null}>
        <CaseServicesContext.Provider value={services?.cases ?? null}>
          {children}
        </CaseServicesContext.Provider>
      </ReceiptSourceContext.Provider>
    </IntakeServicesContext.Provider>
  );
}

/**
 * Provides the intake's and the receipt's services on the unlocked device database to the screens
 * under it. Without local data (no IndexedDB, or not unlocked) `RequireLocalServices` explains why.
 */
import { useMemo, type ReactNode } from 'react';
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

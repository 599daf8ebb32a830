/**
 * Online data of the 电子监察 screens, through the app's API client: the overdue list, the 差评 follow-ups,
 * the district's thresholds, and the region names for labels. Validated with zod; nothing is stored on the
 * device (the lists hold case references only, and the screens are for township and district staff online).
 */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import { FOLLOW_UP_STATUSES } from '../../domain/evaluation/follow-up';
import { SATISFACTION_LEVELS } from '../../domain/evaluation/satisfaction';
import { STEP_TIMING_STATES } from '../../domain/supervision/step-timing';
import type { Validator } from '../../sync/api-client';
import { CASE_STATUSES } from '../../domain/case/case-types';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  reload(): void;
}

/** GET `path` (null: not yet) validated with `schema`; reloads when the path changes or on `reload()`. */
export function useLoaded<T>(path: string | null, schema: Validator<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: unknown }>({
    key: null,
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const key = path === null ? null : `${path}#${String(attempt)}`;
  useEffect(() => {
    if (path === null || key === null) return;
    const controller = new AbortController();
    api
      .get(path, { schema, signal: controller.signal, timeoutMs: 60_000 })
      .then((data) => setState({ key, data, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ key, data: null, error });
      });
    return () => controller.abort();
  }, [path, key, schema]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const isCurrent = state.key === key;
  // while reloading the same path, keep showing the last answer (no flash of the loading state)
  const isSamePath = state.key !== null && path !== null && state.key.startsWith(`${path}#`);
  return {
    data: isCurrent || isSamePath ? state.data : null,
    error: isCurrent ? state.error : null,
    isLoading: path !== null && !isCurrent,
    reload,
  };
}

const thresholdsSchema = z.object({
  yellowWorkingDays: z.number(),
  correctionNoticeDays: z.number(),
  rectificationWorkingDays: z.number(),
  returnVisitWorkingDays: z.number(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const thresholdsAnswerSchema = z.object({
  district: z.string(),
  thresholds: thresholdsSchema,
  isDefault: z.boolean(),
  setAt: z.string().nullable(),
  setByName: z.string().nullable(),
  defaults: thresholdsSchema,
  history: z.array(z.object({ thresholds: thresholdsSchema, setAt: z.string(), setByName: z.string() })),
});
export type ThresholdsAnswer = z.infer<typeof thresholdsAnswerSchema>;

const overdueRowSchema = z.object({
  caseId: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  regionCode: z.string(),
  status: z.enum(CASE_STATUSES),
  handlingLevel: z.enum(['township', 'district']),
  kind: z.enum(['deadline', 'notice']),
  light: z.enum(['red', 'yellow']),
  due: z.string(),
  remainingWorkingDays: z.number(),
  overdueWorkingDays: z.number(),
  isPaused: z.boolean(),
});
export type OverdueRow = z.infer<typeof overdueRowSchema>;

export const overdueAnswerSchema = z.object({
  scope: z.string(),
  today: z.string(),
  thresholds: thresholdsSchema,
  counts: z.object({ red: z.number(), yellow: z.number() }),
  by: z.enum(['township', 'village']),
  regions: z.array(
    z.object({
      key: z.string(),
      red: z.number(),
      yellow: z.number(),
      followUpsOpen: z.number(),
      followUpsOverdue: z.number(),
    }),
  ),
  rows: z.array(overdueRowSchema),
});
export type OverdueAnswer = z.infer<typeof overdueAnswerSchema>;

const stepSchema = z.object({ on: z.string(), by: z.string() });
const timingSchema = z.object({
  state: z.enum(STEP_TIMING_STATES),
  due: z.string(),
  overdueWorkingDays: z.number(),
});
export const followUpRowSchema = z.object({
  caseId: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  regionCode: z.string(),
  level: z.enum(SATISFACTION_LEVELS),
  reason: z.string(),
  evaluatedAt: z.string(),
  revision: z.number(),
  followUp: z.object({
    evaluatedOn: z.string(),
    returnVisitDue: z.string(),
    rectificationDue: z.string(),
    status: z.enum(FOLLOW_UP_STATUSES),
    returnVisit: stepSchema.extend({ summary: z.string() }).nullable(),
    rectification: stepSchema.extend({ measures: z.string() }).nullable(),
    closure: stepSchema.extend({ note: z.string() }).nullable(),
  }),
  timing: z.object({
    returnVisit: timingSchema,
    rectification: timingSchema,
    overdue: z.boolean(),
    late: z.boolean(),
  }),
});
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

export const followUpsAnswerSchema = z.object({
  scope: z.string(),
  today: z.string(),
  summary: z.object({
    total: z.number(),
    open: z.number(),
    overdue: z.number(),
    closed: z.number(),
    late: z.number(),
  }),
  rows: z.array(followUpRowSchema),
});
export type FollowUpsAnswer = z.infer<typeof followUpsAnswerSchema>;

const regionsSchema = z.array(z.object({ code: z.string(), name: z.string() }));
let regionCache: { userId: string; names: Promise<ReadonlyMap<string, string>> } | null = null;

/** 12-digit region code → name, for the user's jurisdiction (empty until loaded; codes are shown meanwhile). */
export function useRegionNames(): ReadonlyMap<string, string> {
  const userId = useSessionStore((state) => state.user?.id ?? '');
  const [names, setNames] = useState<{ userId: string; map: ReadonlyMap<string, string> }>({
    userId: '',
    map: new Map(),
  });
  useEffect(() => {
    if (regionCache === null || regionCache.userId !== userId) {
      const names = api
        .get('/api/regions', { schema: regionsSchema })
        .then((regions) => new Map(regions.map((r) => [r.code, r.name])));
      names.catch(() => {
        regionCache = null; // tried again on the next screen
      });
      regionCache = { userId, names };
    }
    let isActive = true;
    regionCache.names.then(
      (map) => {
        if (isActive) setNames({ userId, map });
      },
      () => undefined,
    );
    return () => {
      isActive = false;
    };
  }, [userId]);
  return names.userId === userId ? names.map : new Map();
}

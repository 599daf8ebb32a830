/**
 * Online reads of the dashboards (they show the server's figures; nothing is kept on the device): one GET
 * through the app's API client, validated, re-run when the path changes, cancelled on unmount; `reload` for
 * the retry button. Reference lists (regions, item names) are cached per signed-in user for the session.
 */
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import type { Validator } from '../../sync/api-client';
import type { RegionEntry } from './dashboard-model';

export interface ServerData<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  reload(): void;
}

/** GET `path` (null: nothing to load yet) validated with `schema`. */
export function useServerData<T>(path: string | null, schema: Validator<T>): ServerData<T> {
  const [state, setState] = useState<{ path: string | null; data: T | null; error: unknown }>({
    path: null,
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api
      .get(path, { schema, signal: controller.signal, timeoutMs: 60_000 })
      .then((data) => setState({ path, data, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ path, data: null, error });
      });
    return () => controller.abort();
  }, [path, schema, attempt]);
  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, path: null, error: null }));
    setAttempt((n) => n + 1);
  }, []);
  const isCurrent = state.path === path;
  return {
    data: isCurrent ? state.data : null,
    error: isCurrent ? state.error : null,
    isLoading: path !== null && !isCurrent,
    reload,
  };
}

const regionsSchema = z.array(
  z.object({ code: z.string(), name: z.string(), level: z.enum(['county', 'township', 'village']) }),
);
const catalogueSchema = z.array(z.object({ code: z.string(), name: z.string() }));

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(key) as Promise<T> | undefined;
  if (entry === undefined) {
    entry = load().catch((error: unknown) => {
      cache.delete(key); // a failed load is tried again next time
      throw error;
    });
    cache.set(key, entry);
  }
  return entry;
}

export interface ReferenceNames {
  regions: RegionEntry[];
  regionNames: ReadonlyMap<string, string>;
  itemNames: ReadonlyMap<string, string>;
}

/** The regions of the user's jurisdiction (with its ancestors) and the catalogue's item names. */
export function useReferenceNames(): { names: ReferenceNames | null; error: unknown; reload(): void } {
  const userId = useSessionStore((state) => state.user?.id ?? '');
  const [result, setResult] = useState<{ userId: string; names: ReferenceNames | null; error: unknown }>({
    userId: '',
    names: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isActive = true;
    Promise.all([
      cached(`regions:${userId}`, () => api.get('/api/regions', { schema: regionsSchema })),
      cached(`catalogue:${userId}`, () => api.get('/api/catalogue', { schema: catalogueSchema })),
    ])
      .then(([regions, items]) => {
        if (!isActive) return;
        setResult({
          userId,
          error: null,
          names: {
            regions,
            regionNames: new Map(regions.map((r) => [r.code, r.name])),
            itemNames: new Map(items.map((i) => [i.code, i.name])),
          },
        });
      })
      .catch((error: unknown) => {
        if (isActive) setResult({ userId, names: null, error });
      });
    return () => {
      isActive = false;
    };
  }, [userId, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const isCurrent = result.userId === userId;
  return { names: isCurrent ? result.names : null, error: isCurrent ? result.error : null, reload };
}

const figuresSchema = z.object({
  submitted: z.number(),
  accepted: z.number(),
  decided: z.number(),
  acceptedDecided: z.number(),
  acceptedWithdrawn: z.number(),
  overdue: z.number(),
  workingDaysTotal: z.number(),
  ratings: z.number(),
  satisfied: z.number(),
  consultations: z.number(),
  completionRate: z.number().nullable(),
  averageWorkingDays: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
});

/** GET /api/reports/indicators: the figures of a period and scope, grouped when asked. */
export const indicatorsAnswerSchema = z.object({
  scope: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  total: figuresSchema,
  by: z.enum(['month', 'township', 'village', 'item']).optional(),
  rows: z.array(z.object({ key: z.string(), figures: figuresSchema })).optional(),
});
export type IndicatorsAnswer = z.infer<typeof indicatorsAnswerSchema>;

/** The path of GET /api/reports/indicators. */
export function indicatorsPath(options: { from: string; to: string; scope: string; by?: string }): string {
  const query = new URLSearchParams({ from: options.from, to: options.to, scope: options.scope });
  if (options.by !== undefined) query.set('by', options.by);
  return `/api/reports/indicators?${query.toString()}`;
}

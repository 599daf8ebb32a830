/**
 * The one way screens read the service catalogue. Today it is fetched from GET /api/catalogue once per
 * signed-in user and kept in memory; a later issue moves it to RxDB (replicated, offline), and only this
 * file changes.
 */
import { useCallback, useEffect } from 'react';
import { z } from 'zod';
import { create } from 'zustand';
import { api } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import { serviceItemSchema, type ServiceItem } from '../../domain/catalogue/service-item';

interface CatalogueState {
  items: ServiceItem[];
  /** The user the items were loaded for (the catalogue is the district's; a new login reloads). */
  loadedFor: string | null;
  isLoading: boolean;
  error: unknown;
}

const useCatalogueStore = create<CatalogueState>()(() => ({
  items: [],
  loadedFor: null,
  isLoading: false,
  error: null,
}));

const catalogueAnswerSchema = z.union([
  z.array(z.unknown()),
  z.object({ items: z.array(z.unknown()) }).transform((body) => body.items),
]);

let inFlight: Promise<void> | null = null;

/** Keeps every valid item; one malformed item must not hide the whole catalogue. */
export function parseCatalogue(raw: readonly unknown[]): ServiceItem[] {
  const items: ServiceItem[] = [];
  let rejected = 0;
  for (const entry of raw) {
    const parsed = serviceItemSchema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else rejected += 1;
  }
  if (rejected > 0)
    console.warn(`Daiban: ${rejected} catalogue item(s) did not match the schema and are not shown`);
  return items;
}

function load(userId: string): Promise<void> {
  inFlight ??= (async () => {
    useCatalogueStore.setState({ isLoading: true, error: null });
    try {
      const raw = await api.get('/api/catalogue', { schema: catalogueAnswerSchema });
      useCatalogueStore.setState({ items: parseCatalogue(raw), loadedFor: userId, isLoading: false });
    } catch (error) {
      useCatalogueStore.setState({ error, isLoading: false, loadedFor: userId });
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

export interface CatalogueView {
  items: ServiceItem[];
  /** True while loading and nothing is on screen yet. */
  isLoading: boolean;
  error: unknown;
  reload(): void;
}

export function useCatalogue(): CatalogueView {
  const userId = useSessionStore((state) => state.user?.id ?? null);
  const { items, loadedFor, isLoading, error } = useCatalogueStore();

  useEffect(() => {
    if (userId && loadedFor !== userId) void load(userId);
  }, [userId, loadedFor]);

  const reload = useCallback(() => {
    if (userId) void load(userId);
  }, [userId]);

  const isCurrent = loadedFor === userId;
  return {
    items: isCurrent ? items : [],
    isLoading: isLoading || (userId !== null && !isCurrent),
    error: isCurrent ? error : null,
    reload,
  };
}

/** One item by its 实施编码, from the same catalogue. */
export function useServiceItem(code: string): CatalogueView & { item: ServiceItem | undefined } {
  const view = useCatalogue();
  return { ...view, item: view.items.find((item) => item.code === code) };
}

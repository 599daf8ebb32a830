/**
 * The catalogue for the intake: `useCatalogue` (the server's current list) while it answers, else the
 * copy replicated to the device (`IntakeServices.loadLocalCatalogue`), so an intake opened or reloaded
 * offline still knows its item.
 */
import { useEffect, useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { parseCatalogue, useCatalogue, type CatalogueView } from '../catalogue/use-catalogue';
import { useOptionalIntakeServices } from './intake-services';

export function useIntakeCatalogue(): CatalogueView {
  const online = useCatalogue();
  const services = useOptionalIntakeServices();
  const [local, setLocal] = useState<ServiceItem[] | null>(null);
  const loadLocal = services?.loadLocalCatalogue;
  useEffect(() => {
    if (!loadLocal) return;
    let isCurrent = true;
    loadLocal()
      .then((raw) => isCurrent && setLocal(parseCatalogue(raw)))
      .catch(() => isCurrent && setLocal([]));
    return () => {
      isCurrent = false;
    };
  }, [loadLocal]);
  if (online.items.length > 0 || !local || local.length === 0) return online;
  return { items: local, isLoading: false, error: null, reload: online.reload };
}

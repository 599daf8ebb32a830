/**
 * The cases whose applicant has the searched ID number, found by the device's keyed hash
 * (src/db/case-store `caseIdsByIdNumber`): the number itself is never compared in the clear.
 */
import { useEffect, useState } from 'react';
import { useCaseServices } from '../../app/case-services';
import type { CaseQuery } from './case-list-filter';

/** null while the lookup runs (or when the query is no ID number). `revision` re-runs it on new data. */
export function useIdMatches(query: CaseQuery, revision: unknown): ReadonlySet<string> | null {
  const { store } = useCaseServices();
  const idNumber = query.kind === 'idNumber' ? query.idNumber : null;
  const [found, setFound] = useState<{ idNumber: string; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (idNumber === null) return undefined;
    let isCurrent = true;
    store
      .caseIdsByIdNumber(idNumber)
      .then((ids) => isCurrent && setFound({ idNumber, ids }))
      .catch(() => isCurrent && setFound({ idNumber, ids: new Set() }));
    return () => {
      isCurrent = false;
    };
  }, [idNumber, store, revision]);
  return idNumber !== null && found?.idNumber === idNumber ? found.ids : null;
}

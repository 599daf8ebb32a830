/**
 * The photos of a case (material pages, the authorisation signature, the result document) as object URLs:
 * from the device, or downloaded from the server and kept encrypted there (case-services `files.get`), one at
 * a time. Every URL is revoked when the list changes or the screen leaves.
 */
import { useEffect, useState } from 'react';
import type { CaseServices } from '../../app/case-services';

export type PhotoProblem = 'offline' | 'notFound' | 'mismatch' | 'failed';

export type CasePhoto =
  { status: 'loading' } | { status: 'ready'; url: string } | { status: 'unavailable'; problem: PhotoProblem };

function problemOf(error: unknown): PhotoProblem {
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? error.reason : null;
  if (reason === 'offline') return 'offline';
  if (reason === 'not_found') return 'notFound';
  if (reason === 'hash_mismatch') return 'mismatch';
  return 'failed';
}

export function useCasePhotos(
  services: CaseServices,
  hashes: readonly string[],
): ReadonlyMap<string, CasePhoto> {
  const key = [...new Set(hashes)].join(',');
  const [photos, setPhotos] = useState<ReadonlyMap<string, CasePhoto>>(new Map());
  useEffect(() => {
    const unique = key === '' ? [] : key.split(',');
    let isCurrent = true;
    const created: string[] = [];
    setPhotos(new Map(unique.map((hash) => [hash, { status: 'loading' }])));
    const settle = (hash: string, photo: CasePhoto) =>
      setPhotos((current) => new Map(current).set(hash, photo));
    void (async () => {
      for (const hash of unique) {
        if (!isCurrent) return;
        try {
          const blob = await services.files.get(hash);
          if (!isCurrent) return;
          if (!blob) {
            settle(hash, { status: 'unavailable', problem: 'notFound' });
            continue;
          }
          const url = URL.createObjectURL(blob);
          created.push(url);
          settle(hash, { status: 'ready', url });
        } catch (error) {
          if (isCurrent) settle(hash, { status: 'unavailable', problem: problemOf(error) });
        }
      }
    })();
    return () => {
      isCurrent = false;
      for (const url of created) URL.revokeObjectURL(url);
    };
  }, [services, key]);
  return photos;
}

/** Names of the scopes the administration screens show: the district, its townships (9 digits) and stations. */
import { useMemo } from 'react';
import type { StationList } from './admin-api';

export function regionNamesOf(
  stations: StationList | null,
  district: { scope: string; name: string } | null,
): Map<string, string> {
  const names = new Map<string, string>();
  if (district) {
    names.set(district.scope, district.name);
    names.set(district.scope.padEnd(12, '0'), district.name);
  }
  for (const township of stations?.townships ?? []) {
    names.set(township.code.slice(0, 9), township.name);
    names.set(township.code, township.name);
  }
  for (const station of stations?.stations ?? []) names.set(station.code, station.name);
  return names;
}

export function useRegionNames(stations: StationList | null, districtScope: string, districtName: string) {
  return useMemo(
    () => regionNamesOf(stations, districtScope ? { scope: districtScope, name: districtName } : null),
    [stations, districtScope, districtName],
  );
}

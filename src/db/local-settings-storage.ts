/**
 * The browser's localStorage, for small device settings that are not personal (the district's 监察阈值);
 * null when the browser disables it. Citizens' data never goes here: it is sealed in IndexedDB.
 */
export interface LocalSettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function localSettingsStorage(): LocalSettingsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Times on the administration screens, in China Standard Time (UTC+8) whatever the device's zone. Pure. */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** '2026-03-02T01:05:00.000Z' → '2026-03-02 09:05'; '' for a time that is not one. */
export function chinaDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The China date of now, 'YYYY-MM-DD'. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The file name of a Content-Disposition header (RFC 5987 filename* first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

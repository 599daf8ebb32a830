/** The file name a download is saved under, from the server's Content-Disposition. Pure. */

/** The file name of a Content-Disposition header: filename* (UTF-8) first, then filename; null when none. */
export function fileNameOf(disposition: string | null): string | null {
  if (disposition === null) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1] !== undefined) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = plain?.[1]?.trim();
  return name === undefined || name === '' ? null : name;
}

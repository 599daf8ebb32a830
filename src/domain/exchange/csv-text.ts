/**
 * CSV text for spreadsheets (RFC 4180) that Excel opens correctly and safely:
 * - UTF-8 with a byte order mark, so Excel detects UTF-8 and shows Chinese instead of 乱码;
 * - CRLF line ends; a field is quoted when it holds a comma, a double quote, CR or LF (quotes doubled);
 * - formula injection (CSV 注入) neutralised: a text cell starting with = + - @ (or a tab / CR, which
 *   Excel strips before looking) gets a leading single quote, so it is shown as text and never evaluated.
 */

/** U+FEFF: the UTF-8 byte order mark once encoded. */
export const CSV_BOM = '\uFEFF';
const LINE_END = '\r\n';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets: '=1+1' → "'=1+1". Numbers are written as numbers. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as written in the file: null → empty, text neutralised then quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a header and rows, starting with the BOM, every line (the last included) ending CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return CSV_BOM + lines.map((line) => line + LINE_END).join('');
}

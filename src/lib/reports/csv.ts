/**
 * CSV for the tutor's reports, written to open correctly in LibreOffice and Excel:
 * - UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8: without it,
 *   Cyrillic and Arabic names turn into mojibake;
 * - RFC 4180: commas between cells, CR LF after every row, a cell with a quote, a comma,
 *   a CR or an LF in double quotes, its quotes doubled;
 * - no formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return (or their full-width forms, which some spreadsheets read the same way) gets a
 *   single quote in front, as OWASP advises, so a child named `=HYPERLINK(…)` stays text.
 *   Numbers are written as numbers: `-2` is ours, not typed by anyone.
 *
 * Hand-written rather than a library: csv-stringify 6.9 leaves a lone LF or CR unquoted
 * when rows end in CR LF, and papaparse ships its parser too and writes no BOM.
 */

/** A cell: text is escaped; numbers and booleans are written as they are; nothing is an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** The type to give the file's Blob. */
export const csvMediaType = 'text/csv;charset=utf-8';

const byteOrderMark = '\uFEFF';
/** First characters that make a spreadsheet read a cell as a formula (OWASP's list, and full-width forms). */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const needsQuotes = /[",\r\n]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte-order mark, then each row followed by CR LF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV dialect of every CSV the app writes: the workspace exports and the open-data files
 * (/api/v1/*.csv and the files in bulk.zip) alike, as the data dictionary on /data documents.
 *
 * - UTF-8 with a byte-order mark, so spreadsheet programs read accented and non-Latin names correctly;
 * - a comma between cells, CRLF between records, a header row;
 * - a cell is quoted with " when it holds a comma, a quote or a line break, a quote doubled inside it
 *   (RFC 4180);
 * - lists inside a cell separated by LIST_SEPARATOR;
 * - formulas neutralised (neutraliseCell).
 */
export const CSV_DIALECT = {
  encoding: 'utf-8',
  byteOrderMark: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  listSeparator: ';',
} as const;

/**
 * The separator of list cells (standards of a commitment, evidence links of a report). A semicolon:
 * commas would collide with the spreadsheet habit of reading "a, b" as prose; the import reads both.
 */
export const LIST_SEPARATOR = CSV_DIALECT.listSeparator;

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/**
 * Spreadsheets run a cell that starts with =, +, - or @ (or a tab or carriage return, which some treat
 * the same) as a formula (OWASP, "CSV Injection"). Such a text cell is written with one apostrophe in
 * front: the text is kept and shown, and nothing in it is run. A text that already starts with an
 * apostrophe gets one too, so the rule undoes exactly: a cell that starts with an apostrophe had one
 * apostrophe added; drop it to get the original text. Numbers are written by the app, never typed by
 * anyone, so a negative number stays a number.
 */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseCell on a text cell: what a reader does to get the original text back. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A whole CSV in the dialect: the header, then each row's cells neutralised. */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const body = stringify([[...header], ...rows.map((row) => row.map(neutraliseCell))], {
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: CSV_DIALECT.lineTerminator,
    quote: CSV_DIALECT.quoteChar,
  });
  return (CSV_DIALECT.byteOrderMark ? '\uFEFF' : '') + body;
}

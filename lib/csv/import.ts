import { parse } from 'csv-parse/sync';
import type { ContentLanguage, ImplementationStatus } from '@/db/schema';
import { isCalendarDate } from '@/lib/dates';
import { isContentLanguage } from '@/lib/i18n/content-language';
import { isImplementationStatus } from '@/lib/scoring';
import { hasControlCharacter, isWebUrl, showControlCharacters } from '@/lib/validation/fields';
import { COMMITMENT_REF_PATTERN } from '@/lib/workflow/rules';
import { restoreCell, writeCsv } from './dialect';

/**
 * Commitments from a CSV file, for many states at once. Reading and checking are pure functions here
 * (the database's facts come in as `ImportLookups`); lib/workflow/import.ts writes. The file
 * is the same shape as the export (lib/csv/export.ts), so an exported file can be edited and loaded.
 *
 * Row numbers are the spreadsheet's: the header is row 1, the first commitment row 2.
 */

export const IMPORT_COLUMNS = [
  'ref',
  'country',
  'title',
  'description',
  'made_at',
  'made_on',
  'source_url',
  'responsible_body',
  'target_date',
  'standards',
  'status',
  'publication',
  'language',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS = ['country', 'title', 'standards'] as const satisfies readonly ImportColumn[];

/** Larger files are refused before parsing; 10,000 rows of ordinary length are well within it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export type ImportRowError = {
  row: number;
  field: ImportColumn | 'file';
  /** A message key in the `workflow` namespace. */
  message: string;
  value?: string;
};

export type RawImportRow = { row: number; values: Partial<Record<ImportColumn, string>> };

export type ImportRow = {
  row: number;
  ref: string | null;
  countryId: number;
  iso3: string;
  title: string;
  description: string;
  madeAt: string;
  madeOn: string | null;
  sourceUrl: string | null;
  responsibleBody: string;
  targetDate: string | null;
  language: ContentLanguage;
  standardIds: number[];
  status: ImplementationStatus;
  publication: 'draft' | 'published';
};

export type ImportLookups = {
  /** By upper-case ISO 3166 alpha-3 code. */
  countries: Map<string, number>;
  /** By upper-case standard code (CSS-1). */
  standards: Map<string, number>;
  /** Upper-case codes of retired standards, which new commitments may no longer name. */
  retiredStandards: Set<string>;
  /** References of the file that already exist in the database. */
  existingRefs: Set<string>;
  /**
   * Commitments already stored that a row without a reference repeats (same state, title and date made),
   * each under the row's own `matchKey`, with the stored commitment's reference.
   */
  existingMatches?: Map<string, string>;
};

/** A row already in the database: never imported again, reported with the stored commitment's reference. */
export type ImportRowExisting = { row: number; ref: string };

/**
 * What makes a row without a reference the same commitment as a stored one: its state, its title
 * (ignoring case and runs of spaces) and the day it was made (or none). The query matches on the same.
 */
export type MatchKeyParts = { iso3: string; title: string; madeOn: string | null };

export function matchTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function matchKey({ iso3, title, madeOn }: MatchKeyParts): string {
  return JSON.stringify([iso3.trim().toUpperCase(), matchTitle(title), madeOn ?? '']);
}

/** The keys of the rows without a reference, for looking up which of them are already stored. */
export function matchKeysOf(rows: RawImportRow[]): MatchKeyParts[] {
  const keys = new Map<string, MatchKeyParts>();
  for (const { values } of rows) {
    const text = (column: ImportColumn) => (values[column] ?? '').trim();
    // Rows that cannot be valid (no state or title, a control character, a bad date) need no lookup.
    if (text('ref') !== '' || text('country') === '' || text('title') === '') continue;
    if (hasControlCharacter(text('title')) || text('title').length > 300) continue;
    if (text('made_on') !== '' && !isCalendarDate(text('made_on'))) continue;
    const parts = { iso3: text('country').toUpperCase(), title: text('title'), madeOn: text('made_on') || null };
    keys.set(matchKey(parts), parts);
  }
  return [...keys.values()];
}

function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The separators a file may use between cells: what spreadsheets write, depending on the language they run in. */
export const IMPORT_DELIMITERS = [',', ';', '\t'] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];
/** Other characters a header row may be split by; a file using one is refused with its name. */
const OTHER_SEPARATORS = ['|', ':', '^', '~'];

/** The characters of the header line outside quoted cells, counted by separator. */
function separatorCounts(line: string): Map<string, number> {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && ([...IMPORT_DELIMITERS, ...OTHER_SEPARATORS] as string[]).includes(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

/**
 * The separator of a file, from its header line: the one of `,`, `;` and tab that splits it into the
 * most cells. A header split by none of them but by another character gives that character back, to
 * be named in the refusal.
 */
export function detectDelimiter(text: string): { delimiter: ImportDelimiter } | { unsupported: string } {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = separatorCounts(header);
  const best = (candidates: readonly string[]) =>
    candidates.reduce<string | null>(
      (found, char) => ((counts.get(char) ?? 0) > (found === null ? 0 : (counts.get(found) ?? 0)) ? char : found),
      null,
    );
  const delimiter = best(IMPORT_DELIMITERS) as ImportDelimiter | null;
  if (delimiter) return { delimiter };
  const other = best(OTHER_SEPARATORS);
  return other ? { unsupported: other } : { delimiter: ',' };
}

/** Reads the file. Problems with the file as a whole (unreadable, missing columns) come back as row 1 errors. */
export function parseCommitmentCsv(text: string): {
  rows: RawImportRow[];
  errors: ImportRowError[];
  /** The recognised columns, in the file's order (for the file of problem rows). */
  columns: ImportColumn[];
} {
  const detected = detectDelimiter(text);
  if ('unsupported' in detected)
    return {
      rows: [],
      columns: [],
      errors: [{ row: 1, field: 'file', message: 'errors.unsupportedSeparator', value: detected.unsupported }],
    };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detected.delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    return {
      rows: [],
      columns: [],
      errors: [
        {
          row: 1,
          field: 'file',
          message: 'errors.unreadableFile',
          value: error instanceof Error ? error.message : undefined,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], columns: [], errors: [{ row: 1, field: 'file', message: 'errors.unreadableFile' }] };
  const names = header.map(normaliseHeader);
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0)
    return {
      rows: [],
      columns: [],
      errors: missing.map((column) => ({ row: 1, field: column, message: 'errors.missingColumn' })),
    };
  if (body.length > MAX_IMPORT_ROWS)
    return { rows: [], columns: [], errors: [{ row: 1, field: 'file', message: 'errors.tooMany' }] };
  const columns = names.filter(
    (name, index): name is ImportColumn =>
      (IMPORT_COLUMNS as readonly string[]).includes(name) && names.indexOf(name) === index,
  );

  const rows = body.map((record, index) => {
    const values: Partial<Record<ImportColumn, string>> = {};
    names.forEach((name, column) => {
      // A cell the app wrote with an apostrophe in front (a text a spreadsheet would run as a formula,
      // lib/csv/dialect.ts) is read back as the text it was: an export or a file of problem rows loads as written.
      if ((IMPORT_COLUMNS as readonly string[]).includes(name))
        values[name as ImportColumn] = restoreCell(record[column] ?? '');
    });
    return { row: index + 2, values };
  });
  return { rows, errors: [], columns };
}

/** The references a file names, upper-cased, for looking up which already exist. */
export function refsOf(rows: RawImportRow[]): string[] {
  return [...new Set(rows.map((row) => (row.values.ref ?? '').trim().toUpperCase()).filter((ref) => ref !== ''))];
}

function splitList(value: string): string[] {
  return value
    .split(/[;|,]/)
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
}

const LIMITS: Partial<Record<ImportColumn, number>> = {
  title: 300,
  description: 10_000,
  made_at: 300,
  responsible_body: 300,
  source_url: 2_000,
};

/** Checks every row and reports every problem, not just the first one per row. */
export function validateImportRows(
  rows: RawImportRow[],
  lookups: ImportLookups,
): { valid: ImportRow[]; errors: ImportRowError[]; existing: ImportRowExisting[] } {
  const valid: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const existing: ImportRowExisting[] = [];
  const seenRefs = new Map<string, number>();
  const seenKeys = new Set<string>();

  for (const { row, values } of rows) {
    const before = errors.length;
    const text = (column: ImportColumn) => (values[column] ?? '').trim();
    const fail = (field: ImportColumn, message: string, value?: string) =>
      errors.push({ row, field, message, ...(value === undefined ? {} : { value }) });

    for (const column of IMPORT_COLUMNS) {
      const value = values[column];
      if (value !== undefined && hasControlCharacter(value))
        fail(column, 'errors.controlCharacter', showControlCharacters(value).slice(0, 200));
    }
    for (const column of REQUIRED_COLUMNS) if (text(column) === '') fail(column, 'errors.required');
    for (const [column, limit] of Object.entries(LIMITS) as Array<[ImportColumn, number]>)
      if (text(column).length > limit) fail(column, 'errors.tooLong');

    const ref = text('ref').toUpperCase();
    if (ref !== '') {
      if (!COMMITMENT_REF_PATTERN.test(ref)) fail('ref', 'errors.refFormat', ref);
      else if (seenRefs.has(ref)) fail('ref', 'errors.duplicateRefInFile', ref);
      if (!seenRefs.has(ref)) seenRefs.set(ref, row);
    }

    const iso3 = text('country').toUpperCase();
    const countryId = lookups.countries.get(iso3);
    if (iso3 !== '' && countryId === undefined) fail('country', 'errors.unknownCountry', text('country'));

    for (const column of ['made_on', 'target_date'] as const) {
      if (text(column) !== '' && !isCalendarDate(text(column))) fail(column, 'errors.invalidDate', text(column));
    }
    if (text('source_url') !== '' && !isWebUrl(text('source_url')))
      fail('source_url', 'errors.invalidUrl', text('source_url'));

    const standardIds: number[] = [];
    for (const code of splitList(text('standards'))) {
      const id = lookups.standards.get(code);
      if (id === undefined) fail('standards', 'errors.unknownStandardCode', code);
      else if (lookups.retiredStandards.has(code)) fail('standards', 'errors.retiredStandardCode', code);
      else if (!standardIds.includes(id)) standardIds.push(id);
    }

    const status = text('status').toLowerCase().replace(/\s+/g, '_') || 'no_information';
    if (!isImplementationStatus(status)) fail('status', 'errors.invalidStatus', text('status'));
    const publication = text('publication').toLowerCase() || 'draft';
    if (publication !== 'draft' && publication !== 'published')
      fail('publication', 'errors.invalid', text('publication'));
    // Optional, as files written before languages were recorded have no such column: those are English.
    const language = text('language').toLowerCase() || 'en';
    if (!isContentLanguage(language)) fail('language', 'errors.invalidLanguage', text('language'));

    if (errors.length > before) continue;
    // Already stored (by its reference, or without one by its state, title and date): reported, never written twice.
    const key = ref === '' ? matchKey({ iso3, title: text('title'), madeOn: text('made_on') || null }) : null;
    const stored = ref !== '' ? (lookups.existingRefs.has(ref) ? ref : undefined) : lookups.existingMatches?.get(key!);
    if (stored !== undefined) {
      existing.push({ row, ref: stored });
      continue;
    }
    if (key !== null) {
      if (seenKeys.has(key)) {
        fail('title', 'errors.duplicateRowInFile', text('title'));
        continue;
      }
      seenKeys.add(key);
    }
    valid.push({
      row,
      ref: ref === '' ? null : ref,
      countryId: countryId!,
      iso3,
      title: text('title'),
      description: text('description'),
      madeAt: text('made_at'),
      madeOn: text('made_on') || null,
      sourceUrl: text('source_url') || null,
      responsibleBody: text('responsible_body'),
      targetDate: text('target_date') || null,
      language: language as ContentLanguage,
      standardIds: standardIds.sort((a, b) => a - b),
      status: status as ImplementationStatus,
      publication: publication as 'draft' | 'published',
    });
  }
  return { valid, errors, existing };
}

/**
 * The rows with problems as a CSV to correct and upload again: the file's own columns, as they were,
 * and a `problem` column saying what is wrong with each, in the reader's words (`describe`).
 */
export function problemRowsCsv(
  columns: readonly ImportColumn[],
  rows: readonly RawImportRow[],
  errors: readonly ImportRowError[],
  describe: (error: ImportRowError) => string,
): string | null {
  const byRow = new Map<number, ImportRowError[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  const problemRows = rows.filter((row) => byRow.has(row.row));
  if (problemRows.length === 0) return null;
  return writeCsv(
    [...columns, 'problem'],
    problemRows.map((row) => [
      ...columns.map((column) => row.values[column] ?? ''),
      byRow
        .get(row.row)!
        .map((error) => `${error.field}: ${describe(error)}${error.value ? ` (${error.value})` : ''}`)
        .join(' | '),
    ]),
  );
}

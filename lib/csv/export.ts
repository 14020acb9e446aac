import { stringify } from 'csv-stringify/sync';
import type { IMPORT_COLUMNS } from './import';

/**
 * CSV exports of commitments and reports. Spreadsheets run a cell that starts with =, +, - or @ (or a
 * tab or carriage return, which some treat the same) as a formula, so such cells are prefixed with an
 * apostrophe: the text is kept and shown, and nothing in it is run (OWASP, "CSV Injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : String(value);
  // Numbers are written by us, not typed by anyone, so a negative number stays a number.
  if (typeof value === 'number') return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The one separator of list cells in every CSV the app writes (standards of a commitment, evidence
 * links of a report), the workspace exports and the open-data files alike, as the data dictionary on
 * /data documents. A semicolon, as the exports have always used for standards: commas would collide
 * with the spreadsheet habit of reading "a, b" as prose, and the import reads all three anyway.
 */
export const LIST_SEPARATOR = ';';

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/**
 * An evidence link as one list item, "label <url>". The URL is last and bracketed, so a reader can
 * split the list on "<url>;" even when a label itself contains the separator.
 */
export function evidenceItem(link: { label: string; url: string }): string {
  return `${link.label} <${link.url}>`;
}

/** A UTF-8 CSV with a byte-order mark, so spreadsheet programs read accented names correctly. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return (
    '\uFEFF' + stringify([[...header], ...rows.map((row) => row.map(neutraliseCell))], { record_delimiter: '\r\n' })
  );
}

export type ExportedCommitment = {
  ref: string;
  countryIso3: string;
  title: string;
  description: string;
  madeAt: string;
  madeOn: string | null;
  sourceUrl: string | null;
  responsibleBody: string;
  targetDate: string | null;
  standardCodes: string[];
  status: string;
  publication: string;
};

/** The same columns as the import, so an exported file can be edited and imported elsewhere. */
export const COMMITMENT_EXPORT_COLUMNS = [
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
] as const satisfies typeof IMPORT_COLUMNS;

export function commitmentsToCsv(rows: readonly ExportedCommitment[]): string {
  return toCsv(
    COMMITMENT_EXPORT_COLUMNS,
    rows.map((row) => [
      row.ref,
      row.countryIso3,
      row.title,
      row.description,
      row.madeAt,
      row.madeOn,
      row.sourceUrl,
      row.responsibleBody,
      row.targetDate,
      joinList(row.standardCodes),
      row.status,
      row.publication,
    ]),
  );
}

export type ExportedReport = {
  id: number;
  commitmentRef: string;
  countryIso3: string;
  roundTitle: string | null;
  state: string;
  claimedStatus: string;
  assessedStatus: string | null;
  reportedOn: string;
  narrative: string;
  evidence: Array<{ label: string; url: string }>;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  publicNote: string | null;
  returnReason: string | null;
};

export const REPORT_EXPORT_COLUMNS = [
  'id',
  'commitment_ref',
  'country',
  'round',
  'state',
  'claimed_status',
  'assessed_status',
  'reported_on',
  'narrative',
  'evidence',
  'submitted_at',
  'reviewed_at',
  'public_note',
  'return_reason',
] as const;

export function reportsToCsv(rows: readonly ExportedReport[]): string {
  return toCsv(
    REPORT_EXPORT_COLUMNS,
    rows.map((row) => [
      row.id,
      row.commitmentRef,
      row.countryIso3,
      row.roundTitle,
      row.state,
      row.claimedStatus,
      row.assessedStatus,
      row.reportedOn,
      row.narrative,
      joinList(row.evidence.map(evidenceItem)),
      row.submittedAt,
      row.reviewedAt,
      row.publicNote,
      row.returnReason,
    ]),
  );
}

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
      row.standardCodes.join(';'),
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
      // One link per line: "label <url>".
      row.evidence.map((link) => `${link.label} <${link.url}>`).join('\n'),
      row.submittedAt,
      row.reviewedAt,
      row.publicNote,
      row.returnReason,
    ]),
  );
}

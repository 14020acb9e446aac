import { joinList, writeCsv } from './dialect';
import type { IMPORT_COLUMNS } from './import';

/** The workspace's CSV exports of commitments and reports, in the one dialect (./dialect.ts). */

/**
 * An evidence link as one list item, "label <url>". The URL is last and bracketed, so a reader can
 * split the list on "<url>;" even when a label itself contains the separator.
 */
export function evidenceItem(link: { label: string; url: string }): string {
  return `${link.label} <${link.url}>`;
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
  language: string;
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
  'language',
] as const satisfies typeof IMPORT_COLUMNS;

export function commitmentsToCsv(rows: readonly ExportedCommitment[]): string {
  return writeCsv(
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
      row.language,
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
  return writeCsv(
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

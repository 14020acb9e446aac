import type { ImplementationStatus, PublicationState, ReportState } from '@/db/schema';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';

/**
 * The reporting workflow's rules, as data: which publication moves, report-state moves and round moves
 * exist, and how commitment references look. The services beside this file (lib/workflow/*.ts) refuse
 * anything not listed here, and the UI offers only what is listed, so the two cannot disagree. Pure
 * data and functions: forms, schemas and pages import it too.
 */

// ---------------------------------------------------------------------------------------------
// Commitment publication: nothing is ever deleted; archiving is the end of the line until restored.
// ---------------------------------------------------------------------------------------------

export const PUBLICATION_ACTIONS = ['publish', 'unpublish', 'archive', 'restore'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

export const PUBLICATION_MOVES = {
  publish: { from: ['draft'], to: 'published' },
  unpublish: { from: ['published'], to: 'draft' },
  archive: { from: ['draft', 'published'], to: 'archived' },
  // A restored commitment comes back as a draft, so it goes public again only by a deliberate publish.
  restore: { from: ['archived'], to: 'draft' },
} as const satisfies Record<PublicationAction, { from: readonly PublicationState[]; to: PublicationState }>;

/** The state `action` leads to from `from`, or null when that move does not exist. */
export function publicationMove(action: PublicationAction, from: PublicationState): PublicationState | null {
  const move = PUBLICATION_MOVES[action];
  return (move.from as readonly PublicationState[]).includes(from) ? move.to : null;
}

/** The publication actions offered for a commitment in state `from`. */
export function publicationActionsFrom(from: PublicationState): PublicationAction[] {
  return PUBLICATION_ACTIONS.filter((action) => publicationMove(action, from) !== null);
}

// ---------------------------------------------------------------------------------------------
// Progress reports: draft → submitted → verified | returned, and returned → submitted. Nothing else.
// ---------------------------------------------------------------------------------------------

export const REPORT_ACTIONS = ['submit', 'verify', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_MOVES = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  verify: { from: ['submitted'], to: 'verified' },
  return: { from: ['submitted'], to: 'returned' },
} as const satisfies Record<ReportAction, { from: readonly ReportState[]; to: ReportState }>;

export function reportMove(action: ReportAction, from: ReportState): ReportState | null {
  const move = REPORT_MOVES[action];
  return (move.from as readonly ReportState[]).includes(from) ? move.to : null;
}

/** Whether a report may go from `from` to `to` by any action. */
export function canMoveReport(from: ReportState, to: ReportState): boolean {
  return REPORT_ACTIONS.some((action) => reportMove(action, from) === to);
}

/** Reports that are still in someone's hands; a commitment has at most one at a time. */
export const OPEN_REPORT_STATES = ['draft', 'submitted', 'returned'] as const satisfies readonly ReportState[];

/** A focal point may change a report's content only while it is theirs to change. */
export function isReportEditable(state: ReportState): boolean {
  return state === 'draft' || state === 'returned';
}

// ---------------------------------------------------------------------------------------------
// Reporting rounds: planned → open → closed. A closed round stays closed; its results are history.
// ---------------------------------------------------------------------------------------------

export type RoundStatus = 'planned' | 'open' | 'closed';
export const ROUND_ACTIONS = ['open', 'close'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export const ROUND_MOVES = {
  open: { from: ['planned'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
} as const satisfies Record<RoundAction, { from: readonly RoundStatus[]; to: RoundStatus }>;

export function roundMove(action: RoundAction, from: RoundStatus): RoundStatus | null {
  const move = ROUND_MOVES[action];
  return (move.from as readonly RoundStatus[]).includes(from) ? move.to : null;
}

// ---------------------------------------------------------------------------------------------
// Statuses a person can claim or assess. "No information" means nothing has been verified yet, so it is
// the absence of an assessment, never an assessment itself.
// ---------------------------------------------------------------------------------------------

export const ASSESSABLE_STATUSES = IMPLEMENTATION_STATUSES.filter(
  (status): status is Exclude<ImplementationStatus, 'no_information'> => status !== 'no_information',
);
export type AssessableStatus = (typeof ASSESSABLE_STATUSES)[number];

// ---------------------------------------------------------------------------------------------
// Commitment references: ISO3-YEAR-NN, such as NOR-2018-03. NN grows past 99 when it must.
// ---------------------------------------------------------------------------------------------

export const COMMITMENT_REF_PATTERN = /^([A-Z]{3})-(\d{4})-(\d{2,})$/;

export function formatCommitmentRef(iso3: string, year: number, sequence: number): string {
  return `${iso3.toUpperCase()}-${String(year).padStart(4, '0')}-${String(sequence).padStart(2, '0')}`;
}

export function parseCommitmentRef(ref: string): { iso3: string; year: number; sequence: number } | null {
  const match = COMMITMENT_REF_PATTERN.exec(ref);
  if (!match) return null;
  return { iso3: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}

/** The prefix shared by every reference of one state and year: `NOR-2018-`. */
export function commitmentRefPrefix(iso3: string, year: number): string {
  return formatCommitmentRef(iso3, year, 0).replace(/\d+$/, '');
}

/** The next free reference after `existing` (references of any state or year; others are ignored). */
export function nextCommitmentRef(iso3: string, year: number, existing: Iterable<string>): string {
  const prefix = commitmentRefPrefix(iso3, year);
  let highest = 0;
  for (const ref of existing) {
    if (!ref.startsWith(prefix)) continue;
    const parsed = parseCommitmentRef(ref);
    if (parsed && parsed.sequence > highest) highest = parsed.sequence;
  }
  return formatCommitmentRef(iso3, year, highest + 1);
}

/** The year a reference is filed under: the year the commitment was made, or else the current year. */
export function commitmentRefYear(madeOn: string | null | undefined, today: Date = new Date()): number {
  const year = madeOn ? Number(madeOn.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year > 0 ? year : today.getUTCFullYear();
}

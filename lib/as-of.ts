import type {
  ContentLanguage,
  DatePrecision,
  ImplementationStatus,
  MembershipEventType,
  PublicationState,
} from '@/db/schema';
import { isImplementationStatus, scoreOf, type StatusDistribution } from '@/lib/scoring';
import { deriveStanding, type Standing } from '@/lib/standing';

/**
 * A state's scorecard as it was public at the end of a given day (UTC), rebuilt from the dated records
 * the app keeps: reports' verification times, the audit log's before-and-after snapshots of every
 * publication move and status change, and the membership events. Pure, so that the rule can be checked
 * with worked examples (as-of.test.ts); the methodology page states it in words.
 *
 * - A commitment counts on a day if it was published by the end of that day and not unpublished or
 *   archived since: the audit log says so where it has a record of the commitment; where it has none
 *   (data loaded before the log), the commitment's first publication and archiving times do.
 * - Its status is the secretariat's assessment in its latest report verified by the end of that day.
 *   Before any, the status it was logged with, as the audit log recorded it; where the log does not go
 *   back that far, "no information", as in the score by round.
 * - The standing replays the membership events up to the first one dated after that day. An event
 *   dated to a month or a year counts from the first day of it; one with no date counts together with
 *   the event before it, since the order of events is always known.
 */

export type AsOfCommitment = {
  id: number;
  ref: string;
  title: string;
  /**
   * Today's language, for the title of any day: the audit log's snapshots are not read for it, since a
   * commitment's language is set when it is written and corrected, not moved like its status.
   */
  language: ContentLanguage;
  targetDate: string | null;
  standards: { code: string }[];
  publication: PublicationState;
  status: ImplementationStatus;
  publishedAt: Date | null;
  archivedAt: Date | null;
};

/** What the audit log kept of a commitment before and after one change (only the fields used here). */
export type Snapshot = { publication: string | null; status: string | null; title: string | null };
export type AsOfAuditEvent = {
  commitmentId: number;
  occurredAt: Date;
  before: Snapshot | null;
  after: Snapshot | null;
};

export type AsOfReport = {
  id: number;
  commitmentId: number;
  claimedStatus: ImplementationStatus;
  assessedStatus: ImplementationStatus;
  publicNote: string | null;
  reportedOn: string;
  reviewedAt: Date;
};

export type AsOfEvent = {
  type: MembershipEventType;
  sequence: number;
  occurredOn: string | null;
  datePrecision: DatePrecision;
};

export type AsOfInputs = {
  commitments: readonly AsOfCommitment[];
  audit: readonly AsOfAuditEvent[];
  reports: readonly AsOfReport[];
  events: readonly AsOfEvent[];
};

export type RecordedCommitment = {
  ref: string;
  title: string;
  language: ContentLanguage;
  targetDate: string | null;
  standards: { code: string }[];
  status: ImplementationStatus;
  latestVerified: Omit<AsOfReport, 'commitmentId'> | null;
};

export type RecordAsOf = {
  day: string;
  standing: Standing;
  commitments: RecordedCommitment[];
  score: number | null;
  distribution: StatusDistribution;
  lastVerifiedAt: Date | null;
};

/** The first instant after `day` (YYYY-MM-DD): everything strictly before it was public by its end. */
export function endOfDay(day: string): Date {
  const start = new Date(`${day}T00:00:00.000Z`);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * How long after a day ends its record may still change. A write stamps its rows with its
 * transaction's start (`now()` in PostgreSQL), so a verification begun just before midnight is dated
 * to that day but becomes visible only when it commits, after midnight; and an app server's clock and
 * the database's may differ a little. An hour is far longer than either.
 */
export const SETTLING_MS = 60 * 60 * 1000;

/**
 * Whether the record of `day` can no longer change: the day is over, and SETTLING_MS after it. From
 * then on every record dated to that day is in the database, and nothing written later is dated to it.
 */
export function isSettled(day: string, now: Date = new Date()): boolean {
  return now.getTime() >= endOfDay(day).getTime() + SETTLING_MS;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function lastBefore<T extends { occurredAt: Date }>(events: readonly T[], end: Date): T | undefined {
  let found: T | undefined;
  for (const event of events) if (event.occurredAt < end) found = event;
  return found;
}

function wasPublic(commitment: AsOfCommitment, trail: readonly AsOfAuditEvent[], end: Date): boolean {
  if (commitment.publishedAt === null || commitment.publishedAt >= end) return false;
  const moves = trail.filter((event) => event.after?.publication);
  const last = lastBefore(moves, end);
  if (last) return last.after?.publication === 'published';
  if (moves.length > 0) return moves[0]!.before?.publication === 'published';
  if (commitment.publication === 'published') return true;
  // Unpublished with no record of when: not shown, since it cannot be shown to have been public.
  if (commitment.publication === 'archived') return commitment.archivedAt !== null && commitment.archivedAt >= end;
  return false;
}

function titleAt(commitment: AsOfCommitment, trail: readonly AsOfAuditEvent[], end: Date): string {
  const last = lastBefore(trail, end);
  return last?.after?.title ?? trail[0]?.before?.title ?? commitment.title;
}

function loggedStatus(
  commitment: AsOfCommitment,
  trail: readonly AsOfAuditEvent[],
  reports: readonly AsOfReport[],
): ImplementationStatus {
  const first = trail[0];
  const firstReport = reports[0];
  if (first && (!firstReport || first.occurredAt <= firstReport.reviewedAt)) {
    const status = first.before?.status ?? first.after?.status;
    if (isImplementationStatus(status)) return status;
  }
  // Never moved by a verification, so today's status is the one it was logged with.
  return reports.length === 0 ? commitment.status : 'no_information';
}

function standingOn(events: readonly AsOfEvent[], day: string): Standing {
  const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
  const counted: AsOfEvent[] = [];
  for (const event of ordered) {
    if (event.occurredOn !== null && event.occurredOn > day) break;
    counted.push(event);
  }
  return deriveStanding(counted);
}

export function recordAsOf(inputs: AsOfInputs, day: string): RecordAsOf {
  const end = endOfDay(day);
  const trails = groupBy(inputs.audit, (event) => event.commitmentId);
  const byCommitment = groupBy(
    [...inputs.reports].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.id - b.id),
    (report) => report.commitmentId,
  );
  const commitments: RecordedCommitment[] = [];
  let lastVerifiedAt: Date | null = null;
  for (const commitment of [...inputs.commitments].sort((a, b) => a.ref.localeCompare(b.ref))) {
    const trail = trails.get(commitment.id) ?? [];
    if (!wasPublic(commitment, trail, end)) continue;
    const reports = byCommitment.get(commitment.id) ?? [];
    const latest = reports.filter((report) => report.reviewedAt < end).at(-1);
    if (latest && (lastVerifiedAt === null || latest.reviewedAt > lastVerifiedAt)) lastVerifiedAt = latest.reviewedAt;
    const { commitmentId: _commitmentId, ...latestVerified } = latest ?? { commitmentId: 0 };
    void _commitmentId;
    commitments.push({
      ref: commitment.ref,
      title: titleAt(commitment, trail, end),
      language: commitment.language,
      targetDate: commitment.targetDate,
      standards: commitment.standards,
      status: latest ? latest.assessedStatus : loggedStatus(commitment, trail, reports),
      latestVerified: latest ? (latestVerified as RecordedCommitment['latestVerified']) : null,
    });
  }
  const summary = scoreOf(commitments.map((commitment) => commitment.status));
  return {
    day,
    standing: standingOn(inputs.events, day),
    commitments,
    score: summary.score,
    distribution: summary.distribution,
    lastVerifiedAt,
  };
}

export type Change = {
  ref: string;
  title: string;
  language: ContentLanguage;
  change: 'added' | 'removed' | 'status' | 'verified';
  statusThen: ImplementationStatus | null;
  statusNow: ImplementationStatus | null;
};

/** What changed from one record to a later one, commitment by commitment, by reference. */
export function changesBetween(then: RecordAsOf, now: RecordAsOf): Change[] {
  const before = new Map(then.commitments.map((commitment) => [commitment.ref, commitment]));
  const after = new Map(now.commitments.map((commitment) => [commitment.ref, commitment]));
  const refs = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: Change[] = [];
  for (const ref of refs) {
    const a = before.get(ref);
    const b = after.get(ref);
    const { title, language } = (b ?? a)!;
    const statusThen = a?.status ?? null;
    const statusNow = b?.status ?? null;
    const named = { ref, title, language, statusThen, statusNow };
    if (!a) changes.push({ ...named, change: 'added' });
    else if (!b) changes.push({ ...named, change: 'removed' });
    else if (a.status !== b.status) changes.push({ ...named, change: 'status' });
    else if (a.latestVerified?.id !== b.latestVerified?.id) changes.push({ ...named, change: 'verified' });
  }
  return changes;
}

/** A YYYY-MM-DD day that exists in the calendar and is not after today (UTC); anything else is null. */
export function asOfDayOf(value: string, now: Date = new Date()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return value <= todayUtc(now) ? value : null;
}

import type { CountryListItem, CountryProfile } from '@/db/queries/countries';
import type { PublicMembershipEvent } from '@/db/queries/open-data';
import type { PublicCommitment, VerifiedReport } from '@/db/queries/public-api';
import type { StandardProgress } from '@/db/queries/standards';
import { evidenceItem } from '@/lib/csv/export';
import type { RoundScore } from '@/lib/score-history';
import { latestTrend } from '@/lib/score-history';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { roundScore } from './respond';
import type { CommitmentOut, CountryOut, ProfileOut, ReportOut, StandardOut } from './schemas';
import { COMMITMENT_TABLE, COUNTRY_TABLE, REPORT_TABLE, STANDARD_TABLE, columnsOf } from './table-schemas';

/**
 * The API's public shapes, snake_case, shared by JSON and CSV so that the two always carry the same
 * values. Each is typed by its zod schema in ./schemas.ts, from which the OpenAPI document is made.
 * Nothing here reads the database; the inputs are already limited to published data.
 */

function iso(date: Date): string;
function iso(date: Date | null): string | null;
function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

export function countryOut(
  country: CountryListItem,
  history: readonly RoundScore[] | undefined,
  origin: string,
): CountryOut {
  const movement = latestTrend(history ?? []);
  return {
    iso3: country.iso3,
    iso2: country.iso2,
    name: country.name,
    region: country.region,
    region_code: country.regionCode,
    standing: country.standing,
    published_commitments: country.publishedCommitments,
    distribution: country.distribution,
    score: roundScore(country.score),
    trend: history && history.length > 0 ? movement.trend : null,
    previous_round_score: roundScore(movement.previous),
    last_verified_at: iso(country.lastVerifiedAt),
    url: `${origin}/countries/${country.iso3.toLowerCase()}`,
  };
}

export const COUNTRY_CSV_COLUMNS = columnsOf(COUNTRY_TABLE);

export function flattenCountry(row: CountryOut): Record<string, unknown> {
  const { distribution, ...rest } = row;
  return {
    ...rest,
    ...Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [`status_${status}`, distribution[status]])),
  };
}

export function commitmentOut(commitment: PublicCommitment, origin: string): CommitmentOut {
  return {
    ref: commitment.ref,
    country: commitment.country.iso3,
    title: commitment.title,
    description: commitment.description,
    language: commitment.language,
    standards: commitment.standards,
    status: commitment.status,
    claimed_status: commitment.latestVerified?.claimedStatus ?? null,
    public_note: commitment.latestVerified?.publicNote ?? null,
    verified_at: iso(commitment.latestVerified?.verifiedAt ?? null),
    made_at: commitment.madeAt,
    made_on: commitment.madeOn,
    source_url: commitment.sourceUrl,
    responsible_body: commitment.responsibleBody,
    target_date: commitment.targetDate,
    published_at: iso(commitment.publishedAt),
    updated_at: iso(commitment.updatedAt),
    url: `${origin}/commitments/${commitment.ref.toLowerCase()}`,
  };
}

export const COMMITMENT_CSV_COLUMNS = columnsOf(COMMITMENT_TABLE);

export function profileOut(profile: CountryProfile, history: readonly RoundScore[], origin: string): ProfileOut {
  const movement = latestTrend(history);
  return {
    iso3: profile.country.iso3,
    iso2: profile.country.iso2,
    name: profile.country.name,
    region: profile.country.region,
    region_code: profile.country.regionCode,
    standing: profile.standing,
    membership_events: profile.events.map((event) => ({
      type: event.type,
      date: event.occurredOn,
      date_precision: event.datePrecision,
      decision_reference: event.decisionReference,
      decision_title: event.decisionTitle,
      note: event.note,
      source_url: event.sourceUrl,
    })),
    score: roundScore(profile.score),
    trend: history.length > 0 ? movement.trend : null,
    distribution: profile.distribution,
    last_verified_at: iso(profile.lastVerifiedAt),
    score_by_round: history.map((round) => ({
      round: round.title,
      deadline: round.deadline,
      score: roundScore(round.score),
    })),
    commitments: profile.commitments.map((commitment) => ({
      ref: commitment.ref,
      title: commitment.title,
      standards: commitment.standards.map((standard) => standard.code),
      status: commitment.status,
      target_date: commitment.targetDate,
      claimed_status: commitment.latestVerified?.claimedStatus ?? null,
      assessed_status: commitment.latestVerified?.assessedStatus ?? null,
      public_note: commitment.latestVerified?.publicNote ?? null,
      verified_at: iso(commitment.latestVerified?.reviewedAt ?? null),
      url: `${origin}/commitments/${commitment.ref.toLowerCase()}`,
    })),
    url: `${origin}/countries/${profile.country.iso3.toLowerCase()}`,
  };
}

export const PROFILE_COMMITMENT_CSV_COLUMNS = [
  'ref',
  'title',
  'standards',
  'status',
  'target_date',
  'claimed_status',
  'assessed_status',
  'public_note',
  'verified_at',
  'url',
] as const;

export function standardOut(standard: StandardProgress, origin: string): StandardOut {
  return {
    code: standard.code,
    framework: standard.framework.code,
    framework_name: standard.framework.name,
    title: standard.title,
    description: standard.description,
    position: standard.position,
    retired_on: standard.retiredAt ? standard.retiredAt.toISOString().slice(0, 10) : null,
    published_commitments: standard.commitments,
    countries: standard.countries,
    distribution: standard.distribution,
    score: roundScore(standard.score),
    url: `${origin}/standards/${standard.code.toLowerCase()}`,
  };
}

export const STANDARD_CSV_COLUMNS = columnsOf(STANDARD_TABLE);

export function flattenDistribution<T extends { distribution: Record<string, number> }>(
  row: T,
): Record<string, unknown> {
  const { distribution, ...rest } = row;
  return { ...rest, ...Object.fromEntries(Object.entries(distribution).map(([status, n]) => [`status_${status}`, n])) };
}

export function reportOut(report: VerifiedReport): ReportOut {
  return {
    id: report.id,
    commitment: report.commitment.ref,
    country: report.country.iso3,
    round: report.round,
    claimed_status: report.claimedStatus,
    narrative: report.narrative,
    evidence: report.evidence,
    reported_on: report.reportedOn,
    assessed_status: report.assessedStatus,
    public_note: report.publicNote,
    verified_at: iso(report.verifiedAt),
  };
}

export const REPORT_CSV_COLUMNS = columnsOf(REPORT_TABLE);

/** Evidence keeps its labels in CSV too: one list item per link, "label <url>". */
export function flattenReport(row: ReportOut): Record<string, unknown> {
  return { ...row, evidence: row.evidence.map(evidenceItem) };
}

export function membershipEventOut(event: PublicMembershipEvent): Record<string, unknown> {
  return {
    country: event.iso3,
    sequence: event.sequence,
    type: event.type,
    date: event.occurredOn,
    date_precision: event.datePrecision,
    decision_reference: event.decisionReference,
    decision_title: event.decisionTitle,
    note: event.note,
    source_url: event.sourceUrl,
  };
}

export function roundScoreOut(iso3: string, round: RoundScore): Record<string, unknown> {
  return {
    country: iso3,
    round: round.title,
    deadline: round.deadline,
    score: roundScore(round.score),
    counted: round.counted,
  };
}

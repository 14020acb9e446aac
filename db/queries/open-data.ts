import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { countries, membershipEvents, type DatePrecision, type MembershipEventType } from '@/db/schema';
import { listPublicCommitments, listVerifiedReports, type PublicCommitment, type VerifiedReport } from './public-api';

/**
 * Whole tables for the bulk download: every published commitment, every verified report and every
 * membership event. They read through the same filtered queries as the paged API, a thousand rows at a
 * time, so the zip holds exactly the rows the API pages through.
 */

const BATCH = 1000;

export async function listAllPublicCommitments({ executor = db() }: { executor?: Executor } = {}): Promise<
  PublicCommitment[]
> {
  const all: PublicCommitment[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listPublicCommitments({ limit: BATCH, after, executor });
    all.push(...page.items);
    if (!page.next) return all;
    after = page.next;
  }
}

export async function listAllVerifiedReports({ executor = db() }: { executor?: Executor } = {}): Promise<
  VerifiedReport[]
> {
  const all: VerifiedReport[] = [];
  let before: { verifiedAt: Date; id: number } | undefined;
  for (;;) {
    const page = await listVerifiedReports({ limit: BATCH, before, executor });
    all.push(...page.items);
    if (!page.next) return all;
    before = page.next;
  }
}

export type PublicMembershipEvent = {
  iso3: string;
  sequence: number;
  type: MembershipEventType;
  occurredOn: string | null;
  datePrecision: DatePrecision;
  decisionReference: string | null;
  decisionTitle: string | null;
  note: string;
  sourceUrl: string | null;
};

/** Every state's membership events, by state and sequence. They are public as a whole (the timeline). */
export async function listMembershipEvents({ executor = db() }: { executor?: Executor } = {}): Promise<
  PublicMembershipEvent[]
> {
  return executor
    .select({
      iso3: countries.iso3,
      sequence: membershipEvents.sequence,
      type: membershipEvents.type,
      occurredOn: membershipEvents.occurredOn,
      datePrecision: membershipEvents.datePrecision,
      decisionReference: membershipEvents.decisionReference,
      decisionTitle: membershipEvents.decisionTitle,
      note: membershipEvents.note,
      sourceUrl: membershipEvents.sourceUrl,
    })
    .from(membershipEvents)
    .innerJoin(countries, eq(countries.id, membershipEvents.countryId))
    .orderBy(asc(countries.iso3), asc(membershipEvents.sequence));
}

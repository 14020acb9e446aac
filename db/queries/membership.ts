import 'server-only';
import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { auditEvents, countries, membershipEvents, type DatePrecision, type MembershipEventType } from '@/db/schema';
import { deriveStandings, type Standing } from '@/lib/standing';

/**
 * Membership events of the Governing Council, for the workspace's reference-data pages and the
 * services that keep them (lib/membership/events.ts). Plain reads and writes; whether a change keeps
 * the sequence's rules is the service's to decide (lib/membership/sequence.ts).
 */

export type MembershipEventRow = {
  id: number;
  countryId: number;
  type: MembershipEventType;
  sequence: number;
  occurredOn: string | null;
  datePrecision: DatePrecision;
  decisionReference: string | null;
  decisionTitle: string | null;
  note: string;
  sourceUrl: string | null;
  version: number;
};

const eventColumns = {
  id: membershipEvents.id,
  countryId: membershipEvents.countryId,
  type: membershipEvents.type,
  sequence: membershipEvents.sequence,
  occurredOn: membershipEvents.occurredOn,
  datePrecision: membershipEvents.datePrecision,
  decisionReference: membershipEvents.decisionReference,
  decisionTitle: membershipEvents.decisionTitle,
  note: membershipEvents.note,
  sourceUrl: membershipEvents.sourceUrl,
  version: membershipEvents.version,
};

export type MembershipCountry = { id: number; iso3: string; iso2: string; name: string };

const countryColumns = { id: countries.id, iso3: countries.iso3, iso2: countries.iso2, name: countries.name };

/**
 * The state's row, locked until the transaction ends: every write to a state's membership events
 * takes it first, so that two admins' changes to one state's sequence are checked one after the other.
 */
export async function lockMembershipCountry({
  executor,
  iso3,
  id,
}: {
  executor: Executor;
  iso3?: string;
  id?: number;
}): Promise<MembershipCountry | null> {
  const where = id !== undefined ? eq(countries.id, id) : eq(countries.iso3, (iso3 ?? '').toUpperCase());
  const [row] = await executor.select(countryColumns).from(countries).where(where).for('update');
  return row ?? null;
}

/** The state an event belongs to, read before its country is locked; null when there is no such event. */
export async function findMembershipEventCountryId({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<number | null> {
  const [row] = await executor
    .select({ countryId: membershipEvents.countryId })
    .from(membershipEvents)
    .where(eq(membershipEvents.id, id));
  return row?.countryId ?? null;
}

/** A state's events in sequence order. */
export async function listStateMembershipEvents({
  executor = db(),
  countryId,
}: {
  executor?: Executor;
  countryId: number;
}): Promise<MembershipEventRow[]> {
  return executor
    .select(eventColumns)
    .from(membershipEvents)
    .where(eq(membershipEvents.countryId, countryId))
    .orderBy(asc(membershipEvents.sequence));
}

export type MembershipEventValues = Pick<
  MembershipEventRow,
  'type' | 'occurredOn' | 'datePrecision' | 'decisionReference' | 'decisionTitle' | 'note' | 'sourceUrl'
>;

/**
 * Inserts an event as the `index`-th (from 0) of its state's sequence, renumbering the state's events
 * 1, 2, 3… around it. The sequence is unique per state, so the old numbers are first turned negative.
 */
export async function insertMembershipEventAt({
  executor,
  countryId,
  index,
  values,
}: {
  executor: Executor;
  countryId: number;
  index: number;
  values: MembershipEventValues;
}): Promise<MembershipEventRow> {
  await executor
    .update(membershipEvents)
    .set({ sequence: sql`-${membershipEvents.sequence}` })
    .where(eq(membershipEvents.countryId, countryId));
  await executor.execute(sql`
    update ${membershipEvents} as m
    set sequence = r.position + case when r.position > ${index} then 1 else 0 end
    from (
      select id, row_number() over (order by sequence desc) as position
      from ${membershipEvents} where country_id = ${countryId}
    ) as r
    where m.id = r.id`);
  const [row] = await executor
    .insert(membershipEvents)
    .values({ ...values, countryId, sequence: index + 1 })
    .returning(eventColumns);
  return row!;
}

/** Saves a correction if the event is still at `version`; null when it is not (or is gone). */
export async function updateMembershipEvent({
  executor,
  id,
  version,
  values,
}: {
  executor: Executor;
  id: number;
  version: number;
  values: MembershipEventValues;
}): Promise<MembershipEventRow | null> {
  const [row] = await executor
    .update(membershipEvents)
    .set({ ...values, version: sql`${membershipEvents.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(membershipEvents.id, id), eq(membershipEvents.version, version)))
    .returning(eventColumns);
  return row ?? null;
}

/** Deletes the event if it is still at `version`, returning it; null when it is not. */
export async function deleteMembershipEvent({
  executor,
  id,
  version,
}: {
  executor: Executor;
  id: number;
  version: number;
}): Promise<MembershipEventRow | null> {
  const [row] = await executor
    .delete(membershipEvents)
    .where(and(eq(membershipEvents.id, id), eq(membershipEvents.version, version)))
    .returning(eventColumns);
  return row ?? null;
}

/**
 * The event as it was at `version`, from the audit log (the `after` of the change that made that
 * version, or the `before` of the one that ended it); null when the log has no record of it.
 */
export async function readMembershipEventAt({
  executor,
  id,
  version,
}: {
  executor: Executor;
  id: number;
  version: number;
}): Promise<MembershipEventRow | null> {
  const [row] = await executor
    .select({ after: auditEvents.after, before: auditEvents.before })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'membership_event'),
        eq(auditEvents.entityId, String(id)),
        eq(auditEvents.outcome, 'success'),
        or(
          sql`(${auditEvents.after} ->> 'version')::int = ${version}`,
          sql`(${auditEvents.before} ->> 'version')::int = ${version}`,
        ),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(1);
  if (!row) return null;
  const after = row.after as MembershipEventRow | null;
  return after?.version === version ? after : (row.before as MembershipEventRow);
}

/** The event as it was when it was removed, from the audit log; null when it was never removed. */
export async function findRemovedMembershipEvent({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<MembershipEventRow | null> {
  const [row] = await executor
    .select({ before: auditEvents.before })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, 'membership_event'),
        eq(auditEvents.entityId, String(id)),
        eq(auditEvents.action, 'membership.remove'),
        eq(auditEvents.outcome, 'success'),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return (row?.before as MembershipEventRow | undefined) ?? null;
}

export type MembershipStandingRow = MembershipCountry & {
  standing: Standing;
  events: number;
  /** The last event of the sequence, or null when the state has none. */
  latest: Pick<MembershipEventRow, 'type' | 'occurredOn' | 'datePrecision'> | null;
};

/** Every state with its standing as its events derive it, the number of its events and the last of them. */
export async function listMembershipStandings({ executor = db() }: { executor?: Executor } = {}): Promise<
  MembershipStandingRow[]
> {
  const [countryRows, eventRows] = await Promise.all([
    executor.select(countryColumns).from(countries).orderBy(asc(countries.name)),
    executor
      .select({
        countryId: membershipEvents.countryId,
        type: membershipEvents.type,
        sequence: membershipEvents.sequence,
        occurredOn: membershipEvents.occurredOn,
        datePrecision: membershipEvents.datePrecision,
      })
      .from(membershipEvents)
      .orderBy(asc(membershipEvents.countryId), asc(membershipEvents.sequence)),
  ]);
  const standings = deriveStandings(eventRows);
  const counts = new Map<number, number>();
  const latest = new Map<number, MembershipStandingRow['latest']>();
  for (const { countryId, type, occurredOn, datePrecision } of eventRows) {
    counts.set(countryId, (counts.get(countryId) ?? 0) + 1);
    latest.set(countryId, { type, occurredOn, datePrecision });
  }
  return countryRows.map((country) => ({
    ...country,
    standing: standings.get(country.id) ?? 'none',
    events: counts.get(country.id) ?? 0,
    latest: latest.get(country.id) ?? null,
  }));
}

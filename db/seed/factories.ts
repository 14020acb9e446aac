import { randomUUID } from 'node:crypto';
import { eq, like, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  frameworkTexts,
  frameworks,
  progressReports,
  reportingRounds,
  standardTexts,
  standards,
  users,
  type Commitment,
  type Country,
  type Framework,
  type Standard,
  type NewCommitment,
  type NewCountry,
  type NewProgressReport,
  type NewUser,
  type ProgressReport,
  type ReportingRound,
} from '@/db/schema';
import { hashPassword } from '@/lib/auth/password-hash';

/**
 * Row factories shared by the demo seed and the tests, so both build data the same, valid way.
 * Each takes an executor (the pool or an open transaction) and overrides, inserts one row (creating
 * any parent row that is needed and not given) and returns the inserted row. An override set to
 * null is kept as null, so a test can build an invalid row on purpose; undefined means "default".
 */

type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

function defined<T extends object>(overrides: T): Partial<T> {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** 'YYYY-MM-DD' of an instant, in UTC (the form date columns take). */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return isoDate(instant);
}

// ISO 3166 reserves these for user assignment, so a generated country never clashes with a real one.
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const USER_ASSIGNED_ISO2 = [
  'AA',
  ...[...LETTERS].map((l) => `X${l}`),
  ...[...'MNOPQRSTUVWXYZ'].map((l) => `Q${l}`),
  'ZZ',
];
const USER_ASSIGNED_ISO3 = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `X${a}${b}`));

export async function createCountry(executor: Executor, overrides: Overrides<NewCountry> = {}): Promise<Country> {
  const given = defined(overrides);
  let { iso3, iso2 } = given;
  if (iso3 === undefined || iso2 === undefined) {
    const taken = await executor.select({ iso3: countries.iso3, iso2: countries.iso2 }).from(countries);
    iso3 ??= USER_ASSIGNED_ISO3.find((code) => !taken.some((row) => row.iso3 === code));
    iso2 ??= USER_ASSIGNED_ISO2.find((code) => !taken.some((row) => row.iso2 === code));
    if (!iso3 || !iso2) throw new Error('createCountry: every user-assigned ISO code is taken; pass iso3 and iso2.');
  }
  const [row] = await executor
    .insert(countries)
    .values({ name: `Testland ${iso3}`, regionCode: '150', ...given, iso3, iso2 })
    .returning();
  return row!;
}

export type UserOverrides = Overrides<NewUser> & {
  /** Hashed with argon2id into passwordHash. Without it (or passwordHash) the user cannot sign in. */
  password?: string;
};

export async function createUser(
  executor: Executor,
  overrides: UserOverrides = {},
): Promise<typeof users.$inferSelect> {
  const { password, ...given } = defined(overrides);
  const role = given.role ?? 'secretariat';
  // A focal point needs a country; null is kept so that tests can check the database refuses it.
  const countryId =
    overrides.countryId !== undefined
      ? overrides.countryId
      : role === 'focal_point'
        ? (await createCountry(executor)).id
        : null;
  const passwordHash = password !== undefined ? await hashPassword(password) : (given.passwordHash ?? null);
  const handle = randomUUID().slice(0, 8);
  const [row] = await executor
    .insert(users)
    .values({
      email: `user-${handle}@example.test`,
      name: `Test user ${handle}`,
      ...given,
      role,
      countryId,
      passwordHash,
    })
    .returning();
  return row!;
}

export type CommitmentOverrides = Overrides<NewCommitment> & {
  /** Standards the commitment is linked to (commitment_standards rows). */
  standardIds?: number[];
};

/** The next free reference `ISO3-YEAR-NN` for a state and year. */
export async function nextCommitmentRef(
  executor: Executor,
  { countryId, year }: { countryId: number; year: number },
): Promise<string> {
  const [country] = await executor.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.id, countryId));
  if (!country) throw new Error(`nextCommitmentRef: no country ${countryId}`);
  const prefix = `${country.iso3}-${year}-`;
  const existing = await executor
    .select({ ref: commitments.ref })
    .from(commitments)
    .where(like(commitments.ref, `${prefix}%`));
  const highest = Math.max(0, ...existing.map((row) => Number(row.ref.slice(prefix.length))));
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

export async function createCommitment(executor: Executor, overrides: CommitmentOverrides = {}): Promise<Commitment> {
  const { standardIds = [], ...given } = defined(overrides);
  const countryId = given.countryId ?? (await createCountry(executor)).id;
  const year = given.madeOn ? Number(given.madeOn.slice(0, 4)) : new Date().getUTCFullYear();
  const ref = given.ref ?? (await nextCommitmentRef(executor, { countryId, year }));
  const publishedAt = given.publication === 'published' ? new Date() : null;
  const archivedAt = given.publication === 'archived' ? new Date() : null;
  const [row] = await executor
    .insert(commitments)
    .values({ title: `Commitment ${ref}`, publishedAt, archivedAt, ...given, countryId, ref })
    .returning();
  if (standardIds.length > 0) {
    await executor
      .insert(commitmentStandards)
      .values(standardIds.map((standardId) => ({ commitmentId: row!.id, standardId })));
  }
  return row!;
}

/**
 * A progress report in any state, with the columns that state's CHECK constraint requires filled in:
 * submittedAt once submitted; reviewer, review time and assessed status (the claim, by default) when
 * verified; reviewer, review time and a reason when returned. The country is the commitment's.
 */
export async function createReport(
  executor: Executor,
  overrides: Overrides<NewProgressReport> = {},
): Promise<ProgressReport> {
  const given = defined(overrides);
  const commitmentId = given.commitmentId ?? (await createCommitment(executor)).id;
  const [commitment] = await executor
    .select({ countryId: commitments.countryId })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  if (!commitment) throw new Error(`createReport: no commitment ${commitmentId}`);
  const state = given.state ?? 'draft';
  const claimedStatus = given.claimedStatus ?? 'limited';
  const reviewed = state === 'verified' || state === 'returned';
  const now = new Date();
  const values: NewProgressReport = {
    reportedOn: isoDate(now),
    narrative: 'Progress report narrative.',
    ...given,
    commitmentId,
    countryId: commitment.countryId,
    state,
    claimedStatus,
  };
  if (state !== 'draft' && overrides.submittedAt === undefined) values.submittedAt = now;
  if (reviewed && overrides.reviewerId === undefined)
    values.reviewerId = (await createUser(executor, { role: 'secretariat' })).id;
  if (reviewed && overrides.reviewedAt === undefined) values.reviewedAt = now;
  if (state === 'verified' && overrides.assessedStatus === undefined) values.assessedStatus = claimedStatus;
  if (state === 'returned' && overrides.returnReason === undefined)
    values.returnReason = 'Please add evidence for the claimed status.';
  const [row] = await executor.insert(progressReports).values(values).returning();
  return row!;
}

export async function createRound(
  executor: Executor,
  overrides: Overrides<typeof reportingRounds.$inferInsert> = {},
): Promise<ReportingRound> {
  const given = defined(overrides);
  const status = given.status ?? 'planned';
  const opensOn = given.opensOn ?? isoDate(new Date());
  const values: typeof reportingRounds.$inferInsert = {
    title: `Reporting round opening ${opensOn}`,
    deadline: addDays(opensOn, 28),
    ...given,
    opensOn,
    status,
  };
  if (status !== 'planned' && overrides.openedAt === undefined) values.openedAt = new Date(`${opensOn}T09:00:00Z`);
  if (status === 'closed' && overrides.closedAt === undefined)
    values.closedAt = new Date(`${addDays(values.deadline, 1)}T09:00:00Z`);
  const [row] = await executor.insert(reportingRounds).values(values).returning();
  return row!;
}

/** Texts by locale; English is what the services require, so a factory without it writes a default. */
type Texts<T> = Partial<Record<string, T>>;

export async function createFramework(
  executor: Executor,
  {
    texts,
    ...overrides
  }: Overrides<typeof frameworks.$inferInsert> & { texts?: Texts<{ name: string; description?: string }> } = {},
): Promise<Framework> {
  const given = defined(overrides);
  const code = given.code ?? `F${randomUUID().slice(0, 6).toUpperCase()}`;
  const [row] = await executor
    .insert(frameworks)
    .values({ ...given, code })
    .returning();
  const all = texts ?? { en: { name: `Framework ${code}` } };
  await executor
    .insert(frameworkTexts)
    .values(
      Object.entries(all).map(([locale, text]) => ({
        frameworkId: row!.id,
        locale,
        name: text!.name,
        description: text!.description ?? '',
      })),
    );
  return row!;
}

/** A standard of a framework (a new one unless given), its texts in English unless others are given. */
export async function createStandard(
  executor: Executor,
  {
    texts,
    ...overrides
  }: Overrides<typeof standards.$inferInsert> & { texts?: Texts<{ title: string; description?: string }> } = {},
): Promise<Standard> {
  const given = defined(overrides);
  const frameworkId = given.frameworkId ?? (await createFramework(executor)).id;
  const code = given.code ?? `S${randomUUID().slice(0, 6).toUpperCase()}`;
  const [last] = await executor
    .select({ next: sql<number>`coalesce(max(${standards.position}), 0)::int + 1` })
    .from(standards)
    .where(eq(standards.frameworkId, frameworkId));
  const [row] = await executor
    .insert(standards)
    .values({ position: last!.next, ...given, frameworkId, code })
    .returning();
  const all = texts ?? { en: { title: `Standard ${code}` } };
  await executor
    .insert(standardTexts)
    .values(
      Object.entries(all).map(([locale, text]) => ({
        standardId: row!.id,
        locale,
        title: text!.title,
        description: text!.description ?? '',
      })),
    );
  return row!;
}

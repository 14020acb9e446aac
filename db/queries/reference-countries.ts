import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { countries, membershipEvents } from '@/db/schema';

/** The workspace's reads and writes of the states themselves (the reference-data pages). */

export type ReferenceCountry = {
  id: number;
  iso3: string;
  iso2: string;
  name: string;
  regionCode: string;
  version: number;
  /** How many membership events the state has: none means it is not, and never was, a member. */
  events: number;
};

const columns = {
  id: countries.id,
  iso3: countries.iso3,
  iso2: countries.iso2,
  name: countries.name,
  regionCode: countries.regionCode,
  version: countries.version,
};

const eventCount = sql<number>`(select count(*)::int from ${membershipEvents} where ${membershipEvents.countryId} = ${countries.id})`;

export async function listReferenceCountries({ executor = db() }: { executor?: Executor } = {}): Promise<
  ReferenceCountry[]
> {
  return executor
    .select({ ...columns, events: eventCount })
    .from(countries)
    .orderBy(asc(countries.name), asc(countries.iso3));
}

export type CountryRow = Omit<ReferenceCountry, 'events'>;

/** The row, locked until the transaction ends, or null when there is none. */
export async function lockCountry({ executor, id }: { executor: Executor; id: number }): Promise<CountryRow | null> {
  const [row] = await executor.select(columns).from(countries).where(eq(countries.id, id)).for('update');
  return row ?? null;
}

/** The state holding either code, if one does. */
export async function findCountryByCodes({
  executor,
  iso2,
  iso3,
}: {
  executor: Executor;
  iso2: string;
  iso3: string;
}): Promise<CountryRow | null> {
  const [row] = await executor
    .select(columns)
    .from(countries)
    .where(sql`${countries.iso3} = ${iso3} or ${countries.iso2} = ${iso2}`);
  return row ?? null;
}

/** Inserts a state; null when another transaction added the same codes first. */
export async function insertCountry({
  executor,
  values,
}: {
  executor: Executor;
  values: { iso2: string; iso3: string; name: string; regionCode: string };
}): Promise<CountryRow | null> {
  const [row] = await executor.insert(countries).values(values).onConflictDoNothing().returning(columns);
  return row ?? null;
}

/** Sets the region if the row is still at `version`; null when someone saved first. */
export async function updateCountryRegion({
  executor,
  id,
  version,
  regionCode,
}: {
  executor: Executor;
  id: number;
  version: number;
  regionCode: string;
}): Promise<CountryRow | null> {
  const [row] = await executor
    .update(countries)
    .set({ regionCode, version: sql`${countries.version} + 1`, updatedAt: sql`now()` })
    .where(sql`${countries.id} = ${id} and ${countries.version} = ${version}`)
    .returning(columns);
  return row ?? null;
}

/** One state by its alpha-3 code (any case), with its event count; null when there is none. */
export async function findReferenceCountry({
  iso3,
  executor = db(),
}: {
  iso3: string;
  executor?: Executor;
}): Promise<ReferenceCountry | null> {
  if (!/^[A-Za-z]{3}$/.test(iso3)) return null;
  const [row] = await executor
    .select({ ...columns, events: eventCount })
    .from(countries)
    .where(eq(countries.iso3, iso3.toUpperCase()));
  return row ?? null;
}

import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { appSettings, countries, membershipEvents, type Role } from '@/db/schema';
import { regionCodeOf } from '@/lib/regions';
import { SEED_COUNTRIES, eventRowsOf } from './countries';
import { DEMO_ACCOUNTS, DEMO_SETTING_KEY, seedDemoData } from './demo';
import { SEED_FRAMEWORKS, seedFramework } from './frameworks';

/**
 * Seeding is idempotent by natural key (ISO code, framework and standard code; the demo set as a whole
 * by its app setting). Rows that exist are left alone rather than updated: the secretariat may have
 * edited a name or a standard's wording since, and a re-seed must not undo that.
 */

export type SeedResult = {
  demoAccounts: { role: Role; email: string; password: string; countryIso3: string | null }[];
};

/** Serialises concurrent seeds (two servers starting at once) on one arbitrary, fixed key. */
const SEED_LOCK_KEY = 72_042_016;

async function seedCountries(executor: Executor): Promise<void> {
  await executor
    .insert(countries)
    .values(
      SEED_COUNTRIES.map(({ iso3, iso2, name, region }) => ({ iso3, iso2, name, regionCode: regionCodeOf(region)! })),
    )
    .onConflictDoNothing();
  const rows = await executor
    .select({ id: countries.id, iso3: countries.iso3 })
    .from(countries)
    .where(
      inArray(
        countries.iso3,
        SEED_COUNTRIES.map((country) => country.iso3),
      ),
    );
  const withHistory = await executor
    .selectDistinct({ countryId: membershipEvents.countryId })
    .from(membershipEvents)
    .where(
      inArray(
        membershipEvents.countryId,
        rows.map((row) => row.id),
      ),
    );
  const hasHistory = new Set(withHistory.map((row) => row.countryId));
  // A history is seeded whole or not at all: once a country has events, they are the admins' to keep.
  const events = rows
    .filter((row) => !hasHistory.has(row.id))
    .flatMap((row) =>
      eventRowsOf(SEED_COUNTRIES.find((country) => country.iso3 === row.iso3)!).map((event) => ({
        ...event,
        countryId: row.id,
      })),
    );
  if (events.length > 0) await executor.insert(membershipEvents).values(events);
}

async function seedFrameworks(executor: Executor): Promise<void> {
  for (const framework of SEED_FRAMEWORKS) await seedFramework(executor, framework);
}

async function isDemoLoaded(executor: Executor): Promise<boolean> {
  const [row] = await executor
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, DEMO_SETTING_KEY));
  return row?.value === true;
}

/**
 * Loads the reference data (countries, membership history, the Civil Society Standards in every
 * language) and, with `demo`, the demo data set (with its own small framework), in one transaction. Safe to run any number of times. Returns the demo
 * accounts when demo data was asked for (whether loaded now or before), so the launcher can print them.
 */
export async function seedDatabase(database: Database, options: { demo: boolean }): Promise<SeedResult> {
  return database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    await seedCountries(tx);
    await seedFrameworks(tx);
    if (!options.demo) return { demoAccounts: [] };
    if (!(await isDemoLoaded(tx))) await seedDemoData(tx);
    return {
      demoAccounts: DEMO_ACCOUNTS.map(({ role, email, password, countryIso3 }) => ({
        role,
        email,
        password,
        countryIso3,
      })),
    };
  });
}

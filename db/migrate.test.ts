import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/db/client';
import { migrateDatabase, migrationsFolder } from '@/db/migrate';
import * as schema from '@/db/schema';
import { auditEvents, users } from '@/db/schema';
import { createCountry, createReport, createUser } from '@/db/seed/factories';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';

type PgError = { code?: string; constraint_name?: string; message: string };

/** The PostgreSQL error behind a failed query (drizzle wraps it in `cause`). */
async function databaseError(promise: Promise<unknown>): Promise<PgError> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return (cause ?? error) as PgError;
  }
  throw new Error('expected the database to refuse the statement');
}

const schemaTables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table).name)
  .sort();

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

const tablesCreatedByMigrations = journal.entries
  .flatMap(({ tag }) => [
    ...readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8').matchAll(
      /CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g,
    ),
  ])
  .map((match) => match[1]!)
  .sort();

describe('migrations', () => {
  const serverUrl = inject('testServerUrl');
  const name = uniqueName('et_migrate');
  afterAll(() => dropDatabase(serverUrl, name));

  it('apply to an empty database and create every table in the schema', async () => {
    const url = await createDatabase(serverUrl, name);
    await migrateDatabase(url);
    // A second run finds nothing to do and changes nothing.
    await migrateDatabase(url);
    const sqlClient = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const tables = await sqlClient<{ table_name: string }[]>`
        select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`;
      const created = tables.map((row) => row.table_name).sort();
      expect(schemaTables).toEqual(
        expect.arrayContaining(['audit_events', 'commitments', 'countries', 'progress_reports', 'users']),
      );
      expect(created).toEqual(expect.arrayContaining(schemaTables));
      // Any other table comes from a hand-written migration (such as the rate limiter's own store).
      expect(created).toEqual(tablesCreatedByMigrations);
      const applied = await sqlClient`select hash from drizzle.__drizzle_migrations`;
      expect(applied).toHaveLength(journal.entries.length);
      const triggers = await sqlClient<{ tgname: string }[]>`
        select tgname from pg_trigger where tgrelid = 'audit_events'::regclass and not tgisinternal order by tgname`;
      expect(triggers.map((row) => row.tgname)).toEqual([
        'audit_events_no_truncate',
        'audit_events_no_update_or_delete',
      ]);
    } finally {
      await sqlClient.end({ timeout: 5 });
    }
  });
});

describe('audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, and keeps the row as written', async () => {
    const [row] = await db()
      .insert(auditEvents)
      .values({ action: 'test.append_only', after: { ok: true } })
      .returning();

    const update = await databaseError(
      db().update(auditEvents).set({ action: 'tampered' }).where(eq(auditEvents.id, row!.id)),
    );
    expect(update.code).toBe('42501');
    expect(update.message).toBe('audit_events is append-only: UPDATE is not allowed');

    const remove = await databaseError(db().delete(auditEvents).where(eq(auditEvents.id, row!.id)));
    expect(remove.code).toBe('42501');
    expect(remove.message).toBe('audit_events is append-only: DELETE is not allowed');

    const truncate = await databaseError(db().execute(sql`truncate audit_events`));
    expect(truncate.code).toBe('42501');
    expect(truncate.message).toBe('audit_events is append-only: TRUNCATE is not allowed');

    const after = await db()
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.id, row!.id));
    expect(after).toEqual([{ action: 'test.append_only', after: { ok: true } }]);
  });
});

describe('CHECK constraints', () => {
  it('refuse a focal point without a country, and staff bound to one', async () => {
    const noCountry = await databaseError(
      createUser(db(), { role: 'focal_point', countryId: null, email: 'fp@example.test' }),
    );
    expect(noCountry.code).toBe('23514');
    expect(noCountry.constraint_name).toBe('users_focal_point_has_country');

    const country = await createCountry(db());
    const staffWithCountry = await databaseError(
      createUser(db(), { role: 'secretariat', countryId: country.id, email: 'st@example.test' }),
    );
    expect(staffWithCountry.constraint_name).toBe('users_focal_point_has_country');

    const stored = await db().select({ email: users.email }).from(users);
    expect(stored).toEqual([]);
  });

  it('refuse a verified report without an assessed status', async () => {
    const refused = await databaseError(
      createReport(db(), { state: 'verified', claimedStatus: 'complete', assessedStatus: null }),
    );
    expect(refused.code).toBe('23514');
    expect(refused.constraint_name).toBe('progress_reports_verified_shape');

    const accepted = await createReport(db(), {
      state: 'verified',
      claimedStatus: 'complete',
      assessedStatus: 'substantial',
    });
    expect(accepted.assessedStatus).toBe('substantial');
  });

  it('refuse a returned report without a reason', async () => {
    const refused = await databaseError(createReport(db(), { state: 'returned', returnReason: '   ' }));
    expect(refused.constraint_name).toBe('progress_reports_returned_shape');
  });
});

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { auditEvents, userSessions, users } from '@/db/schema';
import { createCommitment, createCountry, createReport, createUser } from '@/db/seed/factories';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';
import { backupDatabase, readBackupHeader, restoreDatabase } from './backup';
import { createUserSession } from './queries/user-sessions';

const serverUrl = inject('testServerUrl');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'et-backup-'));
const restoredName = uniqueName('et_restore');

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await dropDatabase(serverUrl, restoredName);
});

/** Every table of `public`, each as one digest of all its rows. */
async function digests(url: string): Promise<Record<string, string>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await sql.unsafe(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
      );
      result[name] = `${row!.n}:${row!.digest}`;
    }
    return result;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe('backups', () => {
  it('backs up, lets the data change, and restores exactly what was backed up', async () => {
    const executor = db();
    const country = await createCountry(executor);
    const author = await createUser(executor, {
      role: 'focal_point',
      countryId: country.id,
      name: 'Zoë "Quote" \\ Tab\t',
    });
    const commitment = await createCommitment(executor, { countryId: country.id, title: 'Line one\nline two' });
    await createReport(executor, { commitmentId: commitment.id, authorId: author.id });
    await createUserSession({ userId: author.id, userAgent: 'Firefox/140.0', ip: '203.0.113.7' });
    await executor
      .insert(auditEvents)
      .values({ action: 'test.backup', actorId: author.id, after: { nested: [1, 'two'] } });

    const url = process.env.DATABASE_URL!;
    const before = await digests(url);
    const file = path.join(scratch, 'backup.et-backup.gz');
    const summary = await backupDatabase({ url, file });
    expect(summary.rows.users).toBeGreaterThan(0);
    expect((await readBackupHeader(file)).tables.map((table) => table.name)).toEqual(Object.keys(before));

    // The live database moves on after the backup…
    await executor.update(users).set({ name: 'Changed after the backup' }).where(eq(users.id, author.id));
    await createCountry(executor);
    await executor.delete(userSessions).where(eq(userSessions.userId, author.id));
    expect(await digests(url)).not.toEqual(before);

    // …and the restore gives back the moment of the backup, table by table.
    const restoredUrl = await createDatabase(serverUrl, restoredName);
    await migrateDatabase(restoredUrl);
    await restoreDatabase({ url: restoredUrl, file });
    expect(await digests(restoredUrl)).toEqual(before);

    // Identity sequences continue after the restored rows.
    const sql = postgres(restoredUrl, { max: 1, onnotice: () => {} });
    try {
      const [inserted] = await sql<{ id: number }[]>`
        insert into countries (iso3, iso2, name, region_code) values ('QQQ', 'QQ', 'New after restore', '150') returning id`;
      const [highest] = await sql<{ id: number }[]>`select max(id)::int as id from countries where iso3 <> 'QQQ'`;
      expect(inserted!.id).toBeGreaterThan(highest!.id);
      // A second restore into the same database is refused: it is not empty any more.
      await expect(restoreDatabase({ url: restoredUrl, file })).rejects.toThrow(/not empty/);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('refuses to restore over an existing data folder unless told to', async () => {
    const dataDir = path.join(scratch, 'data');
    mkdirSync(path.join(dataDir, 'pg', 'cluster'), { recursive: true });
    writeFileSync(path.join(dataDir, 'pg', 'cluster', 'PG_VERSION'), '18\n');
    const file = path.join(scratch, 'backup.et-backup.gz');
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const result = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['scripts/restore.ts', file], {
      env,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already holds a database; add -- --force');
  });
});

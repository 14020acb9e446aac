import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/** True when the database answers a trivial query. */
export async function pingDatabase(): Promise<boolean> {
  try {
    await db().execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Migrations in the committed journal that the database has not applied. drizzle records each applied
 * migration with the journal's `when` as `created_at`; a missing table means none were applied.
 */
export async function pendingMigrations({ journal }: { journal: Array<{ tag: string; when: number }> }) {
  const rows = await db().execute<{ created_at: string }>(sql`
    select created_at::text as created_at from drizzle.__drizzle_migrations`);
  const applied = new Set(rows.map((row) => Number(row.created_at)));
  return journal.filter((entry) => !applied.has(entry.when)).map((entry) => entry.tag);
}

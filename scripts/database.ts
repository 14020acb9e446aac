import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '@/db/embedded';
import { EnvError, env } from '@/lib/env';

export const dataDir = path.resolve(import.meta.dirname, '..', '.data');
export const appDatabaseName = 'engagement_tracker';

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** Fails with a one-line EnvError naming DATABASE_URL when the server cannot be reached. */
export async function checkReachable(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = new URL(url);
    throw new EnvError(
      'DATABASE_URL',
      `cannot connect to ${where.hostname}:${where.port || 5432}${where.pathname} (${reason})`,
    );
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * DATABASE_URL when it is set; otherwise the embedded server under .data/pg, kept across restarts.
 * `log` receives lines for the person running the command.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  const configured = env().DATABASE_URL;
  if (configured) {
    await checkReachable(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dir: path.join(dataDir, 'pg'), port: env().EMBEDDED_PG_PORT, log });
  try {
    await ensureDatabase(server.url('postgres'), appDatabaseName);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`Embedded PostgreSQL running on 127.0.0.1:${server.port} (data in .data/pg).`);
  return { url: server.url(appDatabaseName), embedded: true, stop: server.stop };
}

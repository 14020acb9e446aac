import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '@/db/embedded';
import { inspectLock } from '@/db/embedded-lock';
import { EnvError, env } from '@/lib/env';

const root = path.resolve(import.meta.dirname, '..');
/** Scratch space of the test and bench launchers; never the app's data. */
export const dataDir = path.join(root, '.data');
/** The app's data folder (embedded cluster, generated secret): DATA_DIR, `.data` by default. */
export function appDataDir(): string {
  return path.resolve(root, env().DATA_DIR);
}
export const embeddedClusterDir = () => path.join(appDataDir(), 'pg', 'cluster');
export const appDatabaseName = 'engagement_tracker';

export type ResolvedDatabase = {
  url: string;
  embedded: boolean;
  /** Calls `listener` if the embedded server dies without being stopped; never for DATABASE_URL. */
  onUnexpectedExit: (listener: (detail: string) => void) => void;
  stop: () => Promise<void>;
};

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
    return { url: configured, embedded: false, onUnexpectedExit: () => {}, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dir: path.join(appDataDir(), 'pg'), port: env().EMBEDDED_PG_PORT, log });
  try {
    await ensureDatabase(server.url('postgres'), appDatabaseName);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(
    `Embedded PostgreSQL running on 127.0.0.1:${server.port} (data in ${path.relative(root, path.join(appDataDir(), 'pg')) || appDataDir()}).`,
  );
  return {
    url: server.url(appDatabaseName),
    embedded: true,
    onUnexpectedExit: server.onUnexpectedExit,
    stop: server.stop,
  };
}

/**
 * The URL of the embedded PostgreSQL when one already runs on the data folder (the app is up), or
 * null: lets a backup run beside the app instead of starting a second server on the same files.
 */
export async function runningEmbeddedUrl(): Promise<string | null> {
  const lock = inspectLock(embeddedClusterDir());
  if ((lock.kind !== 'in_use' && lock.kind !== 'orphan') || !lock.port) return null;
  const credentials = path.join(appDataDir(), 'pg', 'credentials.json');
  if (!existsSync(credentials)) return null;
  const { password } = JSON.parse(await readFile(credentials, 'utf8')) as { password: string };
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${lock.port}/${appDatabaseName}`;
}

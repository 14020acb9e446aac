import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env, requireDatabaseUrl } from '@/lib/env';
import * as schema from './schema';

/**
 * The one connection module. It only knows DATABASE_URL: the launcher (scripts/start.ts) sets it to
 * either the embedded server it started or the operator's own PostgreSQL, so nothing here, or in the
 * code that calls it, knows which of the two it talks to.
 */

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A query function accepts either the pool or an open transaction. */
export type Executor = Database | Transaction;

type Connection = { sql: postgres.Sql; db: Database };

const globalForDb = globalThis as unknown as { __engagementTrackerDb?: Connection };

type ConnectOptions = {
  max?: number;
  /** Sees every statement sent (the benchmark uses it to EXPLAIN what the data functions run). */
  debug?: (connection: number, query: string, parameters: unknown[]) => void;
};

export function connect(url: string, options: ConnectOptions = {}): Connection {
  const sql = postgres(url, {
    max: options.max ?? env().DATABASE_POOL_MAX,
    ...(options.debug ? { debug: options.debug } : {}),
    onnotice: () => {},
    // Dates stay strings ('2024-05-01'); drizzle's `date({ mode: 'string' })` expects that.
    types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
  });
  return { sql, db: drizzle(sql, { schema, casing: 'snake_case' }) };
}

function connection(): Connection {
  // Kept on globalThis so that hot reloads in development reuse one pool.
  globalForDb.__engagementTrackerDb ??= connect(requireDatabaseUrl());
  return globalForDb.__engagementTrackerDb;
}

/** The shared pool, created on first use. */
export function db(): Database {
  return connection().db;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__engagementTrackerDb;
  globalForDb.__engagementTrackerDb = undefined;
  await current?.sql.end({ timeout: 5 });
}

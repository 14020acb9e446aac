import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type postgres from 'postgres';
import { db } from '@/db/client';

/**
 * Attempt counters in PostgreSQL (table rate_limits, migration 0002), so that a limit holds across
 * every app server. rate-limiter-flexible's PostgreSQL store speaks the `pg` client's interface
 * (`query({ text, values })` answering `{ rows, rowCount }`); the small adapter below gives it our
 * existing postgres.js pool, so there is no second driver and no second pool. Its upsert is a single
 * INSERT … ON CONFLICT statement, so concurrent attempts on several servers count correctly.
 */

const TABLE = 'rate_limits';

type PgQuery = { text: string; values?: unknown[] };

function storeClient() {
  return {
    query: async ({ text, values = [] }: PgQuery) => {
      // drizzle keeps the postgres.js client it was built with on `$client` (db/client.ts builds it).
      const client = (db() as unknown as { $client: postgres.Sql }).$client;
      const rows = await client.unsafe(text, values as never[]);
      return { rows: [...rows], rowCount: rows.count ?? rows.length };
    },
  };
}

type LimiterOptions = { keyPrefix: string; points: number; duration: number };

const limiters = new Map<string, RateLimiterPostgres>();

function limiter(options: LimiterOptions): RateLimiterPostgres {
  let existing = limiters.get(options.keyPrefix);
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: storeClient(),
      storeType: 'pool',
      tableName: TABLE,
      // The table comes from a migration; the library must not create tables at run time.
      tableCreated: true,
      clearExpiredByTimeout: false,
      ...options,
    });
    limiters.set(options.keyPrefix, existing);
  }
  return existing;
}

/** Keys never hold an address or e-mail in clear: the table keeps hashes only. */
export function limitKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000').toLowerCase()).digest('hex');
}

/** A counter of failures: `points` failures within `duration` seconds, then a block. */
export class FailureCounter {
  constructor(private readonly options: LimiterOptions) {}

  private get store() {
    return limiter(this.options);
  }

  /** Seconds until the key may try again, or 0 when it is not blocked. */
  async blockedFor(key: string): Promise<number> {
    const res = await this.store.get(key);
    return res && res.consumedPoints > this.options.points ? secondsOf(res) : 0;
  }

  /** Counts one failure; returns the failures counted in the current window. */
  async fail(key: string, points = 1): Promise<number> {
    const res = await this.store.penalty(key, points);
    return res.consumedPoints;
  }

  async block(key: string, seconds: number): Promise<void> {
    await this.store.block(key, seconds);
  }

  async reset(key: string): Promise<void> {
    await this.store.delete(key);
  }

  get limit(): number {
    return this.options.points;
  }
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Sign-in: five failures for one account within 15 minutes lock it; each further lockout within a day
 * doubles the wait (5, 10, 20 … minutes, at most 24 hours). Thirty failures from one address within an
 * hour block that address for an hour, whichever accounts it tries. A success clears the account's
 * count (not the address's: one valid account must not reset an attacker's budget for the others).
 * The account lock also stops a person signing in while it lasts; that is the price of the limit,
 * and the wait is short at first.
 */
export const signInLimits = {
  account: new FailureCounter({ keyPrefix: 'signin_account', points: 5, duration: 15 * 60 }),
  lockouts: new FailureCounter({ keyPrefix: 'signin_lockouts', points: 1000, duration: 24 * 60 * 60 }),
  address: new FailureCounter({ keyPrefix: 'signin_address', points: 30, duration: 60 * 60 }),
  firstLockoutSeconds: 5 * 60,
  longestLockoutSeconds: 24 * 60 * 60,
};

/** "Forgot password": at most 3 links per address per hour and 20 requests per client address. */
export const resetRequestLimits = {
  email: new FailureCounter({ keyPrefix: 'reset_email', points: 3, duration: 60 * 60 }),
  address: new FailureCounter({ keyPrefix: 'reset_address', points: 20, duration: 60 * 60 }),
};

/** Checks of a signed-in person's own password or second factor (change password, two-factor set-up). */
export const reauthLimits = new FailureCounter({ keyPrefix: 'reauth_user', points: 5, duration: 15 * 60 });

/** Each accepted TOTP time step is remembered for a little longer than it is valid, so it works only once. */
export const usedTotpSteps = new FailureCounter({ keyPrefix: 'totp_used', points: 1, duration: 3 * 30 });

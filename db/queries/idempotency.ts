import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';

/** Idempotency keys of submissions (db/schema.ts `idempotencyKeys`). */

export type IdempotencyClaim = { kind: 'new' } | { kind: 'replay'; result: unknown } | { kind: 'mismatch' };

/**
 * Claims a key inside the submission's transaction. A second call with the same key waits here until
 * the first commits (the primary key's lock), then finds its row: a replay. If the first rolled back,
 * the second claims the key afresh.
 */
export async function claimIdempotencyKey({
  executor,
  userId,
  action,
  key,
  inputHash,
}: {
  executor: Executor;
  userId: string;
  action: string;
  key: string;
  inputHash: string;
}): Promise<IdempotencyClaim> {
  const inserted = await executor
    .insert(idempotencyKeys)
    .values({ userId, action, key, inputHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { kind: 'new' };
  const [row] = await executor
    .select({ inputHash: idempotencyKeys.inputHash, result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.action, action), eq(idempotencyKeys.key, key)));
  if (!row || row.inputHash !== inputHash) return { kind: 'mismatch' };
  return { kind: 'replay', result: row.result };
}

export async function storeIdempotentResult({
  executor,
  userId,
  action,
  key,
  result,
}: {
  executor: Executor;
  userId: string;
  action: string;
  key: string;
  result: unknown;
}): Promise<void> {
  await executor
    .update(idempotencyKeys)
    .set({ result: result ?? null })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.action, action), eq(idempotencyKeys.key, key)));
}

/**
 * A person's keys older than a day are dropped as they claim a new one: no form is left open that long,
 * and touching only their own rows never makes two people's submissions wait on each other.
 */
export async function deleteExpiredIdempotencyKeys({
  executor,
  userId,
}: {
  executor: Executor;
  userId: string;
}): Promise<void> {
  await executor
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), lt(idempotencyKeys.createdAt, sql`now() - interval '1 day'`)));
}

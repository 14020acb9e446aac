import 'server-only';
import { and, asc, count, desc, eq, gt, isNull } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { outboxMessages, type OutboxMessage } from '@/db/schema';

/**
 * The mail outbox: every message the app sends is written here first, in the same transaction as the
 * change that causes it, and delivered afterwards (lib/mail/outbox.ts). `dedupeKey` makes a send
 * idempotent: a second insert with the same key is ignored.
 */

export type NewOutboxMessage = {
  toAddress: string;
  subject: string;
  bodyText: string;
  kind: string;
  dedupeKey?: string | null;
  userId?: string | null;
  countryId?: number | null;
};

/** Returns the new row's id, or null when a message with that dedupe key already exists. */
export async function insertOutboxMessage({
  executor,
  message,
}: {
  executor: Executor;
  message: NewOutboxMessage;
}): Promise<number | null> {
  const rows = await executor
    .insert(outboxMessages)
    .values({ ...message, dedupeKey: message.dedupeKey ?? null })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return rows[0]?.id ?? null;
}

/**
 * Unsent messages younger than `since`, oldest first, locked for this transaction; SKIP LOCKED lets
 * several app servers deliver at once without sending a message twice.
 */
export async function lockUnsentMessages({
  executor,
  since,
  limit,
}: {
  executor: Executor;
  since: Date;
  limit: number;
}): Promise<OutboxMessage[]> {
  return executor
    .select()
    .from(outboxMessages)
    .where(and(isNull(outboxMessages.sentAt), isNull(outboxMessages.withdrawnAt), gt(outboxMessages.createdAt, since)))
    .orderBy(asc(outboxMessages.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markMessageSent({
  executor,
  id,
  bodyText,
}: {
  executor: Executor;
  id: number;
  bodyText: string;
}): Promise<void> {
  await executor
    .update(outboxMessages)
    .set({ sentAt: new Date(), error: null, bodyText })
    .where(eq(outboxMessages.id, id));
}

export async function markMessageFailed({
  executor,
  id,
  error,
}: {
  executor: Executor;
  id: number;
  error: string;
}): Promise<void> {
  await executor.update(outboxMessages).set({ error }).where(eq(outboxMessages.id, id));
}

export type OutboxRow = Pick<
  OutboxMessage,
  'id' | 'toAddress' | 'subject' | 'bodyText' | 'kind' | 'sentAt' | 'error' | 'withdrawnAt' | 'createdAt'
>;

export async function listOutboxMessages({
  page = 1,
  pageSize = 25,
  executor = db(),
}: { page?: number; pageSize?: number; executor?: Executor } = {}): Promise<{ rows: OutboxRow[]; total: number }> {
  const rows = await executor
    .select({
      id: outboxMessages.id,
      toAddress: outboxMessages.toAddress,
      subject: outboxMessages.subject,
      bodyText: outboxMessages.bodyText,
      kind: outboxMessages.kind,
      sentAt: outboxMessages.sentAt,
      error: outboxMessages.error,
      withdrawnAt: outboxMessages.withdrawnAt,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize);
  const [totals] = await executor.select({ total: count() }).from(outboxMessages);
  return { rows, total: totals?.total ?? 0 };
}

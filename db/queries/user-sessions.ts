import 'server-only';
import { and, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { userSessions } from '@/db/schema';

/** Session records: one per sign-in, ended by sign-out or by anything that ends a person's sessions. */

/** Never store an unbounded header: a User-Agent is only shown as "Firefox on Windows". */
const USER_AGENT_MAX = 400;

export async function createUserSession({
  executor = db(),
  userId,
  userAgent,
  ip,
}: {
  executor?: Executor;
  userId: string;
  userAgent: string | null;
  ip: string | null;
}): Promise<string> {
  const [row] = await executor
    .insert(userSessions)
    .values({ userId, userAgent: (userAgent ?? '').slice(0, USER_AGENT_MAX), ip })
    .returning({ id: userSessions.id });
  return row!.id;
}

export type SessionRecordState = { userId: string; endedAt: Date | null; lastSeenAt: Date };

export async function getSessionRecord({
  executor = db(),
  id,
}: {
  executor?: Executor;
  id: string;
}): Promise<SessionRecordState | null> {
  const [row] = await executor
    .select({ userId: userSessions.userId, endedAt: userSessions.endedAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(eq(userSessions.id, id));
  return row ?? null;
}

/** Marks the session as seen now, unless it already was within the last `everySeconds`. */
export async function touchSessionRecord({
  executor = db(),
  id,
  everySeconds,
}: {
  executor?: Executor;
  id: string;
  everySeconds: number;
}): Promise<void> {
  await executor
    .update(userSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(
      and(
        eq(userSessions.id, id),
        isNull(userSessions.endedAt),
        lt(userSessions.lastSeenAt, sql`now() - make_interval(secs => ${everySeconds})`),
      ),
    );
}

/** Ends one of a person's sessions; returns whether it was theirs and still open. */
export async function endSessionRecord({
  executor = db(),
  id,
  userId,
}: {
  executor?: Executor;
  id: string;
  userId: string;
}): Promise<boolean> {
  const ended = await executor
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return ended.length > 0;
}

/** Ends every open session of a person, except `keepId` (the browser that asked) when given. */
export async function endSessionRecords({
  executor = db(),
  userId,
  keepId,
}: {
  executor?: Executor;
  userId: string;
  keepId?: string;
}): Promise<number> {
  const ended = await executor
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        keepId ? ne(userSessions.id, keepId) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return ended.length;
}

export type ActiveSessionRow = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string; ip: string | null };

/**
 * A person's sessions that can still be used: not ended, begun within the absolute lifetime and seen
 * within the idle one (plus the minute `lastSeenAt` may lag by). Most recently seen first.
 */
export async function listActiveSessionRecords({
  executor = db(),
  userId,
  maxSeconds,
  idleSeconds,
}: {
  executor?: Executor;
  userId: string;
  maxSeconds: number;
  idleSeconds: number;
}): Promise<ActiveSessionRow[]> {
  return executor
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      userAgent: userSessions.userAgent,
      ip: userSessions.ip,
    })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        gt(userSessions.createdAt, sql`now() - make_interval(secs => ${maxSeconds})`),
        gt(userSessions.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds + 60})`),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(100);
}

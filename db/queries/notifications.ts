// No `import 'server-only'` here, on purpose: the escalation notices are queued by `npm run reminders`
// (scripts/reminders.ts), which runs in plain Node, as do the reminders' queries (round-progress.ts).
import { and, asc, count, desc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitments, countries, notifications, outboxMessages, users, type Role } from '@/db/schema';
import type { ReminderMessage } from './round-progress';

/**
 * What concerns one person ("What's new", lib/notifications): one row per notice and recipient, once per
 * dedupe key, and the people a notice goes to, with their language and the kinds they take no mail for.
 */

export type NoticeRecipient = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  mutedNotices: string[];
};

const recipientColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  mutedNotices: users.mutedNotices,
};

/** Active people of `role` (of one state when `countryId` is given), but not `exceptUserId`. */
async function listRecipients({
  executor,
  role,
  countryId = null,
  exceptUserId = null,
}: {
  executor: Executor;
  role: Role;
  countryId?: number | null;
  exceptUserId?: string | null;
}): Promise<NoticeRecipient[]> {
  return executor
    .select(recipientColumns)
    .from(users)
    .where(
      and(
        eq(users.role, role),
        eq(users.isActive, true),
        countryId === null ? undefined : eq(users.countryId, countryId),
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    )
    .orderBy(asc(users.email));
}

/** The active focal points of one state (of every state when `countryId` is null), but not `exceptUserId`. */
export function listFocalPointRecipients(options: {
  executor: Executor;
  countryId: number | null;
  exceptUserId?: string | null;
}): Promise<NoticeRecipient[]> {
  return listRecipients({ ...options, role: 'focal_point' });
}

/** The active secretariat, who review reports and follow the rounds. */
export function listSecretariatRecipients(options: {
  executor: Executor;
  exceptUserId?: string | null;
}): Promise<NoticeRecipient[]> {
  return listRecipients({ ...options, role: 'secretariat' });
}

export type NewNotice = {
  userId: string;
  kind: string;
  dedupeKey: string;
  countryId?: number | null;
  commitmentId?: number | null;
  reportId?: number | null;
  roundId?: number | null;
  actorId?: string | null;
  params?: Record<string, string | number | null>;
};

/** Writes the notices; one whose dedupe key exists is skipped. Returns the keys actually written. */
export async function insertNotices({ executor, notices }: { executor: Executor; notices: NewNotice[] }) {
  if (notices.length === 0) return new Set<string>();
  const rows = await executor
    .insert(notifications)
    .values(notices.map((notice) => ({ ...notice, params: notice.params ?? {} })))
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ dedupeKey: notifications.dedupeKey });
  return new Set(rows.map((row) => row.dedupeKey));
}

export type NoticeRow = {
  id: number;
  kind: string;
  commitmentId: number | null;
  reportId: number | null;
  roundId: number | null;
  countryIso2: string | null;
  countryName: string | null;
  commitmentRef: string | null;
  params: Record<string, string | number | null>;
  createdAt: Date;
};

/** A person's notices, newest first: those after `since` (all when null), at most `limit`. */
export async function listNoticesFor({
  userId,
  since,
  limit = 50,
  executor = db(),
}: {
  userId: string;
  since: Date | null;
  limit?: number;
  executor?: Executor;
}): Promise<NoticeRow[]> {
  return executor
    .select({
      id: notifications.id,
      kind: notifications.kind,
      commitmentId: notifications.commitmentId,
      reportId: notifications.reportId,
      roundId: notifications.roundId,
      countryIso2: countries.iso2,
      countryName: countries.name,
      commitmentRef: commitments.ref,
      params: notifications.params,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(countries, eq(countries.id, notifications.countryId))
    .leftJoin(commitments, eq(commitments.id, notifications.commitmentId))
    .where(and(eq(notifications.userId, userId), since ? gt(notifications.createdAt, since) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** How many notices the person has not read yet (written after their `notices_read_at`). */
export async function countUnreadNotices({
  userId,
  executor = db(),
}: {
  userId: string;
  executor?: Executor;
}): Promise<number> {
  const [row] = await executor
    .select({ unread: count() })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.userId, userId),
        or(isNull(users.noticesReadAt), gt(notifications.createdAt, users.noticesReadAt)),
      ),
    );
  return row?.unread ?? 0;
}

export type NoticePreferences = { locale: string; mutedNotices: string[]; noticesReadAt: Date | null };

export async function getNoticePreferences({
  userId,
  executor = db(),
}: {
  userId: string;
  executor?: Executor;
}): Promise<NoticePreferences | null> {
  const [row] = await executor
    .select({ locale: users.locale, mutedNotices: users.mutedNotices, noticesReadAt: users.noticesReadAt })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * Moves the person's "read up to" mark forward to the time of their notice `throughId` (the newest one
 * they were shown), never back; a notice written since stays unread. Another person's notice moves nothing.
 */
export async function markNoticesRead({
  executor,
  userId,
  throughId,
}: {
  executor: Executor;
  userId: string;
  throughId: number;
}): Promise<boolean> {
  const rows = await executor.execute<{ id: string }>(sql`
    UPDATE ${users} SET notices_read_at = greatest(coalesce(${users.noticesReadAt}, n.created_at), n.created_at)
    FROM ${notifications} n
    WHERE n.id = ${throughId} AND n.user_id = ${userId} AND ${users.id} = ${userId}
    RETURNING ${users.id}`);
  return rows.length > 0;
}

/** The person's language and the notice kinds they take no mail for, locked for the change. */
export async function lockNoticePreferences({ executor, userId }: { executor: Executor; userId: string }) {
  const [row] = await executor
    .select({ locale: users.locale, mutedNotices: users.mutedNotices })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ?? null;
}

export async function setNoticePreferences({
  executor,
  userId,
  values,
}: {
  executor: Executor;
  userId: string;
  values: { locale?: string; mutedNotices?: string[] };
}): Promise<void> {
  await executor
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** A notice's mail: as a reminder's (round-progress.ts), but a notice may concern no one state. */
export type NoticeMail = Omit<ReminderMessage, 'countryId'> & { countryId: number | null };

/** Puts notices' mail in the outbox; one whose dedupe key is there already is skipped. */
export async function enqueueNoticeMail({ executor, messages }: { executor: Executor; messages: NoticeMail[] }) {
  if (messages.length === 0) return;
  await executor.insert(outboxMessages).values(messages).onConflictDoNothing({ target: outboxMessages.dedupeKey });
}

/** A commitment's reference and its state's naming, which notices about it are worded with. */
export async function readCommitmentPlace({ executor, commitmentId }: { executor: Executor; commitmentId: number }) {
  const [row] = await executor
    .select({ ref: commitments.ref, countryId: commitments.countryId, iso2: countries.iso2, name: countries.name })
    .from(commitments)
    .innerJoin(countries, eq(countries.id, commitments.countryId))
    .where(eq(commitments.id, commitmentId));
  return row ?? null;
}

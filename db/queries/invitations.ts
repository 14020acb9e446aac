import 'server-only';
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '@/db/client';
import { countries, invitations, outboxMessages, users, type Invitation, type Role } from '@/db/schema';

/**
 * One-time links: invitations (a new account) and password resets (an existing one). Only the
 * SHA-256 of the token is stored; the token itself exists in the link alone.
 */

export async function insertInvitation({
  executor,
  values,
}: {
  executor: Executor;
  values: {
    purpose: 'invite' | 'reset';
    email: string;
    role?: Role | null;
    countryId?: number | null;
    userId?: string | null;
    tokenHash: string;
    createdById: string | null;
    locale?: string;
    expiresAt: Date;
  };
}): Promise<Invitation> {
  const [row] = await executor.insert(invitations).values(values).returning();
  return row!;
}

/** The link's row, locked until the transaction ends so that two uses of one link cannot both pass. */
export async function lockInvitationByTokenHash({
  executor,
  tokenHash,
}: {
  executor: Executor;
  tokenHash: string;
}): Promise<Invitation | null> {
  const [row] = await executor.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for('update');
  return row ?? null;
}

export async function findInvitationByTokenHash({
  tokenHash,
  executor = db(),
}: {
  tokenHash: string;
  executor?: Executor;
}): Promise<Invitation | null> {
  const [row] = await executor.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

export async function markInvitationUsed({
  executor,
  id,
  userId,
}: {
  executor: Executor;
  id: string;
  userId: string;
}): Promise<void> {
  await executor.update(invitations).set({ usedAt: new Date(), userId }).where(eq(invitations.id, id));
}

/** Revokes every open link of one kind for an address or a user; returns the revoked ids. */
/** The outbox key of the mail that carries a link: one mail per link. */
export function linkMailKey(purpose: 'invite' | 'reset', invitationId: string): string {
  return `${purpose === 'invite' ? 'invitation' : 'reset'}:${invitationId}`;
}

/**
 * Withdraws every open link of this purpose for the address or account, and marks the mail that carried
 * each one as withdrawn in the outbox (by its key, `linkMailKey`), so an
 * admin reading the outbox sees that the link in it no longer works and an unsent one is never delivered.
 * Returns the withdrawn invitations' ids.
 */
export async function revokeOpenInvitations({
  executor,
  purpose,
  email,
  userId,
}: {
  executor: Executor;
  purpose: 'invite' | 'reset';
  email?: string;
  userId?: string;
}): Promise<string[]> {
  const target = userId
    ? eq(invitations.userId, userId)
    : eq(sql`lower(${invitations.email})`, (email ?? '').toLowerCase());
  const rows = await executor
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.purpose, purpose), target, isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  const ids = rows.map((row) => row.id);
  if (ids.length > 0) {
    await executor
      .update(outboxMessages)
      .set({ withdrawnAt: new Date() })
      .where(
        and(
          inArray(
            outboxMessages.dedupeKey,
            ids.map((id) => linkMailKey(purpose, id)),
          ),
          isNull(outboxMessages.withdrawnAt),
        ),
      );
  }
  return ids;
}

export async function lockInvitation({ executor, id }: { executor: Executor; id: string }): Promise<Invitation | null> {
  const [row] = await executor.select().from(invitations).where(eq(invitations.id, id)).for('update');
  return row ?? null;
}

export async function revokeInvitation({ executor, id }: { executor: Executor; id: string }): Promise<void> {
  await executor.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, id));
}

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: Role | null;
  countryIso2: string | null;
  countryName: string | null;
  createdByName: string | null;
  expiresAt: Date;
  createdAt: Date;
};

/** Invitations not yet used, revoked or expired, newest first. */
export async function listPendingInvitations({
  executor = db(),
  now = new Date(),
}: { executor?: Executor; now?: Date } = {}): Promise<PendingInvitationRow[]> {
  const creator = alias(users, 'creator');
  return executor
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      countryIso2: countries.iso2,
      countryName: countries.name,
      createdByName: creator.name,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(countries, eq(countries.id, invitations.countryId))
    .leftJoin(creator, eq(creator.id, invitations.createdById))
    .where(
      and(
        eq(invitations.purpose, 'invite'),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

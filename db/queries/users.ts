import 'server-only';
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { countries, recoveryCodes, users, type Role } from '@/db/schema';

/** Accounts. E-mail addresses are compared case-insensitively (the unique index is on lower(email)). */

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The columns every request needs to decide who is asking and what they may do. */
export type SessionUserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  countryId: number | null;
  isActive: boolean;
  sessionVersion: number;
  totpEnabledAt: Date | null;
};

const sessionColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  countryId: users.countryId,
  isActive: users.isActive,
  sessionVersion: users.sessionVersion,
  totpEnabledAt: users.totpEnabledAt,
};

export async function getSessionUser({
  id,
  executor = db(),
}: {
  id: string;
  executor?: Executor;
}): Promise<SessionUserRow | null> {
  const [row] = await executor.select(sessionColumns).from(users).where(eq(users.id, id));
  return row ?? null;
}

export type SignInUserRow = SessionUserRow & { passwordHash: string | null; totpSecret: string | null };

export async function findUserForSignIn({
  email,
  executor = db(),
}: {
  email: string;
  executor?: Executor;
}): Promise<SignInUserRow | null> {
  const [row] = await executor
    .select({ ...sessionColumns, passwordHash: users.passwordHash, totpSecret: users.totpSecret })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)));
  return row ?? null;
}

export async function getUserCredentials({
  id,
  executor = db(),
  forUpdate = false,
}: {
  id: string;
  executor?: Executor;
  forUpdate?: boolean;
}): Promise<SignInUserRow | null> {
  const query = executor
    .select({ ...sessionColumns, passwordHash: users.passwordHash, totpSecret: users.totpSecret })
    .from(users)
    .where(eq(users.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function emailHasAccount({
  email,
  executor = db(),
}: {
  email: string;
  executor?: Executor;
}): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)));
  return row !== undefined;
}

export type UserListRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  countryId: number | null;
  countryIso2: string | null;
  countryName: string | null;
  isActive: boolean;
  totpEnabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
};

const listColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  countryId: users.countryId,
  countryIso2: countries.iso2,
  countryName: countries.name,
  isActive: users.isActive,
  totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

export async function listUsers({ executor = db() }: { executor?: Executor } = {}): Promise<UserListRow[]> {
  return executor
    .select(listColumns)
    .from(users)
    .leftJoin(countries, eq(countries.id, users.countryId))
    .orderBy(asc(users.isActive), asc(sql`lower(${users.name})`));
}

export async function getUserDetail({
  id,
  executor = db(),
}: {
  id: string;
  executor?: Executor;
}): Promise<UserListRow | null> {
  const [row] = await executor
    .select(listColumns)
    .from(users)
    .leftJoin(countries, eq(countries.id, users.countryId))
    .where(eq(users.id, id));
  return row ?? null;
}

/** The row as it was before a change, for the audit event; locks it until the transaction ends. */
export async function lockUserForChange({ id, executor }: { id: string; executor: Executor }) {
  const [row] = await executor
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      countryId: users.countryId,
      isActive: users.isActive,
      sessionVersion: users.sessionVersion,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .for('update');
  return row ?? null;
}

export async function countActiveAdmins({
  executor = db(),
  excludingId,
}: {
  executor?: Executor;
  excludingId?: string;
}): Promise<number> {
  const conditions = [eq(users.role, 'admin'), eq(users.isActive, true)];
  if (excludingId) conditions.push(ne(users.id, excludingId));
  const [row] = await executor
    .select({ total: count() })
    .from(users)
    .where(and(...conditions));
  return row?.total ?? 0;
}

export async function insertUser({
  executor,
  values,
}: {
  executor: Executor;
  values: { email: string; name: string; role: Role; countryId: number | null; passwordHash: string; locale?: string };
}) {
  const [row] = await executor
    .insert(users)
    .values(values)
    .returning({ id: users.id, email: users.email, role: users.role, countryId: users.countryId });
  return row!;
}

/**
 * Changes role, country or active flag. Each of those also bumps the session version, so that every
 * open session of that person is refused on its next request.
 */
export async function updateUserAccess({
  executor,
  id,
  changes,
}: {
  executor: Executor;
  id: string;
  changes: { role?: Role; countryId?: number | null; isActive?: boolean };
}): Promise<void> {
  await executor
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/** Sets a new password hash and ends every other session. Returns the new session version. */
export async function setPasswordHash({
  executor,
  id,
  passwordHash,
}: {
  executor: Executor;
  id: string;
  passwordHash: string;
}): Promise<number> {
  const [row] = await executor
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row!.sessionVersion;
}

export async function bumpSessionVersion({ executor, id }: { executor: Executor; id: string }): Promise<number> {
  const [row] = await executor
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row!.sessionVersion;
}

export async function recordSignIn({ executor, id }: { executor: Executor; id: string }): Promise<void> {
  await executor.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, id));
}

// ---------------------------------------------------------------------------------------------
// Two-factor sign-in
// ---------------------------------------------------------------------------------------------

/** Stores a not-yet-confirmed secret (encrypted); enrolment completes with `enableTotp`. */
export async function setPendingTotpSecret({
  executor,
  id,
  encryptedSecret,
}: {
  executor: Executor;
  id: string;
  encryptedSecret: string;
}) {
  await executor
    .update(users)
    .set({ totpSecret: encryptedSecret, totpEnabledAt: null, updatedAt: new Date() })
    .where(eq(users.id, id));
}

/**
 * Turns two-factor sign-in on and replaces the recovery codes. Open sessions stay: the change makes
 * the account harder to enter, not easier, and "sign out everywhere" is one click away.
 */
export async function enableTotp({
  executor,
  id,
  recoveryCodeHashes,
}: {
  executor: Executor;
  id: string;
  recoveryCodeHashes: string[];
}): Promise<void> {
  await executor.update(users).set({ totpEnabledAt: new Date(), updatedAt: new Date() }).where(eq(users.id, id));
  await replaceRecoveryCodes({ executor, userId: id, codeHashes: recoveryCodeHashes });
}

export async function disableTotp({ executor, id }: { executor: Executor; id: string }): Promise<number> {
  const [row] = await executor
    .update(users)
    .set({
      totpSecret: null,
      totpEnabledAt: null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  await replaceRecoveryCodes({ executor, userId: id, codeHashes: [] });
  return row!.sessionVersion;
}

/**
 * Recovery codes are never deleted: replacing them marks the old ones used, so the history stays and
 * none of them works any more.
 */
export async function replaceRecoveryCodes({
  executor,
  userId,
  codeHashes,
}: {
  executor: Executor;
  userId: string;
  codeHashes: string[];
}) {
  await executor
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  if (codeHashes.length > 0)
    await executor.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses up one recovery code; true when it existed and had not been used. Atomic under concurrency. */
export async function consumeRecoveryCode({
  executor,
  userId,
  codeHash,
}: {
  executor: Executor;
  userId: string;
  codeHash: string;
}): Promise<boolean> {
  const rows = await executor
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes({
  userId,
  executor = db(),
}: {
  userId: string;
  executor?: Executor;
}): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.total ?? 0;
}

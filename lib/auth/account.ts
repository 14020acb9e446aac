import 'server-only';
import type { z } from 'zod';
import { bumpSessionVersion, getUserCredentials, setPasswordHash } from '@/db/queries/users';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { hashAcceptablePassword, isCurrentPassword } from './passwords';
import { limitKey, reauthLimits } from './rate-limit';
import type { changePasswordSchema, emptySchema } from './schemas';
import type { CurrentUser } from './session';
import { clearSessionCookie, reissueSessionCookie } from './session-token';
import { endAllSessions } from './user-sessions';

/** A person's own account: their password and their sessions. */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

/**
 * Checks the person's current password (or second factor) before a sensitive change, with its own
 * attempt limit, so that an unattended open session cannot be used to guess it.
 */
export async function confirmCurrentPassword(
  ctx: Ctx<z.ZodType>,
  { field, password }: { field: string; password: string },
) {
  const key = limitKey('reauth', ctx.user.id);
  const wait = await reauthLimits.blockedFor(key);
  if (wait > 0) fail('rate_limited', { retryAfterSeconds: wait });
  const row = await getUserCredentials({ id: ctx.user.id, executor: ctx.tx, forUpdate: true });
  if (!row || !(await isCurrentPassword(row.passwordHash, password))) {
    const failures = await reauthLimits.fail(key);
    if (failures >= reauthLimits.limit) await reauthLimits.block(key, 15 * 60);
    fail('validation', { fieldErrors: { [field]: ['account.currentPasswordWrong'] } });
  }
  await reauthLimits.reset(key);
  return row;
}

export async function changeOwnPassword(ctx: Ctx<typeof changePasswordSchema>): Promise<{ changed: true }> {
  const row = await confirmCurrentPassword(ctx, { field: 'currentPassword', password: ctx.input.currentPassword });
  const passwordHash = await hashAcceptablePassword({
    field: 'newPassword',
    password: ctx.input.newPassword,
    email: row.email,
  });
  const sessionVersion = await setPasswordHash({ executor: ctx.tx, id: ctx.user.id, passwordHash });
  await endAllSessions({ executor: ctx.tx, userId: ctx.user.id, keepId: ctx.user.claims.sid });
  await ctx.audit({
    action: 'user.password_change',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
    after: { otherSessionsEnded: true },
  });
  // Every other session ends; this browser's carries on with the new version.
  ctx.afterCommit(() => reissueSessionCookie({ ...ctx.user.claims, sv: sessionVersion }));
  return { changed: true };
}

export async function signOutEverywhere(ctx: Ctx<typeof emptySchema>): Promise<{ signedOut: true }> {
  await bumpSessionVersion({ executor: ctx.tx, id: ctx.user.id });
  await endAllSessions({ executor: ctx.tx, userId: ctx.user.id });
  await ctx.audit({
    action: 'user.sign_out_everywhere',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
  });
  ctx.afterCommit(clearSessionCookie);
  return { signedOut: true };
}

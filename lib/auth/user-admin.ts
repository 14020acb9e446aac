import 'server-only';
import type { z } from 'zod';
import { countryExists } from '@/db/queries/countries';
import { revokeOpenInvitations } from '@/db/queries/invitations';
import { countActiveAdmins, lockUserForChange, updateUserAccess } from '@/db/queries/users';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import type { setUserActiveSchema, updateUserAccessSchema } from './schemas';
import type { CurrentUser } from './session';
import { endAllSessions } from './user-sessions';

/**
 * An admin changes another person's role, country or active flag. Each change bumps the person's
 * session version, so it applies on their very next request. Admins cannot change their own access
 * (so nobody locks themselves out by mistake), and the last active admin cannot be removed.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

async function lockTarget(ctx: Ctx<z.ZodType>, userId: string) {
  const target = await lockUserForChange({ id: userId, executor: ctx.tx });
  if (!target) fail('forbidden:user', { audit: { entityType: 'user', entityId: userId, reason: 'not_found' } });
  if (target.id === ctx.user.id) fail('conflict:self', { messageKey: 'admin.notYourself' });
  return target;
}

export async function changeUserAccess(
  ctx: Ctx<typeof updateUserAccessSchema>,
): Promise<{ userId: string; changed: boolean }> {
  const { input, tx } = ctx;
  const target = await lockTarget(ctx, input.userId);
  let countryId: number | null = null;
  if (input.role === 'focal_point') {
    if (input.countryId === undefined) fail('validation', { fieldErrors: { countryId: ['invite.countryRequired'] } });
    if (!(await countryExists({ id: input.countryId, executor: tx })))
      fail('validation', { fieldErrors: { countryId: ['validation.choice'] } });
    countryId = input.countryId;
  } else if (input.countryId !== undefined) {
    fail('validation', { fieldErrors: { countryId: ['invite.countryOnlyForFocalPoint'] } });
  }
  if (target.role === input.role && target.countryId === countryId) return { userId: target.id, changed: false };
  if (
    target.role === 'admin' &&
    input.role !== 'admin' &&
    target.isActive &&
    (await countActiveAdmins({ executor: tx, excludingId: target.id })) === 0
  ) {
    fail('conflict:last_admin', { messageKey: 'admin.lastAdmin' });
  }
  await updateUserAccess({ executor: tx, id: target.id, changes: { role: input.role, countryId } });
  await endAllSessions({ executor: tx, userId: target.id });
  await ctx.audit({
    action: 'user.update_access',
    entityType: 'user',
    entityId: target.id,
    countryId: countryId ?? target.countryId,
    before: { role: target.role, countryId: target.countryId },
    after: { role: input.role, countryId, sessionsEnded: true },
  });
  return { userId: target.id, changed: true };
}

export async function changeUserActive(
  ctx: Ctx<typeof setUserActiveSchema>,
): Promise<{ userId: string; isActive: boolean }> {
  const { input, tx } = ctx;
  const target = await lockTarget(ctx, input.userId);
  if (target.isActive === input.active) return { userId: target.id, isActive: target.isActive };
  if (
    !input.active &&
    target.role === 'admin' &&
    (await countActiveAdmins({ executor: tx, excludingId: target.id })) === 0
  ) {
    fail('conflict:last_admin', { messageKey: 'admin.lastAdmin' });
  }
  await updateUserAccess({ executor: tx, id: target.id, changes: { isActive: input.active } });
  await endAllSessions({ executor: tx, userId: target.id });
  // A deactivated account keeps no usable link to set a password.
  const revoked = input.active
    ? []
    : await revokeOpenInvitations({ executor: tx, purpose: 'reset', userId: target.id });
  await ctx.audit({
    action: input.active ? 'user.reactivate' : 'user.deactivate',
    entityType: 'user',
    entityId: target.id,
    countryId: target.countryId,
    before: { isActive: target.isActive },
    after: { isActive: input.active, sessionsEnded: true, revokedResetLinks: revoked },
  });
  return { userId: target.id, isActive: input.active };
}

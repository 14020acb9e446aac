import 'server-only';
import type { z } from 'zod';
import {
  disableTotp,
  enableTotp,
  getUserCredentials,
  replaceRecoveryCodes,
  setPendingTotpSecret,
} from '@/db/queries/users';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { confirmCurrentPassword } from './account';
import { limitKey, reauthLimits, usedTotpSteps } from './rate-limit';
import type { disableSecondFactorSchema, emptySchema, secondFactorCodeSchema } from './schemas';
import type { CurrentUser } from './session';
import { reissueSessionCookie } from './session-token';
import { endAllSessions } from './user-sessions';
import {
  createRecoveryCodes,
  createTotpSecret,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  matchTotpStep,
} from './totp';

/**
 * Two-factor sign-in with an authenticator app. Enrolment stores a pending secret, shown as a QR code
 * on the two-factor page, and completes when the person types a code from it; ten recovery codes are
 * then shown once. Admins must enrol (until they do, they may do nothing else) and cannot switch it off.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

/** Checks a code from the app against the stored secret, once per time step, with an attempt limit. */
async function confirmCode(ctx: Ctx<z.ZodType>, code: string): Promise<void> {
  const key = limitKey('reauth', ctx.user.id);
  const wait = await reauthLimits.blockedFor(key);
  if (wait > 0) fail('rate_limited', { retryAfterSeconds: wait });
  const row = await getUserCredentials({ id: ctx.user.id, executor: ctx.tx, forUpdate: true });
  const secret = decryptTotpSecret(row?.totpSecret ?? null);
  if (!secret) fail('conflict:two_factor', { messageKey: 'twoFactor.notStarted' });
  const step = matchTotpStep(secret, code);
  const fresh = step !== null && (await usedTotpSteps.fail(limitKey(ctx.user.id, String(step)))) === 1;
  if (!fresh) {
    const failures = await reauthLimits.fail(key);
    if (failures >= reauthLimits.limit) await reauthLimits.block(key, 15 * 60);
    fail('validation', { fieldErrors: { code: ['twoFactor.codeInvalid'] } });
  }
  await reauthLimits.reset(key);
}

export async function startEnrolment(ctx: Ctx<typeof emptySchema>): Promise<{ started: true }> {
  if (ctx.user.totpEnabled) fail('conflict:two_factor', { messageKey: 'twoFactor.alreadyOn' });
  await setPendingTotpSecret({
    executor: ctx.tx,
    id: ctx.user.id,
    encryptedSecret: encryptTotpSecret(createTotpSecret()),
  });
  await ctx.audit({
    action: 'user.totp_enrolment_start',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
  });
  return { started: true };
}

export async function confirmEnrolment(ctx: Ctx<typeof secondFactorCodeSchema>): Promise<{ recoveryCodes: string[] }> {
  if (ctx.user.totpEnabled) fail('conflict:two_factor', { messageKey: 'twoFactor.alreadyOn' });
  await confirmCode(ctx, ctx.input.code);
  const recoveryCodes = createRecoveryCodes();
  await enableTotp({ executor: ctx.tx, id: ctx.user.id, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
  await ctx.audit({
    action: 'user.totp_enable',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
    before: { totpEnabled: false },
    after: { totpEnabled: true, recoveryCodes: recoveryCodes.length },
  });
  // No cookie is set here: setting one makes Next.js draw the page again, which would take the
  // recovery codes off the screen before the person has copied them.
  return { recoveryCodes };
}

export async function regenerateRecoveryCodes(
  ctx: Ctx<typeof secondFactorCodeSchema>,
): Promise<{ recoveryCodes: string[] }> {
  if (!ctx.user.totpEnabled) fail('conflict:two_factor', { messageKey: 'twoFactor.notOn' });
  await confirmCode(ctx, ctx.input.code);
  const recoveryCodes = createRecoveryCodes();
  await replaceRecoveryCodes({
    executor: ctx.tx,
    userId: ctx.user.id,
    codeHashes: recoveryCodes.map(hashRecoveryCode),
  });
  await ctx.audit({
    action: 'user.recovery_codes_regenerate',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
  });
  return { recoveryCodes };
}

export async function turnOffSecondFactor(ctx: Ctx<typeof disableSecondFactorSchema>): Promise<{ disabled: true }> {
  if (ctx.user.role === 'admin') fail('conflict:two_factor', { messageKey: 'twoFactor.requiredForAdmins' });
  if (!ctx.user.totpEnabled) fail('conflict:two_factor', { messageKey: 'twoFactor.notOn' });
  await confirmCurrentPassword(ctx, { field: 'currentPassword', password: ctx.input.currentPassword });
  await confirmCode(ctx, ctx.input.code);
  const sessionVersion = await disableTotp({ executor: ctx.tx, id: ctx.user.id });
  await endAllSessions({ executor: ctx.tx, userId: ctx.user.id, keepId: ctx.user.claims.sid });
  await ctx.audit({
    action: 'user.totp_disable',
    entityType: 'user',
    entityId: ctx.user.id,
    countryId: ctx.user.countryId,
    before: { totpEnabled: true },
    after: { totpEnabled: false, otherSessionsEnded: true },
  });
  ctx.afterCommit(() => reissueSessionCookie({ ...ctx.user.claims, sv: sessionVersion, amr: 'pwd' }));
  return { disabled: true };
}

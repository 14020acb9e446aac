import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/db/client';
import { recordAuditEvent } from '@/db/queries/audit';
import {
  consumeRecoveryCode,
  findUserForSignIn,
  normalizeEmail,
  recordSignIn,
  type SignInUserRow,
} from '@/db/queries/users';
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash';
import { normalizePassword, PASSWORD_MAX_LENGTH } from './password-policy';
import { limitKey, signInLimits, usedTotpSteps } from './rate-limit';
import { decryptTotpSecret, hashRecoveryCode, isRecoveryCodeShape, matchTotpStep } from './totp';

/**
 * Checking a sign-in: limits first (per account and per client address, counted in PostgreSQL), then
 * the password, then the second factor when the account has one. Every outcome writes an audit event.
 * An unknown address costs the same password hash as a known one and answers the same, so the answer
 * does not tell whether an account exists.
 */

export type SignInFailureCode = 'invalid' | 'totp_required' | 'totp_invalid' | 'rate_limited';

export type SignInResult =
  | { ok: true; user: { id: string; sessionVersion: number; secondFactor: boolean } }
  | { ok: false; code: SignInFailureCode; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;

/** A real argon2id hash of a random password, so that unknown accounts take as long as known ones. */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

type Attempt = { email: string; password: string; code?: string; ip: string | null };

async function audit(
  action: string,
  outcome: 'success' | 'denied' | 'failure',
  attempt: Attempt,
  user: SignInUserRow | null,
  after: object,
) {
  await recordAuditEvent({
    event: {
      action,
      outcome,
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      entityType: 'user',
      entityId: user?.id ?? null,
      countryId: user?.countryId ?? null,
      // The address typed is kept only for unknown accounts, where there is no user to name.
      after: user ? after : { ...after, email: normalizeEmail(attempt.email).slice(0, 254) },
      ip: attempt.ip,
    },
  });
}

/** Counts a failure for the account and the address; locks the account (with a growing wait) at its limit. */
async function countFailure(accountKey: string, addressKey: string | null): Promise<number> {
  const failures = await signInLimits.account.fail(accountKey);
  let lockedFor = 0;
  if (failures >= signInLimits.account.limit) {
    const lockouts = await signInLimits.lockouts.fail(accountKey);
    lockedFor = Math.min(signInLimits.firstLockoutSeconds * 2 ** (lockouts - 1), signInLimits.longestLockoutSeconds);
    await signInLimits.account.block(accountKey, lockedFor);
  }
  if (addressKey) {
    const fromAddress = await signInLimits.address.fail(addressKey);
    if (fromAddress >= signInLimits.address.limit) {
      await signInLimits.address.block(addressKey, 60 * 60);
      lockedFor = Math.max(lockedFor, 60 * 60);
    }
  }
  return lockedFor;
}

async function checkSecondFactor(user: SignInUserRow, code: string): Promise<'totp' | 'recovery' | null> {
  const secret = decryptTotpSecret(user.totpSecret);
  if (secret) {
    const step = matchTotpStep(secret, code);
    if (step !== null) {
      // A code works once: the step is remembered past its validity, and a second use is refused.
      const uses = await usedTotpSteps.fail(limitKey(user.id, String(step)));
      return uses === 1 ? 'totp' : null;
    }
  }
  if (isRecoveryCodeShape(code)) {
    const used = await consumeRecoveryCode({ executor: db(), userId: user.id, codeHash: hashRecoveryCode(code) });
    if (used) return 'recovery';
  }
  return null;
}

export async function authenticate(attempt: Attempt): Promise<SignInResult> {
  const email = normalizeEmail(attempt.email ?? '');
  const accountKey = limitKey('account', email);
  const addressKey = attempt.ip ? limitKey('address', attempt.ip) : null;

  const [accountWait, addressWait] = await Promise.all([
    signInLimits.account.blockedFor(accountKey),
    addressKey ? signInLimits.address.blockedFor(addressKey) : 0,
  ]);
  if (accountWait > 0 || addressWait > 0) {
    const retryAfterSeconds = Math.max(accountWait, addressWait);
    const user = email ? await findUserForSignIn({ email }) : null;
    await audit('auth.sign_in', 'denied', attempt, user, { reason: 'rate_limited', retryAfterSeconds });
    return { ok: false, code: 'rate_limited', retryAfterSeconds };
  }

  const password = typeof attempt.password === 'string' ? normalizePassword(attempt.password) : '';
  const plausible =
    email.length > 0 && email.length <= 254 && password.length > 0 && [...password].length <= PASSWORD_MAX_LENGTH;
  const user = plausible ? await findUserForSignIn({ email }) : null;
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingDummy(), password), false);

  if (!user || !passwordOk || !user.isActive) {
    const lockedFor = await countFailure(accountKey, addressKey);
    const reason = !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'inactive_account';
    await audit('auth.sign_in', 'failure', attempt, user, { reason });
    if (lockedFor > 0) {
      await audit('auth.lockout', 'denied', attempt, user, { lockedForSeconds: lockedFor });
      return { ok: false, code: 'rate_limited', retryAfterSeconds: lockedFor };
    }
    return { ok: false, code: 'invalid' };
  }

  let secondFactor = false;
  if (user.totpEnabledAt) {
    const code = (attempt.code ?? '').trim();
    if (!code) return { ok: false, code: 'totp_required' };
    const method = await checkSecondFactor(user, code);
    if (!method) {
      const lockedFor = await countFailure(accountKey, addressKey);
      await audit('auth.sign_in', 'failure', attempt, user, { reason: 'wrong_second_factor' });
      if (lockedFor > 0) {
        await audit('auth.lockout', 'denied', attempt, user, { lockedForSeconds: lockedFor });
        return { ok: false, code: 'rate_limited', retryAfterSeconds: lockedFor };
      }
      return { ok: false, code: 'totp_invalid' };
    }
    if (method === 'recovery') await audit('auth.recovery_code_used', 'success', attempt, user, {});
    secondFactor = true;
  }

  await signInLimits.account.reset(accountKey);
  await db().transaction(async (tx) => {
    await recordSignIn({ executor: tx, id: user.id });
    await recordAuditEvent({
      executor: tx,
      event: {
        action: 'auth.sign_in',
        actorId: user.id,
        actorRole: user.role,
        entityType: 'user',
        entityId: user.id,
        countryId: user.countryId,
        after: { secondFactor },
        ip: attempt.ip,
      },
    });
  });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, secondFactor } };
}

import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, rawSql, TEST_PASSWORD } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { auditEvents, recoveryCodes } from '@/db/schema';
import { createUser } from '@/db/seed/factories';
import { replaceRecoveryCodes } from '@/db/queries/users';
import { authenticate } from './sign-in';
import { signInLimits } from './rate-limit';
import { createRecoveryCodes, createTotpSecret, currentTotpCode, encryptTotpSecret, hashRecoveryCode } from './totp';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));

async function auditFor(userId: string | null, action: string) {
  return db()
    .select()
    .from(auditEvents)
    .where(
      userId ? and(eq(auditEvents.action, action), eq(auditEvents.actorId, userId)) : eq(auditEvents.action, action),
    );
}

let ipCounter = 0;
const newIp = () => `198.51.100.${(ipCounter += 1)}`;

describe('sign-in', () => {
  beforeEach(async () => {
    await rawSql().unsafe('delete from rate_limits');
  });

  it('accepts the right password, records the time and writes an audit event', async () => {
    const { secretariat } = await createCast();
    const result = await authenticate({ email: secretariat.email.toUpperCase(), password: TEST_PASSWORD, ip: newIp() });
    expect(result).toEqual({
      ok: true,
      user: { id: secretariat.id, sessionVersion: secretariat.sessionVersion, secondFactor: false },
    });
    expect((await freshUser(secretariat.id)).lastSignInAt).not.toBeNull();
    const [event] = await auditFor(secretariat.id, 'auth.sign_in');
    expect(event).toMatchObject({ outcome: 'success', actorRole: 'secretariat', entityId: secretariat.id });
  });

  it('answers the same for a wrong password and an unknown address, and audits both', async () => {
    const { focalA } = await createCast();
    const wrong = await authenticate({ email: focalA.email, password: 'not the right password at all', ip: newIp() });
    const unknown = await authenticate({ email: 'nobody@example.test', password: TEST_PASSWORD, ip: newIp() });
    expect(wrong).toEqual({ ok: false, code: 'invalid' });
    expect(unknown).toEqual({ ok: false, code: 'invalid' });
    const failures = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.sign_in'), eq(auditEvents.outcome, 'failure')));
    expect(failures.map((row) => (row.after as { reason: string }).reason).sort()).toEqual([
      'unknown_account',
      'wrong_password',
    ]);
  });

  it('refuses a deactivated account even with the right password', async () => {
    const { deactivated } = await createCast();
    expect(await authenticate({ email: deactivated.email, password: TEST_PASSWORD, ip: newIp() })).toEqual({
      ok: false,
      code: 'invalid',
    });
  });

  it('locks an account after five failures, says how long, refuses even the right password meanwhile, and audits the lockout', async () => {
    const { secretariat } = await createCast();
    const results = [];
    for (let i = 0; i < 5; i += 1)
      results.push(await authenticate({ email: secretariat.email, password: `wrong guess number ${i}`, ip: newIp() }));
    expect(results.slice(0, 4).every((r) => !r.ok && r.code === 'invalid')).toBe(true);
    expect(results[4]).toEqual({ ok: false, code: 'rate_limited', retryAfterSeconds: 300 });
    const blocked = await authenticate({ email: secretariat.email, password: TEST_PASSWORD, ip: newIp() });
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.code).toBe('rate_limited');
    expect(!blocked.ok && blocked.retryAfterSeconds).toBeGreaterThan(290);
    expect(await auditFor(secretariat.id, 'auth.lockout')).toHaveLength(1);
    const denied = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.sign_in'), eq(auditEvents.outcome, 'denied')));
    expect(denied).toHaveLength(1);
  });

  it('doubles the wait at each further lockout (backoff)', async () => {
    const { secretariat } = await createCast();
    const lockout = async () => {
      let last;
      for (let i = 0; i < 5; i += 1)
        last = await authenticate({ email: secretariat.email, password: `wrong ${i} wrong wrong`, ip: newIp() });
      return last;
    };
    expect(await lockout()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 300 });
    // The first lock runs out (simulated by clearing the account's counter, not its lockout history).
    const { limitKey } = await import('./rate-limit');
    await signInLimits.account.reset(limitKey('account', secretariat.email));
    expect(await lockout()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 600 });
  });

  it('resets the account count after a success', async () => {
    const { secretariat } = await createCast();
    for (let i = 0; i < 4; i += 1)
      await authenticate({ email: secretariat.email, password: `wrong guess ${i} here`, ip: newIp() });
    expect((await authenticate({ email: secretariat.email, password: TEST_PASSWORD, ip: newIp() })).ok).toBe(true);
    // Four more failures do not lock, because the count started again.
    for (let i = 0; i < 4; i += 1) {
      expect(await authenticate({ email: secretariat.email, password: `wrong again ${i} here`, ip: newIp() })).toEqual({
        ok: false,
        code: 'invalid',
      });
    }
  });

  it('limits failures per client address across accounts, counted in PostgreSQL', async () => {
    const ip = newIp();
    let last;
    for (let i = 0; i < 30; i += 1)
      last = await authenticate({ email: `someone-${i}@example.test`, password: 'wrong wrong wrong', ip });
    expect(last).toMatchObject({ ok: false, code: 'rate_limited', retryAfterSeconds: 3600 });
    const [{ count }] = (await rawSql().unsafe('select count(*)::int as count from rate_limits')) as unknown as [
      { count: number },
    ];
    expect(count).toBeGreaterThan(30);
    // Another account from the same address is refused before its password is even checked.
    const { secretariat } = await createCast();
    expect(await authenticate({ email: secretariat.email, password: TEST_PASSWORD, ip })).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
  });

  describe('with two-factor sign-in', () => {
    async function enrolled() {
      const secret = createTotpSecret();
      const user = await createUser(db(), {
        role: 'admin',
        password: TEST_PASSWORD,
        totpSecret: encryptTotpSecret(secret),
        totpEnabledAt: new Date(),
      });
      return { user, secret };
    }

    it('asks for the code only after a right password, then accepts a current code once', async () => {
      const { user, secret } = await enrolled();
      expect(await authenticate({ email: user.email, password: 'wrong password for this', ip: newIp() })).toEqual({
        ok: false,
        code: 'invalid',
      });
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: newIp() })).toEqual({
        ok: false,
        code: 'totp_required',
      });
      const code = currentTotpCode(secret);
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: newIp() })).toMatchObject({
        ok: true,
        user: { secondFactor: true },
      });
      // The same code a second time (a replay) is refused.
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: newIp() })).toEqual({
        ok: false,
        code: 'totp_invalid',
      });
    });

    it('refuses a wrong code and counts it as a failure', async () => {
      const { user, secret } = await enrolled();
      const wrong = String((Number(currentTotpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, code: wrong, ip: newIp() })).toEqual({
        ok: false,
        code: 'totp_invalid',
      });
      const [event] = await auditFor(user.id, 'auth.sign_in');
      expect(event).toMatchObject({ outcome: 'failure', after: { reason: 'wrong_second_factor' } });
    });

    it('accepts each recovery code once', async () => {
      const { user } = await enrolled();
      const codes = createRecoveryCodes();
      await replaceRecoveryCodes({ executor: db(), userId: user.id, codeHashes: codes.map(hashRecoveryCode) });
      const code = codes[3]!.toUpperCase();
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: newIp() })).toMatchObject({
        ok: true,
      });
      expect(await authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: newIp() })).toEqual({
        ok: false,
        code: 'totp_invalid',
      });
      const used = await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
      expect(used.filter((row) => row.usedAt !== null)).toHaveLength(1);
      expect(await auditFor(user.id, 'auth.recovery_code_used')).toHaveLength(1);
    });
  });
});

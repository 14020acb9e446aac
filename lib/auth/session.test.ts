import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, signInAs, signOut } from '@/test/auth-helpers';
import { requestCookie, setRequest } from '@/test/mocks/next-headers';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { createUserSession } from '@/db/queries/user-sessions';
import { updateUserAccess } from '@/db/queries/users';
import { requireAuthSecret } from '@/lib/env';
import { sessionSettings } from './config';
import { getCurrentUser, getSessionState } from './session';
import { nowSeconds, reissueSessionCookie } from './session-token';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));

describe('the session is decided by the database on every request', () => {
  it('knows nobody without a cookie, and refuses a tampered one', async () => {
    signOut();
    expect(await getCurrentUser()).toBeNull();
    const { secretariat } = await createCast();
    const token = await signInAs(secretariat);
    setRequest({ cookies: { [sessionSettings().sessionCookieName]: `${token.slice(0, -4)}AAAA` } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("reads role and country from the user's row, not from the token", async () => {
    const { focalA, countryA } = await createCast();
    await signInAs(focalA);
    expect(await getCurrentUser()).toMatchObject({
      id: focalA.id,
      role: 'focal_point',
      countryId: countryA.id,
      restricted: false,
    });
  });

  it("refuses a deactivated user's existing session on its next request", async () => {
    const { secretariat } = await createCast();
    await signInAs(secretariat);
    expect(await getCurrentUser()).not.toBeNull();
    await db().update(users).set({ isActive: false }).where(eq(users.id, secretariat.id));
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'inactive' });
  });

  it('ends the session at once when the role or country changes', async () => {
    const { focalA, countryB } = await createCast();
    await signInAs(focalA);
    await updateUserAccess({ executor: db(), id: focalA.id, changes: { countryId: countryB.id } });
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'revoked' });
    // Signing in again gives the new country.
    await signInAs(await freshUser(focalA.id));
    expect(await getCurrentUser()).toMatchObject({ countryId: countryB.id });
  });

  it('ends every session after the absolute lifetime, however recent the last request', async () => {
    const { secretariat } = await createCast();
    const { maxSeconds } = sessionSettings();
    await signInAs(secretariat, { at: nowSeconds() - maxSeconds - 1 });
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'expired' });
    await signInAs(secretariat, { at: nowSeconds() - maxSeconds + 120 });
    expect(await getCurrentUser()).not.toBeNull();
  });

  it('ends a session left idle past its expiry', async () => {
    const { secretariat } = await createCast();
    const token = await encode({
      token: {
        sub: secretariat.id,
        sid: await createUserSession({ userId: secretariat.id, userAgent: null, ip: null }),
        sv: secretariat.sessionVersion,
        at: nowSeconds(),
        amr: 'pwd',
      },
      secret: requireAuthSecret(),
      maxAge: -60,
    });
    setRequest({ cookies: { [sessionSettings().sessionCookieName]: token } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('restricts an admin without two-factor sign-in', async () => {
    const { admin } = await createCast();
    await db().update(users).set({ totpEnabledAt: null }).where(eq(users.id, admin.id));
    await signInAs(admin);
    expect(await getCurrentUser()).toMatchObject({ role: 'admin', restricted: true });
  });

  it('re-issues the current session with a new version, keeping its sign-in time', async () => {
    const { secretariat } = await createCast();
    const at = nowSeconds() - 600;
    await signInAs(secretariat, { at });
    const sid = (await getCurrentUser())!.claims.sid;
    await db()
      .update(users)
      .set({ sessionVersion: secretariat.sessionVersion + 1 })
      .where(eq(users.id, secretariat.id));
    expect(await getCurrentUser()).toBeNull();
    await reissueSessionCookie({ sub: secretariat.id, sid, sv: secretariat.sessionVersion + 1, at, amr: 'pwd' });
    expect(requestCookie(sessionSettings().sessionCookieName)).toBeTruthy();
    expect((await getCurrentUser())?.claims.at).toBe(at);
  });
});

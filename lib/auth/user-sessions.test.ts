import { eq } from 'drizzle-orm';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { decode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { createCast, rawSql, signInAs, TEST_PASSWORD } from '@/test/auth-helpers';
import { setRequest } from '@/test/mocks/next-headers';
import { db } from '@/db/client';
import { auditEvents, userSessions } from '@/db/schema';
import { requireAuthSecret } from '@/lib/env';
import { sessionSettings } from './config';
import { describeDevice } from './device-label';
import { authOptions } from './options';
import { getCurrentUser, getSessionState } from './session';
import type { SessionClaims } from './session-token';
import { listOwnSessions } from './user-sessions';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { changePasswordAction, endSessionAction, signOutEverywhereAction } =
  await import('@/app/[locale]/workspace/account/actions');

const cookieName = () => sessionSettings().sessionCookieName;

async function claimsOf(token: string): Promise<SessionClaims> {
  return (await decode({ token, secret: requireAuthSecret() })) as unknown as SessionClaims;
}

/** The same cookie, sent again later: what an attacker holding a copy of it would do. */
function replay(token: string) {
  setRequest({ cookies: { [cookieName()]: token }, headers: { 'x-forwarded-for': '203.0.113.9' } });
}

async function jwtRenewal(token: string) {
  const jwt = authOptions().callbacks!.jwt!;
  return jwt({ token: (await claimsOf(token)) as never, user: undefined as never, account: null, trigger: 'update' });
}

describe('signing out ends the session on the server', () => {
  it('refuses, and does not renew, a cookie copied before sign-out', async () => {
    const { secretariat } = await createCast();
    const token = await signInAs(secretariat);
    expect(await getCurrentUser()).not.toBeNull();
    await expect(jwtRenewal(token)).resolves.toMatchObject({ sub: secretariat.id });

    // next-auth's sign-out route calls this event with the decoded token.
    await authOptions().events!.signOut!({ token: (await claimsOf(token)) as never, session: null as never });

    replay(token);
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'revoked' });
    await expect(jwtRenewal(token)).rejects.toThrow('session_revoked');
    const [record] = await db()
      .select()
      .from(userSessions)
      .where(eq(userSessions.id, (await claimsOf(token)).sid));
    expect(record?.endedAt).not.toBeNull();
  });

  it("refuses a token whose record is missing or is someone else's", async () => {
    const { secretariat, focalA } = await createCast();
    const theirs = await signInAs(focalA);
    await signInAs(secretariat, { sid: (await claimsOf(theirs)).sid });
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'revoked' });
    await signInAs(secretariat, { sid: '00000000-0000-4000-8000-000000000000' });
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'revoked' });
  });
});

describe('"My account" lists the open sessions and ends any of them', () => {
  it('lists each session with its device, address and last use, and ends another one', async () => {
    const { focalA, focalB } = await createCast();
    const phone = await signInAs(focalA);
    const laptop = await signInAs(focalA);
    await signInAs(focalB);

    replay(laptop);
    const me = (await getCurrentUser())!;
    const sessions = await listOwnSessions(me);
    expect(sessions.map((session) => session.id).sort()).toEqual(
      [(await claimsOf(phone)).sid, (await claimsOf(laptop)).sid].sort(),
    );
    expect(sessions.find((session) => session.current)?.id).toBe((await claimsOf(laptop)).sid);
    expect(sessions[0]).toMatchObject({ userAgent: 'Vitest', ip: '203.0.113.7' });

    const result = await endSessionAction(null, { sessionId: (await claimsOf(phone)).sid });
    expect(result).toMatchObject({ ok: true, data: { ended: true, current: false } });
    expect((await listOwnSessions(me)).map((session) => session.id)).toEqual([(await claimsOf(laptop)).sid]);
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'user.session_end'));
    expect(event).toMatchObject({ actorId: focalA.id, outcome: 'success', entityType: 'user_session' });

    replay(phone);
    expect(await getSessionState()).toMatchObject({ user: null, reason: 'revoked' });
  });

  it("answers 'not found' for someone else's session, and leaves it open", async () => {
    const { focalA, focalB } = await createCast();
    const theirs = await signInAs(focalB);
    await signInAs(focalA);
    const result = await endSessionAction(null, { sessionId: (await claimsOf(theirs)).sid });
    expect(result).toMatchObject({ ok: false, code: 'forbidden:session' });
    replay(theirs);
    expect(await getCurrentUser()).toMatchObject({ id: focalB.id });
  });

  it('writes "last seen" at most once a minute', async () => {
    const { secretariat } = await createCast();
    const token = await signInAs(secretariat);
    const { sid } = await claimsOf(token);
    const lastSeen = async () =>
      (await db().select().from(userSessions).where(eq(userSessions.id, sid)))[0]!.lastSeenAt.getTime();
    await rawSql()`update user_sessions set last_seen_at = now() - interval '30 seconds' where id = ${sid}`;
    const recent = await lastSeen();
    await getCurrentUser();
    expect(await lastSeen()).toBe(recent);
    await rawSql()`update user_sessions set last_seen_at = now() - interval '5 minutes' where id = ${sid}`;
    const old = await lastSeen();
    await getCurrentUser();
    expect(await lastSeen()).toBeGreaterThan(old + 4 * 60 * 1000);
  });
});

describe('ending every session also ends the records', () => {
  it('"sign out everywhere" ends them all', async () => {
    const { secretariat } = await createCast();
    const other = await signInAs(secretariat);
    await signInAs(secretariat);
    // It ends in a redirect to the sign-in page, which Next.js throws.
    const result = await signOutEverywhereAction(null, {}).catch((error: unknown) => error);
    expect(isRedirectError(result)).toBe(true);
    const open = await db().select().from(userSessions).where(eq(userSessions.userId, secretariat.id));
    expect(open.filter((row) => row.endedAt === null)).toEqual([]);
    replay(other);
    expect(await getCurrentUser()).toBeNull();
  });

  it('a password change ends every other session and keeps this one', async () => {
    const { secretariat } = await createCast();
    await signInAs(secretariat);
    const here = await signInAs(secretariat);
    const result = await changePasswordAction(null, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'harbour lantern copper meadow',
    });
    expect(result).toMatchObject({ ok: true });
    const open = await db().select().from(userSessions).where(eq(userSessions.userId, secretariat.id));
    expect(open.filter((row) => row.endedAt === null).map((row) => row.id)).toEqual([(await claimsOf(here)).sid]);
  });
});

describe('device labels', () => {
  it('names common browsers and systems in plain words', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0',
      ),
    ).toEqual({ browser: 'Edge', system: 'Windows' });
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({ browser: 'Safari', system: 'iPhone' });
    expect(describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toEqual({
      browser: 'Firefox',
      system: 'Linux',
    });
    expect(describeDevice('curl/8.5.0')).toEqual({ browser: null, system: null });
  });
});

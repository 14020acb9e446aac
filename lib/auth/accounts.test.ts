import { and, eq } from 'drizzle-orm';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, rawSql, signInAs, signOut, TEST_PASSWORD } from '@/test/auth-helpers';
import { requestCookie } from '@/test/mocks/next-headers';
import { db } from '@/db/client';
import { auditEvents, invitations, outboxMessages, users } from '@/db/schema';
import { createUser } from '@/db/seed/factories';
import { acceptInvitationAction, requestPasswordResetAction, resetPasswordAction } from '@/app/[locale]/(auth)/actions';
import {
  changePasswordAction,
  confirmTwoFactorAction,
  disableTwoFactorAction,
  signOutEverywhereAction,
  startTwoFactorAction,
} from '@/app/[locale]/workspace/account/actions';
import {
  inviteUserAction,
  sendPasswordResetAction,
  setUserActiveAction,
  updateUserAccessAction,
} from '@/app/[locale]/workspace/users/actions';
import { deliverPendingMail } from '@/lib/mail/outbox';
import { sessionSettings } from './config';
import { getCurrentUser } from './session';
import { authenticate } from './sign-in';
import { currentTotpCode, decryptTotpSecret } from './totp';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/** Runs an action that ends in a redirect; returns where it went. */
async function redirected(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isRedirectError(error)) return String((error as { digest: string }).digest.split(';')[2]);
    throw error;
  }
  throw new Error('expected a redirect');
}

function tokenOf(link: string): string {
  return link.split('/').pop()!;
}

async function invite(admin: { id: string; sessionVersion: number }, values: Record<string, unknown>) {
  await signInAs(admin);
  const result = await inviteUserAction(values);
  if (!result.ok) throw new Error(`invite failed: ${result.code} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe('invitations', () => {
  beforeEach(async () => {
    await rawSql().unsafe('delete from rate_limits');
  });

  it('lets an admin invite a focal point, mails through the outbox, and the link creates the account once', async () => {
    const { admin, countryA } = await createCast();
    const created = await invite(admin, {
      email: 'New.Person@Example.test',
      role: 'focal_point',
      countryId: String(countryA.id),
    });
    expect(created.mailed).toBe(false);
    const [row] = await db().select().from(invitations).where(eq(invitations.id, created.invitationId));
    // Only the hash is stored; the token is not anywhere in the row.
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(tokenOf(created.link));
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const [mail] = await db()
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.dedupeKey, `invitation:${created.invitationId}`));
    expect(mail).toMatchObject({ toAddress: 'new.person@example.test', kind: 'invitation', sentAt: null });
    expect(mail!.bodyText).toContain(created.link);

    signOut();
    const where = await redirected(() =>
      acceptInvitationAction({ token: tokenOf(created.link), name: 'New Person', password: TEST_PASSWORD }),
    );
    expect(where).toBe('/login?welcome=1');
    const [user] = await db().select().from(users).where(eq(users.email, 'new.person@example.test'));
    expect(user).toMatchObject({ role: 'focal_point', countryId: countryA.id, name: 'New Person', isActive: true });
    expect(await authenticate({ email: 'new.person@example.test', password: TEST_PASSWORD, ip: null })).toMatchObject({
      ok: true,
    });

    const again = await acceptInvitationAction({
      token: tokenOf(created.link),
      name: 'Someone Else',
      password: TEST_PASSWORD,
    });
    expect(again).toMatchObject({
      ok: false,
      code: 'forbidden:link',
      message: 'This link has already been used. Each link works only once.',
    });
    const actions = (
      await db().select({ action: auditEvents.action, outcome: auditEvents.outcome }).from(auditEvents)
    ).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'invitation.create:success',
        'invitation.accept:success',
        'user.create:success',
        'invitation.accept:denied',
      ]),
    );
  });

  it('refuses an expired link and a withdrawn one, and a focal point without a country', async () => {
    const { admin } = await createCast();
    const created = await invite(admin, { email: 'late@example.test', role: 'secretariat' });
    await db()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, created.invitationId));
    signOut();
    expect(
      await acceptInvitationAction({ token: tokenOf(created.link), name: 'Late', password: TEST_PASSWORD }),
    ).toMatchObject({ ok: false, code: 'forbidden:link', message: expect.stringMatching(/expired/) });
    const second = await invite(admin, { email: 'withdrawn@example.test', role: 'secretariat' });
    const third = await invite(admin, { email: 'withdrawn@example.test', role: 'admin' });
    signOut();
    // The newer invitation for the same address replaced the older one, said so, and marked its mail withdrawn.
    expect(second.withdrew).toBe(0);
    expect(third.withdrew).toBe(1);
    const mails = await db()
      .select({ key: outboxMessages.dedupeKey, withdrawnAt: outboxMessages.withdrawnAt })
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, 'withdrawn@example.test'));
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.key === `invitation:${second.invitationId}`)?.withdrawnAt).toBeInstanceOf(Date);
    expect(mails.find((m) => m.key === `invitation:${third.invitationId}`)?.withdrawnAt).toBeNull();
    // A withdrawn mail is never delivered.
    const delivered: string[] = [];
    await deliverPendingMail({
      send: async ({ to, text }) => {
        if (to === 'withdrawn@example.test') delivered.push(text);
      },
      limit: 1000,
    });
    expect(delivered).toEqual([expect.stringContaining(tokenOf(third.link))]);
    expect(
      await acceptInvitationAction({ token: tokenOf(second.link), name: 'W', password: TEST_PASSWORD }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/withdrawn/) });
    expect(
      await redirected(() =>
        acceptInvitationAction({ token: tokenOf(third.link), name: 'W', password: TEST_PASSWORD }),
      ),
    ).toBe('/login?welcome=1');
    await signInAs(admin);
    expect(await inviteUserAction({ email: 'fp@example.test', role: 'focal_point' })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { countryId: ['Choose the country this focal point reports for.'] },
    });
    expect(await inviteUserAction({ email: admin.email, role: 'secretariat' })).toMatchObject({
      ok: false,
      code: 'conflict:email',
    });
  });

  it('applies the password rules when accepting, naming the rule', async () => {
    const { admin } = await createCast();
    const created = await invite(admin, { email: 'maria.gonzalez@example.test', role: 'secretariat' });
    signOut();
    const token = tokenOf(created.link);
    const attempt = (password: string) => acceptInvitationAction({ token, name: 'María', password });
    expect(await attempt('short one')).toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/at least 15 characters; this one has 9/)] },
    });
    expect(await attempt('passwordpassword')).toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/commonly used/)] },
    });
    expect(await attempt('gonzalez at the harbour')).toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/e-mail address/)] },
    });
    expect(await attempt('engagement tracker 2024 blue')).toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/name of this service/)] },
    });
    // Nothing was created by the refused attempts, and the name typed comes back.
    const refused = (await attempt('short one')) as { values?: Record<string, string> };
    expect(refused.values).toEqual({ name: 'María' });
    expect(await db().select().from(users).where(eq(users.email, 'maria.gonzalez@example.test'))).toHaveLength(0);
  });
});

describe('password resets', () => {
  beforeEach(async () => {
    await rawSql().unsafe('delete from rate_limits');
  });

  it('answers exactly the same for a known and an unknown address', async () => {
    const { secretariat } = await createCast();
    signOut();
    const known = await requestPasswordResetAction({ email: secretariat.email });
    const unknown = await requestPasswordResetAction({ email: 'no-such-person@example.test' });
    expect(known).toEqual(unknown);
    expect(known).toEqual({ ok: true, data: { requested: true } });
    const mails = await db().select().from(outboxMessages).where(eq(outboxMessages.kind, 'password_reset'));
    expect(mails.map((mail) => mail.toAddress)).toEqual([secretariat.email]);
  });

  it('sends at most three links an hour to one address, still answering the same', async () => {
    const { focalA } = await createCast();
    signOut();
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await requestPasswordResetAction({ email: focalA.email }));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    const mails = await db()
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, 'password_reset'), eq(outboxMessages.toAddress, focalA.email)));
    expect(mails).toHaveLength(3);
  });

  it('sets a new password through the link, ends every session, and works once', async () => {
    const { focalA } = await createCast();
    signOut();
    await requestPasswordResetAction({ email: focalA.email });
    const [mail] = await db().select().from(outboxMessages).where(eq(outboxMessages.toAddress, focalA.email));
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail!.bodyText)![0];
    await signInAs(focalA);
    signOut();
    const newPassword = 'orchard violin sandstone kettle';
    expect(await redirected(() => resetPasswordAction({ token: tokenOf(link), password: newPassword }))).toBe(
      '/login?reset=1',
    );
    const after = await freshUser(focalA.id);
    expect(after.sessionVersion).toBe(focalA.sessionVersion + 1);
    expect(await authenticate({ email: focalA.email, password: newPassword, ip: null })).toMatchObject({ ok: true });
    expect(await resetPasswordAction({ token: tokenOf(link), password: 'another fine long password' })).toMatchObject({
      ok: false,
      code: 'forbidden:link',
    });
  });

  it('lets an admin send a link, never set a password; with SMTP the link is redacted once sent', async () => {
    const { admin, secretariat } = await createCast();
    await signInAs(admin);
    const result = await sendPasswordResetAction({ userId: secretariat.id });
    expect(result).toMatchObject({
      ok: true,
      data: { mailed: false, link: expect.stringMatching(/\/reset-password\//) },
    });
    const sent: string[] = [];
    expect(await deliverPendingMail({ send: async (message) => void sent.push(message.text) })).toBeGreaterThan(0);
    expect(sent.join('\n')).toMatch(/reset-password\//);
    const stored = await db().select().from(outboxMessages).where(eq(outboxMessages.toAddress, secretariat.email));
    expect(stored[0]!.sentAt).not.toBeNull();
    expect(stored[0]!.bodyText).not.toMatch(/reset-password\//);
  });
});

describe('the language of an account', () => {
  beforeEach(async () => {
    await rawSql().unsafe('delete from rate_limits');
  });

  it('is chosen on the invitation, which comes in it, and the account starts in it', async () => {
    const { admin, countryA } = await createCast();
    const created = await invite(admin, {
      email: 'lea@example.test',
      role: 'focal_point',
      countryId: String(countryA.id),
      locale: 'fr',
    });
    expect(created.link).toMatch(/\/fr\/invitation\//);
    const [mail] = await db()
      .select({ subject: outboxMessages.subject })
      .from(outboxMessages)
      .where(eq(outboxMessages.dedupeKey, `invitation:${created.invitationId}`));
    expect(mail!.subject).toBe('Votre invitation à l’Engagement Tracker');
    signOut();
    await redirected(() =>
      acceptInvitationAction({ token: tokenOf(created.link), name: 'Léa', password: TEST_PASSWORD }),
    );
    const [user] = await db().select({ locale: users.locale }).from(users).where(eq(users.email, 'lea@example.test'));
    expect(user!.locale).toBe('fr');
  });

  it('refuses a language the app does not have, keeping what was typed', async () => {
    const { admin } = await createCast();
    await signInAs(admin);
    const result = await inviteUserAction({ email: 'x@example.test', role: 'secretariat', locale: 'de' });
    expect(result).toMatchObject({ ok: false, code: 'validation', values: { email: 'x@example.test', locale: 'de' } });
    expect(!result.ok && result.fieldErrors?.locale).toBeTruthy();
  });

  it('is the language of a reset link an admin sends, not the admin’s', async () => {
    const { admin } = await createCast();
    const person = await createUser(db(), { role: 'secretariat', locale: 'es', email: 'rosa@example.test' });
    await signInAs(admin);
    const result = await sendPasswordResetAction({ userId: person.id });
    expect(result).toMatchObject({ ok: true, data: { link: expect.stringMatching(/\/es\/reset-password\//) } });
    const [mail] = await db()
      .select({ subject: outboxMessages.subject })
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, 'rosa@example.test'));
    expect(mail!.subject).toMatch(/Engagement Tracker$/);
    expect(mail!.subject).toMatch(/contraseña/);
  });
});

describe('admin changes to accounts', () => {
  it('changes a role and a country, ends the sessions, and audits before and after', async () => {
    const { admin, focalA, countryB } = await createCast();
    await signInAs(admin);
    expect(
      await updateUserAccessAction({ userId: focalA.id, role: 'focal_point', countryId: String(countryB.id) }),
    ).toMatchObject({ ok: true });
    const after = await freshUser(focalA.id);
    expect(after).toMatchObject({ countryId: countryB.id, sessionVersion: focalA.sessionVersion + 1 });
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'user.update_access'));
    expect(event).toMatchObject({
      actorId: admin.id,
      entityId: focalA.id,
      before: { countryId: focalA.countryId },
      after: { countryId: countryB.id },
    });
    await signInAs(focalA);
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses changes to your own access, and deactivation ends the other person's session at once", async () => {
    const { admin, secretariat } = await createCast();
    await signInAs(admin);
    expect(await setUserActiveAction({ userId: admin.id, active: 'false' })).toMatchObject({
      ok: false,
      code: 'conflict:self',
    });
    expect(await updateUserAccessAction({ userId: admin.id, role: 'secretariat' })).toMatchObject({
      ok: false,
      code: 'conflict:self',
    });
    expect((await freshUser(admin.id)).role).toBe('admin');
    expect(await setUserActiveAction({ userId: secretariat.id, active: 'false' })).toMatchObject({
      ok: true,
      data: { isActive: false },
    });
    const [event] = await db().select().from(auditEvents).where(eq(auditEvents.action, 'user.deactivate'));
    expect(event).toMatchObject({ entityId: secretariat.id, before: { isActive: true }, after: { isActive: false } });
    await signInAs(secretariat);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe('my account', () => {
  beforeEach(async () => {
    await rawSql().unsafe('delete from rate_limits');
  });

  it('changes the password with the current one, ends other sessions and keeps this one', async () => {
    const { secretariat } = await createCast();
    const otherDevice = await signInAs(secretariat);
    await signInAs(secretariat);
    expect(
      await changePasswordAction({
        currentPassword: 'not my password at all',
        newPassword: 'meadow copper lantern drift',
      }),
    ).toMatchObject({ fieldErrors: { currentPassword: ['This is not your current password.'] } });
    expect(
      await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: 'meadow copper lantern drift' }),
    ).toMatchObject({ ok: true });
    // This browser carries on with its re-issued cookie…
    expect(await getCurrentUser()).toMatchObject({ id: secretariat.id });
    // …while the other device's cookie no longer works.
    const { setRequest } = await import('@/test/mocks/next-headers');
    setRequest({ cookies: { [sessionSettings().sessionCookieName]: otherDevice } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('signs out everywhere', async () => {
    const { focalA } = await createCast();
    await signInAs(focalA);
    expect(await redirected(() => signOutEverywhereAction({}))).toBe('/login?signedOut=1');
    expect(requestCookie(sessionSettings().sessionCookieName)).toBeUndefined();
    await signInAs(focalA);
    expect(await getCurrentUser()).toBeNull();
  });

  it('enrols in two-factor sign-in with a code, shows recovery codes once, and then requires it to sign in', async () => {
    const { secretariat } = await createCast();
    await signInAs(secretariat);
    expect(await startTwoFactorAction({})).toMatchObject({ ok: true });
    const secret = decryptTotpSecret((await freshUser(secretariat.id)).totpSecret)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(
      await confirmTwoFactorAction({ code: '000000' === currentTotpCode(secret) ? '111111' : '000000' }),
    ).toMatchObject({ ok: false, code: 'validation' });
    const confirmed = await confirmTwoFactorAction({ code: currentTotpCode(secret) });
    expect(confirmed.ok).toBe(true);
    const codes = confirmed.ok ? confirmed.data.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(await getCurrentUser()).toMatchObject({ totpEnabled: true });
    expect(await authenticate({ email: secretariat.email, password: TEST_PASSWORD, ip: null })).toEqual({
      ok: false,
      code: 'totp_required',
    });
    expect(
      await authenticate({ email: secretariat.email, password: TEST_PASSWORD, code: codes[0], ip: null }),
    ).toMatchObject({ ok: true });
  });

  it('keeps an admin without two-factor sign-in to the set-up only, and never lets an admin turn it off', async () => {
    const admin = await createUser(db(), { role: 'admin', password: TEST_PASSWORD });
    await signInAs(admin);
    expect(await inviteUserAction({ email: 'x@example.test', role: 'secretariat' })).toMatchObject({
      ok: false,
      code: 'forbidden:user',
    });
    expect(await startTwoFactorAction({})).toMatchObject({ ok: true });
    const secret = decryptTotpSecret((await freshUser(admin.id)).totpSecret)!;
    const confirmed = await confirmTwoFactorAction({ code: currentTotpCode(secret) });
    expect(confirmed.ok).toBe(true);
    expect(await inviteUserAction({ email: 'x@example.test', role: 'secretariat' })).toMatchObject({ ok: true });
    expect(await disableTwoFactorAction({ code: '123456', currentPassword: TEST_PASSWORD })).toMatchObject({
      ok: false,
      code: 'conflict:two_factor',
    });
  });
});

import 'server-only';
import type { z } from 'zod';
import { insertInvitation, linkMailKey, markInvitationUsed, revokeOpenInvitations } from '@/db/queries/invitations';
import { findUserForSignIn, getUserCredentials, normalizeEmail, setPasswordHash } from '@/db/queries/users';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { deliverAfterResponse, enqueueMail } from '@/lib/mail/outbox';
import { isSmtpConfigured } from '@/lib/mail/transport';
import { resetMail } from '@/lib/mail/templates';
import type { Executor } from '@/db/client';
import { localeOr, type Locale } from '@/lib/i18n/routing';
import { getNoticePreferences } from '@/db/queries/notifications';
import { usableLink } from './invitations';
import { createOneTimeLink } from './links';
import { hashAcceptablePassword } from './passwords';
import { limitKey, resetRequestLimits, signInLimits } from './rate-limit';
import type { forgotPasswordSchema, resetPasswordSchema, userTargetSchema } from './schemas';
import type { CurrentUser } from './session';
import { endAllSessions } from './user-sessions';

/**
 * Password resets use the same one-time links as invitations (purpose 'reset'). Nobody ever sets
 * another person's password: an admin can only have a link sent, and the person chooses.
 */

type Ctx<S extends z.ZodType, U = CurrentUser> = ActionContext<z.output<S>, U>;

async function issueResetLink({
  executor,
  user,
  locale,
  createdById,
}: {
  executor: Executor;
  user: { id: string; email: string; countryId: number | null };
  locale: Locale;
  createdById: string | null;
}) {
  await revokeOpenInvitations({ executor, purpose: 'reset', userId: user.id });
  const link = createOneTimeLink({ purpose: 'reset', locale });
  const invitation = await insertInvitation({
    executor,
    values: {
      purpose: 'reset',
      email: user.email,
      userId: user.id,
      tokenHash: link.tokenHash,
      createdById,
      expiresAt: link.expiresAt,
    },
  });
  const mail = await resetMail({ locale, link: link.url, expiresAt: link.expiresAt });
  await enqueueMail({
    executor,
    message: {
      toAddress: user.email,
      ...mail,
      kind: 'password_reset',
      dedupeKey: linkMailKey('reset', invitation.id),
      userId: user.id,
      countryId: user.countryId,
    },
  });
  return { invitation, link };
}

/**
 * "Forgot password". The answer is the same whether or not the address has an account, and whether or
 * not a limit was hit; only the audit log and the outbox tell the difference.
 */
export async function requestPasswordReset(
  ctx: Ctx<typeof forgotPasswordSchema, CurrentUser | null>,
): Promise<{ requested: true }> {
  const email = normalizeEmail(ctx.input.email);
  const emailKey = limitKey('reset', email);
  const addressKey = ctx.ip ? limitKey('reset-address', ctx.ip) : null;
  const overEmail = (await resetRequestLimits.email.fail(emailKey)) > resetRequestLimits.email.limit;
  const overAddress = addressKey
    ? (await resetRequestLimits.address.fail(addressKey)) > resetRequestLimits.address.limit
    : false;
  const user = await findUserForSignIn({ email, executor: ctx.tx });

  if (overEmail || overAddress) {
    await ctx.audit({
      action: 'auth.password_reset_request',
      outcome: 'denied',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { reason: 'rate_limited' },
    });
    return { requested: true };
  }
  if (!user || !user.isActive) {
    await ctx.audit({
      action: 'auth.password_reset_request',
      outcome: 'failure',
      entityType: 'user',
      entityId: user?.id ?? null,
      countryId: user?.countryId ?? null,
      after: { reason: user ? 'inactive_account' : 'unknown_account', email: user ? undefined : email },
    });
    return { requested: true };
  }
  const { invitation } = await issueResetLink({ executor: ctx.tx, user, locale: ctx.locale, createdById: null });
  await ctx.audit({
    action: 'auth.password_reset_request',
    actorId: user.id,
    actorRole: user.role,
    entityType: 'user',
    entityId: user.id,
    countryId: user.countryId,
    after: { invitationId: invitation.id, expiresAt: invitation.expiresAt.toISOString() },
  });
  ctx.afterCommit(deliverAfterResponse);
  return { requested: true };
}

/**
 * An admin has a reset link sent. With SMTP the link goes only to the person; without it, the message
 * waits in the outbox and the admin is shown the link to pass on through a channel they trust.
 */
export async function sendPasswordReset(
  ctx: Ctx<typeof userTargetSchema>,
): Promise<{ mailed: boolean; link: string | null }> {
  const target = await getUserCredentials({ id: ctx.input.userId, executor: ctx.tx, forUpdate: true });
  if (!target)
    fail('forbidden:user', { audit: { entityType: 'user', entityId: ctx.input.userId, reason: 'not_found' } });
  if (!target.isActive) fail('conflict:inactive', { messageKey: 'admin.resetInactive' });
  // Sent by an admin, the mail and the page it opens are in the person's own language, not the admin's.
  const own = (await getNoticePreferences({ userId: target.id, executor: ctx.tx }))?.locale;
  const { invitation, link } = await issueResetLink({
    executor: ctx.tx,
    user: target,
    locale: localeOr(own, ctx.locale),
    createdById: ctx.user.id,
  });
  await ctx.audit({
    action: 'user.send_reset',
    entityType: 'user',
    entityId: target.id,
    countryId: target.countryId,
    after: { invitationId: invitation.id, expiresAt: invitation.expiresAt.toISOString() },
  });
  ctx.afterCommit(deliverAfterResponse);
  const mailed = isSmtpConfigured();
  return { mailed, link: mailed ? null : link.url };
}

export async function resetPassword(
  ctx: Ctx<typeof resetPasswordSchema, CurrentUser | null>,
): Promise<{ userId: string }> {
  const link = await usableLink(ctx, ctx.input.token, 'reset');
  const user = link.userId ? await getUserCredentials({ id: link.userId, executor: ctx.tx, forUpdate: true }) : null;
  if (!user || !user.isActive) {
    fail('forbidden:link', {
      messageKey: 'link.unknown',
      audit: { entityType: 'invitation', entityId: link.id, reason: 'account_inactive' },
    });
  }
  const passwordHash = await hashAcceptablePassword({
    field: 'password',
    password: ctx.input.password,
    email: user.email,
  });
  // A new password ends every session of the account (the version bump) and every other open link.
  await setPasswordHash({ executor: ctx.tx, id: user.id, passwordHash });
  await endAllSessions({ executor: ctx.tx, userId: user.id });
  await markInvitationUsed({ executor: ctx.tx, id: link.id, userId: user.id });
  await revokeOpenInvitations({ executor: ctx.tx, purpose: 'reset', userId: user.id });
  await ctx.audit({
    action: 'user.password_reset',
    actorId: user.id,
    actorRole: user.role,
    entityType: 'user',
    entityId: user.id,
    countryId: user.countryId,
    after: { invitationId: link.id, sessionsEnded: true },
  });
  // Whoever could read the link controls the mailbox: the sign-in lock on the account is lifted.
  ctx.afterCommit(() => signInLimits.account.reset(limitKey('account', normalizeEmail(user.email))));
  return { userId: user.id };
}

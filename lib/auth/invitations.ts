import 'server-only';
import type { z } from 'zod';
import { countryExists } from '@/db/queries/countries';
import {
  lockInvitation,
  lockInvitationByTokenHash,
  insertInvitation,
  linkMailKey,
  markInvitationUsed,
  revokeInvitation,
  revokeOpenInvitations,
} from '@/db/queries/invitations';
import { countActiveAdmins, emailHasAccount, insertUser, normalizeEmail } from '@/db/queries/users';
import type { Invitation, Role } from '@/db/schema';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { enqueueMail, deliverAfterResponse } from '@/lib/mail/outbox';
import { isSmtpConfigured } from '@/lib/mail/transport';
import { invitationMail } from '@/lib/mail/templates';
import { createOneTimeLink, linkState } from './links';
import { hashAcceptablePassword } from './passwords';
import type { acceptInvitationSchema, invitationTargetSchema, inviteUserSchema } from './schemas';
import type { CurrentUser } from './session';
import { hashToken } from './tokens';

/**
 * Invitations: the only way an account comes to exist. An admin names the address, the role and (for
 * a focal point) the country; the person chooses their own name and password through the link.
 */

type Ctx<S extends z.ZodType, U = CurrentUser> = ActionContext<z.output<S>, U>;

export type InvitationCreated = {
  invitationId: string;
  link: string;
  expiresAt: string;
  mailed: boolean;
  /** How many earlier open invitations to the same address this one withdrew. */
  withdrew: number;
};

export async function inviteUser(ctx: Ctx<typeof inviteUserSchema>): Promise<InvitationCreated> {
  const { tx, input, locale } = ctx;
  const email = normalizeEmail(input.email);
  let countryId: number | null = null;
  if (input.role === 'focal_point') {
    if (input.countryId === undefined) fail('validation', { fieldErrors: { countryId: ['invite.countryRequired'] } });
    if (!(await countryExists({ id: input.countryId, executor: tx })))
      fail('validation', { fieldErrors: { countryId: ['validation.choice'] } });
    countryId = input.countryId;
  } else if (input.countryId !== undefined) {
    fail('validation', { fieldErrors: { countryId: ['invite.countryOnlyForFocalPoint'] } });
  }
  if (await emailHasAccount({ email, executor: tx }))
    fail('conflict:email', { fieldErrors: { email: ['invite.emailTaken'] } });

  // The invitation, its link and the account it opens are in the language chosen for the person.
  const language = input.locale ?? locale;
  const { invitation, link, replaced } = await issueInvitation(
    { tx, locale: language },
    { email, role: input.role, countryId, createdById: ctx.user.id },
  );
  const mail = await invitationMail({ locale: language, link: link.url, role: input.role, expiresAt: link.expiresAt });
  await enqueueMail({
    executor: tx,
    message: {
      toAddress: email,
      ...mail,
      kind: 'invitation',
      dedupeKey: linkMailKey('invite', invitation.id),
      countryId,
    },
  });
  await ctx.audit({
    action: 'invitation.create',
    entityType: 'invitation',
    entityId: invitation.id,
    countryId,
    after: { email, role: input.role, countryId, locale: language, expiresAt: link.expiresAt.toISOString(), replaced },
  });
  ctx.afterCommit(deliverAfterResponse);
  return {
    invitationId: invitation.id,
    link: link.url,
    expiresAt: link.expiresAt.toISOString(),
    mailed: isSmtpConfigured(),
    withdrew: replaced.length,
  };
}

/**
 * `npm run create-admin`: the first administrator of an install, or, with `force`, a new one when no
 * administrator can sign in any more. No one is signed in, so nothing is mailed: the command prints
 * the link. Called through scripts/service-context.ts.
 */
export async function inviteFirstAdmin(
  ctx: ActionContext<{ email: string; force: boolean }, null>,
): Promise<{ link: string; expiresAt: string }> {
  const { tx, input } = ctx;
  const email = normalizeEmail(input.email);
  if (await emailHasAccount({ email, executor: tx })) fail('conflict:email');
  if ((await countActiveAdmins({ executor: tx })) > 0 && !input.force) fail('conflict:admin');
  const { invitation, link } = await issueInvitation(ctx, { email, role: 'admin', countryId: null, createdById: null });
  await ctx.audit({
    action: 'invitation.create',
    entityType: 'invitation',
    entityId: invitation.id,
    after: {
      email,
      role: 'admin',
      expiresAt: link.expiresAt.toISOString(),
      via: 'create-admin command',
      forced: input.force,
    },
  });
  return { link: link.url, expiresAt: link.expiresAt.toISOString() };
}

/** A new invitation, replacing any earlier one still open for the same address. */
async function issueInvitation(
  ctx: Pick<ActionContext<unknown, unknown>, 'tx' | 'locale'>,
  values: { email: string; role: Role; countryId: number | null; createdById: string | null },
) {
  const replaced = await revokeOpenInvitations({ executor: ctx.tx, purpose: 'invite', email: values.email });
  const link = createOneTimeLink({ purpose: 'invite', locale: ctx.locale });
  const invitation = await insertInvitation({
    executor: ctx.tx,
    values: { purpose: 'invite', ...values, locale: ctx.locale, tokenHash: link.tokenHash, expiresAt: link.expiresAt },
  });
  return { invitation, link, replaced };
}

/** The link's row, locked, when it is a usable link of this purpose; otherwise a refusal that says why. */
export async function usableLink(
  ctx: Pick<Ctx<typeof acceptInvitationSchema, unknown>, 'tx'>,
  token: string,
  purpose: Invitation['purpose'],
) {
  const row = await lockInvitationByTokenHash({ executor: ctx.tx, tokenHash: hashToken(token) });
  const state = linkState(row && row.purpose === purpose ? row : null);
  if (state !== 'valid' || !row) {
    fail('forbidden:link', {
      messageKey: `link.${state}`,
      audit: {
        entityType: 'invitation',
        entityId: row?.purpose === purpose ? row.id : null,
        countryId: row?.countryId ?? null,
        reason: `link_${state}`,
      },
    });
  }
  return row;
}

export async function acceptInvitation(
  ctx: Ctx<typeof acceptInvitationSchema, CurrentUser | null>,
): Promise<{ userId: string }> {
  const { tx, input } = ctx;
  const invitation = await usableLink(ctx, input.token, 'invite');
  const email = normalizeEmail(invitation.email);
  const passwordHash = await hashAcceptablePassword({ field: 'password', password: input.password, email });
  if (await emailHasAccount({ email, executor: tx })) fail('conflict:email', { messageKey: 'link.accountExists' });
  const user = await insertUser({
    executor: tx,
    values: {
      email,
      name: input.name,
      role: invitation.role!,
      countryId: invitation.countryId,
      passwordHash,
      locale: invitation.locale,
    },
  });
  await markInvitationUsed({ executor: tx, id: invitation.id, userId: user.id });
  await ctx.audit({
    action: 'invitation.accept',
    actorId: user.id,
    actorRole: user.role,
    entityType: 'invitation',
    entityId: invitation.id,
    countryId: user.countryId,
    after: { userId: user.id },
  });
  await ctx.audit({
    action: 'user.create',
    actorId: user.id,
    actorRole: user.role,
    entityType: 'user',
    entityId: user.id,
    countryId: user.countryId,
    after: { email, name: input.name, role: user.role, countryId: user.countryId, invitedBy: invitation.createdById },
  });
  return { userId: user.id };
}

export async function revokeInvitationById(ctx: Ctx<typeof invitationTargetSchema>): Promise<{ invitationId: string }> {
  const invitation = await lockInvitation({ executor: ctx.tx, id: ctx.input.invitationId });
  if (!invitation || invitation.purpose !== 'invite' || linkState(invitation) !== 'valid') fail('not_found:invitation');
  await revokeInvitation({ executor: ctx.tx, id: invitation.id });
  await ctx.audit({
    action: 'invitation.revoke',
    entityType: 'invitation',
    entityId: invitation.id,
    countryId: invitation.countryId,
    before: { email: invitation.email, role: invitation.role, revokedAt: null },
    after: { revokedAt: new Date().toISOString() },
  });
  return { invitationId: invitation.id };
}

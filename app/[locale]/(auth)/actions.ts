'use server';

import { defineAction } from '@/lib/actions/define-action';
import { acceptInvitation } from '@/lib/auth/invitations';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { acceptInvitationSchema, forgotPasswordSchema, resetPasswordSchema } from '@/lib/auth/schemas';
import { redirect } from '@/lib/i18n/navigation';

// Public actions: the one-time link's token, not a session, is what grants the right to act.

export const acceptInvitationAction = defineAction({
  name: 'invitation.accept',
  access: 'public',
  input: acceptInvitationSchema,
  messages: 'auth',
  subject: 'link',
  handler: async (ctx) => {
    const result = await acceptInvitation(ctx);
    ctx.afterCommit(() => redirect({ href: { pathname: '/login', query: { welcome: '1' } }, locale: ctx.locale }));
    return result;
  },
});

export const resetPasswordAction = defineAction({
  name: 'user.password_reset',
  access: 'public',
  input: resetPasswordSchema,
  messages: 'auth',
  subject: 'link',
  handler: async (ctx) => {
    const result = await resetPassword(ctx);
    ctx.afterCommit(() => redirect({ href: { pathname: '/login', query: { reset: '1' } }, locale: ctx.locale }));
    return result;
  },
});

export const requestPasswordResetAction = defineAction({
  name: 'auth.password_reset_request',
  access: 'public',
  input: forgotPasswordSchema,
  messages: 'auth',
  handler: requestPasswordReset,
});

'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { inviteUser, revokeInvitationById } from '@/lib/auth/invitations';
import { sendPasswordReset } from '@/lib/auth/password-reset';
import {
  invitationTargetSchema,
  inviteUserSchema,
  setUserActiveSchema,
  updateUserAccessSchema,
  userTargetSchema,
} from '@/lib/auth/schemas';
import { changeUserAccess, changeUserActive } from '@/lib/auth/user-admin';

// Admin actions on other people's accounts. Every one needs its permission; lib/auth does the work.

const refreshUsers = () => revalidatePath('/[locale]/workspace/users', 'layout');

export const inviteUserAction = defineAction({
  name: 'user.invite',
  access: 'user.invite',
  input: inviteUserSchema,
  messages: 'auth',
  subject: 'user',
  handler: async (ctx) => {
    const result = await inviteUser(ctx);
    ctx.afterCommit(refreshUsers);
    return result;
  },
});

export const revokeInvitationAction = defineAction({
  name: 'invitation.revoke',
  access: 'invitation.revoke',
  input: invitationTargetSchema,
  messages: 'auth',
  subject: 'invitation',
  handler: async (ctx) => {
    const result = await revokeInvitationById(ctx);
    ctx.afterCommit(refreshUsers);
    return result;
  },
});

export const updateUserAccessAction = defineAction({
  name: 'user.update_access',
  access: 'user.update',
  input: updateUserAccessSchema,
  messages: 'auth',
  subject: 'user',
  handler: async (ctx) => {
    const result = await changeUserAccess(ctx);
    ctx.afterCommit(refreshUsers);
    return result;
  },
});

export const setUserActiveAction = defineAction({
  name: 'user.set_active',
  access: 'user.update',
  input: setUserActiveSchema,
  messages: 'auth',
  subject: 'user',
  handler: async (ctx) => {
    const result = await changeUserActive(ctx);
    ctx.afterCommit(refreshUsers);
    return result;
  },
});

export const sendPasswordResetAction = defineAction({
  name: 'user.send_reset',
  access: 'user.send_reset',
  input: userTargetSchema,
  messages: 'auth',
  subject: 'user',
  handler: sendPasswordReset,
});

'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { changeOwnPassword, signOutEverywhere } from '@/lib/auth/account';
import {
  changePasswordSchema,
  disableSecondFactorSchema,
  emptySchema,
  endSessionSchema,
  secondFactorCodeSchema,
} from '@/lib/auth/schemas';
import { clearSessionCookie } from '@/lib/auth/session-token';
import { endOwnSession } from '@/lib/auth/user-sessions';
import { confirmEnrolment, regenerateRecoveryCodes, startEnrolment, turnOffSecondFactor } from '@/lib/auth/two-factor';
import { redirect } from '@/lib/i18n/navigation';
import { saveNoticePreferences } from '@/lib/notifications/preferences';
import { noticePreferencesSchema } from '@/lib/validation/notice-preferences';

// A person's own account. 'account.manage' is the one permission an admin still has before enrolling
// in two-factor sign-in, so that they can enrol.

const refreshAccount = () => revalidatePath('/[locale]/workspace', 'layout');

export const changePasswordAction = defineAction({
  name: 'user.password_change',
  access: 'account.manage',
  input: changePasswordSchema,
  messages: 'auth',
  subject: 'account',
  handler: changeOwnPassword,
});

export const signOutEverywhereAction = defineAction({
  name: 'user.sign_out_everywhere',
  access: 'account.manage',
  input: emptySchema,
  messages: 'auth',
  subject: 'account',
  handler: async (ctx) => {
    const result = await signOutEverywhere(ctx);
    ctx.afterCommit(() => redirect({ href: { pathname: '/login', query: { signedOut: '1' } }, locale: ctx.locale }));
    return result;
  },
});

export const endSessionAction = defineAction({
  name: 'user.session_end',
  access: 'account.manage',
  input: endSessionSchema,
  messages: 'auth',
  subject: 'session',
  handler: async (ctx) => {
    const result = await endOwnSession(ctx);
    if (result.current) {
      ctx.afterCommit(clearSessionCookie);
      ctx.afterCommit(() => redirect({ href: { pathname: '/login', query: { signedOut: '1' } }, locale: ctx.locale }));
    } else {
      ctx.afterCommit(refreshAccount);
    }
    return result;
  },
});

export const startTwoFactorAction = defineAction({
  name: 'user.totp_enrolment_start',
  access: 'account.manage',
  input: emptySchema,
  messages: 'auth',
  subject: 'two_factor',
  handler: async (ctx) => {
    const result = await startEnrolment(ctx);
    ctx.afterCommit(refreshAccount);
    return result;
  },
});

export const confirmTwoFactorAction = defineAction({
  name: 'user.totp_enable',
  access: 'account.manage',
  input: secondFactorCodeSchema,
  messages: 'auth',
  subject: 'two_factor',
  // No revalidation here: the page must stay as it is to show the recovery codes, once.
  handler: confirmEnrolment,
});

export const regenerateRecoveryCodesAction = defineAction({
  name: 'user.recovery_codes_regenerate',
  access: 'account.manage',
  input: secondFactorCodeSchema,
  messages: 'auth',
  subject: 'two_factor',
  handler: regenerateRecoveryCodes,
});

export const disableTwoFactorAction = defineAction({
  name: 'user.totp_disable',
  access: 'account.manage',
  input: disableSecondFactorSchema,
  messages: 'auth',
  subject: 'two_factor',
  handler: async (ctx) => {
    const result = await turnOffSecondFactor(ctx);
    ctx.afterCommit(refreshAccount);
    return result;
  },
});

// The person's language and the notices they take by mail. A new language reopens the page in it.
export const saveNoticePreferencesAction = defineAction({
  name: 'user.preferences_change',
  access: 'account.manage',
  input: noticePreferencesSchema,
  messages: 'notices',
  subject: 'account',
  handler: async (ctx) => {
    const result = await saveNoticePreferences(ctx);
    if (result.languageChanged)
      ctx.afterCommit(() =>
        redirect({ href: { pathname: '/workspace/account', query: { saved: 'preferences' } }, locale: result.locale }),
      );
    else ctx.afterCommit(refreshAccount);
    return result;
  },
});

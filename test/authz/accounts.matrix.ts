import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { invitations, notifications, users } from '@/db/schema';
import { createUserSession } from '@/db/queries/user-sessions';
import { createUser } from '@/db/seed/factories';
import { eq } from 'drizzle-orm';
import { createLinkToken, hashToken } from '@/lib/auth/tokens';
import { createTotpSecret, currentTotpCode, encryptTotpSecret } from '@/lib/auth/totp';
import { TEST_PASSWORD, testPasswordHash } from '@/test/auth-helpers';
import { ADMIN_ONLY, EVERYONE, SIGNED_IN, type Matrix, type SetupContext } from './matrix';

const NEW_PASSWORD = 'harbour lantern copper meadow';
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000);

async function openLink({
  purpose,
  userId,
  countryId,
}: {
  purpose: 'invite' | 'reset';
  userId?: string;
  countryId?: number;
}) {
  const token = createLinkToken();
  const email = `link-${randomUUID().slice(0, 8)}@example.test`;
  await db()
    .insert(invitations)
    .values(
      purpose === 'invite'
        ? {
            purpose,
            email,
            role: 'focal_point',
            countryId: countryId!,
            tokenHash: hashToken(token),
            expiresAt: inAWeek(),
          }
        : { purpose, email, userId: userId!, tokenHash: hashToken(token), expiresAt: inAWeek() },
    );
  return { token, email };
}

/** Someone in country A whom admins act on. */
async function target({ cast }: SetupContext) {
  return createUser(db(), { role: 'focal_point', countryId: cast.countryA.id, passwordHash: await testPasswordHash() });
}

/** A notice for the caller (or, with no caller, for someone else), as "What's new" would list. */
async function noticeFor({ cast, user }: SetupContext) {
  const owner = user ?? (await target({ cast } as SetupContext));
  const [row] = await db()
    .insert(notifications)
    .values({ userId: owner.id, kind: 'round_opened', dedupeKey: `matrix:${randomUUID()}`, params: {} })
    .returning({ id: notifications.id });
  return row!.id;
}

/** Gives the caller an enrolled authenticator with a known secret; returns a current code. */
async function enrolCaller({ user }: SetupContext, enabled: boolean) {
  const secret = createTotpSecret();
  await db()
    .update(users)
    .set({ totpSecret: encryptTotpSecret(secret), totpEnabledAt: enabled ? new Date() : null })
    .where(eq(users.id, user!.id));
  return currentTotpCode(secret);
}

export const accountsMatrix: Matrix = {
  // Public: the link's token is the right to act, so every caller gets through.
  'app/[locale]/(auth)/actions.ts#acceptInvitationAction': {
    allowed: EVERYONE,
    setup: async ({ cast }) => {
      const { token } = await openLink({ purpose: 'invite', countryId: cast.countryA.id });
      return { token, name: 'Invited Person', password: NEW_PASSWORD };
    },
  },
  'app/[locale]/(auth)/actions.ts#resetPasswordAction': {
    allowed: EVERYONE,
    setup: async (context) => {
      const person = await target(context);
      const { token } = await openLink({ purpose: 'reset', userId: person.id });
      return { token, password: NEW_PASSWORD };
    },
  },
  'app/[locale]/(auth)/actions.ts#requestPasswordResetAction': {
    allowed: EVERYONE,
    setup: async (context) => ({ email: (await target(context)).email }),
  },

  // Admin only.
  'app/[locale]/workspace/users/actions.ts#inviteUserAction': {
    allowed: ADMIN_ONLY,
    setup: async ({ cast }) => ({
      email: `invitee-${randomUUID().slice(0, 8)}@example.test`,
      role: 'focal_point',
      countryId: String(cast.countryA.id),
    }),
  },
  'app/[locale]/workspace/users/actions.ts#revokeInvitationAction': {
    allowed: ADMIN_ONLY,
    setup: async ({ cast }) => {
      const { token } = await openLink({ purpose: 'invite', countryId: cast.countryA.id });
      const [row] = await db()
        .select({ id: invitations.id })
        .from(invitations)
        .where(eq(invitations.tokenHash, hashToken(token)));
      return { invitationId: row!.id };
    },
  },
  'app/[locale]/workspace/users/actions.ts#updateUserAccessAction': {
    allowed: ADMIN_ONLY,
    setup: async (context) => ({
      userId: (await target(context)).id,
      role: 'focal_point',
      countryId: String(context.cast.countryB.id),
    }),
  },
  'app/[locale]/workspace/users/actions.ts#setUserActiveAction': {
    allowed: ADMIN_ONLY,
    setup: async (context) => ({ userId: (await target(context)).id, active: 'false' }),
  },
  'app/[locale]/workspace/users/actions.ts#sendPasswordResetAction': {
    allowed: ADMIN_ONLY,
    setup: async (context) => ({ userId: (await target(context)).id }),
  },

  // One's own account: any active, signed-in person.
  'app/[locale]/workspace/account/actions.ts#changePasswordAction': {
    allowed: SIGNED_IN,
    setup: async () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
  },
  'app/[locale]/workspace/account/actions.ts#signOutEverywhereAction': { allowed: SIGNED_IN, setup: async () => ({}) },
  'app/[locale]/workspace/account/actions.ts#endSessionAction': {
    allowed: SIGNED_IN,
    // Another of the caller's own sessions (the one the matrix signs in with stays open).
    setup: async ({ user }) => ({
      sessionId: user
        ? await createUserSession({ userId: user.id, userAgent: 'Firefox/140.0', ip: null })
        : randomUUID(),
    }),
  },
  'app/[locale]/workspace/account/actions.ts#startTwoFactorAction': {
    allowed: SIGNED_IN,
    // The cast's admin is already enrolled.
    outcomes: { admin: 'conflict:two_factor' },
    setup: async () => ({}),
  },
  'app/[locale]/workspace/account/actions.ts#confirmTwoFactorAction': {
    allowed: SIGNED_IN,
    outcomes: { admin: 'conflict:two_factor' },
    setup: async (context) => ({
      code: context.user && context.user.role !== 'admin' ? await enrolCaller(context, false) : '123456',
    }),
  },
  'app/[locale]/workspace/account/actions.ts#regenerateRecoveryCodesAction': {
    allowed: SIGNED_IN,
    setup: async (context) => ({ code: context.user ? await enrolCaller(context, true) : '123456' }),
  },
  'app/[locale]/workspace/account/actions.ts#disableTwoFactorAction': {
    allowed: SIGNED_IN,
    // Administrators must keep it.
    outcomes: { admin: 'conflict:two_factor' },
    setup: async (context) => ({
      code: context.user ? await enrolCaller(context, true) : '123456',
      currentPassword: TEST_PASSWORD,
    }),
  },

  'app/[locale]/workspace/account/actions.ts#saveNoticePreferencesAction': {
    allowed: SIGNED_IN,
    // Each role is offered its own kinds; none ticked turns them all off, which every role may do.
    setup: async () => ({ locale: 'fr' }),
  },
  // Marking one's own "What's new" read.
  'app/[locale]/workspace/actions.ts#markNoticesSeenAction': {
    allowed: SIGNED_IN,
    setup: async (context) => ({ throughId: String(await noticeFor(context)) }),
  },

  // next-auth's own endpoints cannot be wrapped: they are its sign-in (Credentials, checked by
  // lib/auth/sign-in.ts and its tests, limited and audited there), session refresh and sign-out,
  // each protected by next-auth's CSRF token; none of them changes anything but the caller's session.
  'app/api/auth/[...nextauth]/route.ts#POST': {
    exempt:
      "next-auth's CSRF-protected sign-in, session and sign-out endpoints; sign-in is decided by lib/auth/sign-in.ts",
  },
};

import 'server-only';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';
import { recordAuditEvent } from '@/db/queries/audit';
import { getSessionUser } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import { getPathname, redirect } from '@/lib/i18n/navigation';
import { routing, type Locale } from '@/lib/i18n/routing';
import { can, type Action, type Resource, type Subject } from '@/lib/permissions';
import { requireAuthSecret } from '@/lib/env';
import { sessionSettings } from './config';
import { requestIp } from './request-info';
import { isPastAbsoluteLimit, isSessionClaims, pickSessionClaims, type SessionClaims } from './session-token';
import { isSessionRecordOpen } from './user-sessions';

/**
 * Who is asking, decided afresh on every request: the session token says who signed in, with which
 * session record and session version; the database rows say whether that person is still active,
 * whether the version still matches (deactivation, a role or country change, a password change and
 * "sign out everywhere" all bump it), whether the record is still open (sign-out and "end this
 * session" end it), and what their role and country are now. Every page, action and route handler asks
 * here; nothing trusts role or country from the token or the request.
 */

export type CurrentUser = Subject & {
  id: string;
  email: string;
  name: string;
  role: Role;
  countryId: number | null;
  isActive: true;
  totpEnabled: boolean;
  /** An admin without two-factor sign-in may only set it up (and sign out) until they have. */
  restricted: boolean;
  claims: SessionClaims;
};

export type SessionState =
  | { user: CurrentUser }
  | {
      user: null;
      reason: 'no_session' | 'expired' | 'unknown_user' | 'inactive' | 'revoked';
      userId?: string;
      role?: Role;
      countryId?: number | null;
    };

/**
 * The claims of the request's session cookie, decrypted and checked (signature, expiry) by next-auth's
 * own JWT code with the same secret and cookie name its handlers use. (getServerSession would do the
 * same and then run our jwt callback; reading the cookie directly keeps one code path for pages,
 * actions and route handlers, and lets the tests drive it through `cookies()`.)
 */
async function readClaims(): Promise<SessionClaims | null> {
  const { sessionCookieName } = sessionSettings();
  const store = await cookies();
  let token = store.get(sessionCookieName)?.value;
  if (!token) {
    // next-auth splits a token longer than a cookie can hold into name.0, name.1, …
    const chunks = store
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${sessionCookieName}.`))
      .sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
    token = chunks.length > 0 ? chunks.map((cookie) => cookie.value).join('') : undefined;
  }
  if (!token) return null;
  try {
    const decoded = await decode({ token, secret: requireAuthSecret() });
    return isSessionClaims(decoded) ? pickSessionClaims(decoded) : null;
  } catch {
    return null;
  }
}

export const getSessionState = cache(async (): Promise<SessionState> => {
  const claims = await readClaims();
  if (!claims) return { user: null, reason: 'no_session' };
  if (isPastAbsoluteLimit(claims)) return { user: null, reason: 'expired', userId: claims.sub };
  const row = await getSessionUser({ id: claims.sub });
  if (!row) return { user: null, reason: 'unknown_user' };
  const known = { userId: row.id, role: row.role, countryId: row.countryId };
  if (!row.isActive) return { user: null, reason: 'inactive', ...known };
  if (row.sessionVersion !== claims.sv) return { user: null, reason: 'revoked', ...known };
  if (!(await isSessionRecordOpen(claims))) return { user: null, reason: 'revoked', ...known };
  const totpEnabled = row.totpEnabledAt !== null;
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      countryId: row.countryId,
      isActive: true,
      totpEnabled,
      restricted: row.role === 'admin' && !totpEnabled,
      claims,
    },
  };
});

/** The signed-in, active user, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await getSessionState()).user;
}

function currentLocale(locale: string): Locale {
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}

/** The path of the page being rendered, from the proxy; only ever used as a sanitised callbackUrl. */
async function currentPath(): Promise<string | null> {
  const value = (await headers()).get('x-request-path');
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page that comes back here afterwards.
 * An admin still without two-factor sign-in is sent to set it up, except on that page itself.
 */
export async function requireUser({
  locale,
  allowRestricted = false,
}: {
  locale: string;
  allowRestricted?: boolean;
}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const loc = currentLocale(locale);
  if (!user) {
    const path = await currentPath();
    return redirect({ href: { pathname: '/login', query: path ? { callbackUrl: path } : {} }, locale: loc });
  }
  if (user.restricted && !allowRestricted) {
    redirect({ href: '/workspace/account/two-factor', locale: loc });
  }
  return user;
}

/**
 * For pages: the signed-in user when they may do `action` (on `resource`, when given); otherwise the
 * refusal is written to the audit log and the page answers "not found", as if it did not exist.
 */
export async function requirePermission({
  locale,
  action,
  resource,
}: {
  locale: string;
  action: Action;
  resource?: Resource;
}): Promise<CurrentUser> {
  const user = await requireUser({ locale });
  if (can(user, action, resource)) return user;
  await recordAuditEvent({
    event: {
      action: `page.${action}`,
      outcome: 'denied',
      actorId: user.id,
      actorRole: user.role,
      countryId: resource?.countryId ?? null,
      after: { path: await currentPath() },
      ip: await requestIp(),
    },
  });
  return notFound();
}

/** The sign-in page's path in a locale, for links and redirects built outside next-intl's helpers. */
export function loginPath(locale: string): string {
  return getPathname({ href: '/login', locale: currentLocale(locale) });
}

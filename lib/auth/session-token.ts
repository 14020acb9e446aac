import 'server-only';
import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { requireAuthSecret } from '@/lib/env';
import { sessionSettings } from './config';

/**
 * What the session token (next-auth's encrypted JWT, in an HttpOnly cookie) carries: who, which
 * session record and session version of theirs it belongs to, and when they signed in. Nothing else:
 * role, country and the active flag are read from the database on every request, so the token cannot
 * go stale.
 */
export type SessionClaims = {
  /** The user's id. */
  sub: string;
  /** The id of the session record (user_sessions) made at sign-in; ending the record ends the session. */
  sid: string;
  /** users.session_version when the session began; bumping it ends the session. */
  sv: number;
  /** Sign-in time, seconds since the epoch; the session ends SESSION_MAX_HOURS after it. */
  at: number;
  /** How the person proved who they are: a password, or a password and a second factor. */
  amr: 'pwd' | 'pwd+otp';
};

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function isSessionClaims(value: unknown): value is SessionClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    /^[0-9a-f-]{36}$/i.test(claims.sub) &&
    typeof claims.sid === 'string' &&
    /^[0-9a-f-]{36}$/i.test(claims.sid) &&
    Number.isInteger(claims.sv) &&
    Number.isInteger(claims.at) &&
    (claims.amr === 'pwd' || claims.amr === 'pwd+otp')
  );
}

/** Whether the absolute lifetime (SESSION_MAX_HOURS from sign-in) has passed. */
export function isPastAbsoluteLimit(claims: Pick<SessionClaims, 'at'>, now = nowSeconds()): boolean {
  const { maxSeconds } = sessionSettings();
  return claims.at > now + 60 || now - claims.at >= maxSeconds;
}

/** Exactly the claims, whatever else a decoded token holds (next-auth adds iat, exp, jti). */
export function pickSessionClaims(claims: SessionClaims): SessionClaims {
  return { sub: claims.sub, sid: claims.sid, sv: claims.sv, at: claims.at, amr: claims.amr };
}

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  const { idleSeconds } = sessionSettings();
  return encode({ token: { ...claims }, secret: requireAuthSecret(), maxAge: idleSeconds });
}

/**
 * Replaces the caller's own session cookie, keeping its sign-in time: used after the person changes
 * their password or second factor, which ends every other session (by bumping the version) but
 * should not sign out the browser they did it from.
 */
export async function reissueSessionCookie(claims: SessionClaims): Promise<void> {
  const { idleSeconds, secureCookies, sessionCookieName } = sessionSettings();
  const token = await encodeSessionToken(claims);
  (await cookies()).set(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secureCookies,
    maxAge: idleSeconds,
  });
}

export async function clearSessionCookie(): Promise<void> {
  const { secureCookies, sessionCookieName } = sessionSettings();
  (await cookies()).set(sessionCookieName, '', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secureCookies,
    maxAge: 0,
  });
}

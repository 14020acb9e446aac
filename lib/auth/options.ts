import 'server-only';
import type { NextAuthOptions, Session, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAuditEvent } from '@/db/queries/audit';
import { getSessionUser } from '@/db/queries/users';
import { requireAuthSecret } from '@/lib/env';
import { appOrigin, sessionSettings } from './config';
import { safeRedirectUrl } from './callback-url';
import { clientIpFrom } from './request-info';
import {
  isPastAbsoluteLimit,
  isSessionClaims,
  nowSeconds,
  pickSessionClaims,
  type SessionClaims,
} from './session-token';
import { authenticate } from './sign-in';
import { endSignedOutSession, isSessionRecordOpen, startSession } from './user-sessions';

/**
 * next-auth 4 with the Credentials provider and JWT sessions. next-auth owns the session cookie and its
 * encryption, CSRF protection of its own endpoints, and sign-out (whose event ends the session record,
 * so that a copy of the cookie is dead too); everything about who the person is
 * and what they may do is decided by lib/auth/session.ts from the database row, on every request.
 *
 * Lifetimes: the token expires SESSION_IDLE_MINUTES after it was last renewed (next-auth renews it
 * whenever /api/auth/session is read, which the workspace does while the person is active), and the
 * jwt callback refuses it SESSION_MAX_HOURS after sign-in, however active the session has been.
 */

type SignedInUser = User & { sessionVersion: number; secondFactor: boolean; sessionId: string };

/** Errors passed back to the sign-in form: a code, and for limits the seconds to wait. */
export function signInErrorMessage(code: string, retryAfterSeconds?: number): string {
  return retryAfterSeconds ? `${code}:${retryAfterSeconds}` : code;
}

export type AppSession = Session & SessionClaims;

export function authOptions(): NextAuthOptions {
  const { idleSeconds, secureCookies } = sessionSettings();
  return {
    secret: requireAuthSecret(),
    session: { strategy: 'jwt', maxAge: idleSeconds, updateAge: 0 },
    jwt: { maxAge: idleSeconds },
    useSecureCookies: secureCookies,
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Password',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
        async authorize(credentials, request) {
          const ip = clientIpFrom(request.headers ?? {});
          const result = await authenticate({
            email: String(credentials?.email ?? ''),
            password: String(credentials?.password ?? ''),
            code: credentials?.code ? String(credentials.code) : undefined,
            ip,
          });
          if (!result.ok) throw new Error(signInErrorMessage(result.code, result.retryAfterSeconds));
          const userAgent = request.headers?.['user-agent'];
          const user: SignedInUser = {
            id: result.user.id,
            sessionVersion: result.user.sessionVersion,
            secondFactor: result.user.secondFactor,
            sessionId: await startSession({
              userId: result.user.id,
              userAgent: typeof userAgent === 'string' ? userAgent : null,
              ip,
            }),
          };
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as SignedInUser;
          const claims: SessionClaims = {
            sub: signedIn.id,
            sid: signedIn.sessionId,
            sv: signedIn.sessionVersion,
            at: nowSeconds(),
            amr: signedIn.secondFactor ? 'pwd+otp' : 'pwd',
          };
          return claims;
        }
        // Throwing makes next-auth clear the cookie and answer with no session. A token whose record
        // has ended (signed out, ended from another browser) is not renewed either.
        if (!isSessionClaims(token) || isPastAbsoluteLimit(token)) throw new Error('session_expired');
        if (!(await isSessionRecordOpen(token))) throw new Error('session_revoked');
        return pickSessionClaims(token);
      },
      async session({ session, token }) {
        const claims = token as unknown as SessionClaims;
        const result: AppSession = {
          expires: session.expires,
          sub: claims.sub,
          sid: claims.sid,
          sv: claims.sv,
          at: claims.at,
          amr: claims.amr,
        };
        return result;
      },
      async redirect({ url }) {
        return safeRedirectUrl(url, appOrigin());
      },
    },
    events: {
      async signOut({ token }) {
        if (!isSessionClaims(token)) return;
        await endSignedOutSession(token);
        const user = await getSessionUser({ id: token.sub });
        await recordAuditEvent({
          event: {
            action: 'auth.sign_out',
            actorId: user?.id ?? null,
            actorRole: user?.role ?? null,
            entityType: 'user',
            entityId: user?.id ?? null,
            countryId: user?.countryId ?? null,
          },
        });
      },
    },
    logger: {
      // An expired or revoked token is routine; other errors are logged without their payloads.
      error(code, metadata) {
        if (code === 'JWT_SESSION_ERROR') return;
        console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : '');
      },
      warn(code) {
        if (code !== 'DEBUG_ENABLED') console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
  };
}

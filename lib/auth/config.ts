import { env } from '@/lib/env';

/** Session lifetimes and cookie settings, from the environment (lib/env.ts validates them). */
export function sessionSettings() {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, NODE_ENV } = env();
  // Production cookies carry the __Secure- prefix and the Secure flag, so they only ever travel over
  // HTTPS (browsers treat http://localhost as secure too, which keeps local production builds usable).
  const secureCookies = NODE_ENV === 'production';
  return {
    idleSeconds: SESSION_IDLE_MINUTES * 60,
    maxSeconds: SESSION_MAX_HOURS * 60 * 60,
    secureCookies,
    sessionCookieName: `${secureCookies ? '__Secure-' : ''}next-auth.session-token`,
  };
}

/** The app's public origin, for links in mail; NEXTAUTH_URL, or localhost in development. */
export function appOrigin(): string {
  const { NEXTAUTH_URL, PORT } = env();
  return new URL(NEXTAUTH_URL ?? `http://localhost:${PORT}`).origin;
}

/** One-time links (invitations and password resets) are valid this long. */
export const ONE_TIME_LINK_DAYS = 7;

import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users, type Role } from '@/db/schema';
import { createUserSession } from '@/db/queries/user-sessions';
import { createCountry, createUser } from '@/db/seed/factories';
import { sessionSettings } from '@/lib/auth/config';
import { hashPassword } from '@/lib/auth/password-hash';
import { encodeSessionToken, nowSeconds, type SessionClaims } from '@/lib/auth/session-token';
import { setRequest } from './mocks/next-headers';

// The session secret for the tests; set before anything reads the environment (lib/env.ts reads it once).
process.env.NEXTAUTH_SECRET ??= 'test-secret-for-the-session-tokens-0123456789';
// The tests model an install behind one reverse proxy, which appends the client's address.
process.env.TRUST_PROXY ??= '1';

/**
 * Signing in for tests: a real next-auth session token (same secret, same cookie) for a real user row,
 * placed in the simulated request of test/mocks/next-headers.ts. Whatever reads the session reads it
 * exactly as it would in the app.
 */

export const TEST_PASSWORD = 'glacier quarterly umbrella tractor';

export async function signInAs(
  user: { id: string; sessionVersion: number },
  claims: Partial<SessionClaims> = {},
  headers: Record<string, string> = {},
) {
  // A real session record, as a sign-in makes one: the token is refused without it.
  const sid = claims.sid ?? (await createUserSession({ userId: user.id, userAgent: 'Vitest', ip: '203.0.113.7' }));
  const token = await encodeSessionToken({
    sub: user.id,
    sid,
    sv: user.sessionVersion,
    at: nowSeconds(),
    amr: 'pwd',
    ...claims,
  });
  setRequest({
    cookies: { [sessionSettings().sessionCookieName]: token },
    headers: { 'x-forwarded-for': '203.0.113.7', ...headers },
  });
  return token;
}

export function signOut(headers: Record<string, string> = {}) {
  setRequest({ headers: { 'x-forwarded-for': '203.0.113.7', ...headers } });
}

export async function freshUser(id: string) {
  const [row] = await db().select().from(users).where(eq(users.id, id));
  return row!;
}

export type Cast = {
  countryA: { id: number };
  countryB: { id: number };
  focalA: typeof users.$inferSelect;
  focalB: typeof users.$inferSelect;
  secretariat: typeof users.$inferSelect;
  admin: typeof users.$inferSelect;
  deactivated: typeof users.$inferSelect;
};

/** TEST_PASSWORD hashed once per test file: argon2id is slow on purpose. */
export function testPasswordHash(): Promise<string> {
  testPasswordHash_ ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash_;
}
let testPasswordHash_: Promise<string> | undefined;

/** One person per role (the admin already enrolled in two-factor sign-in), two countries, and a deactivated account. */
export async function createCast(countries?: { countryA: { id: number }; countryB: { id: number } }): Promise<Cast> {
  const executor = db();
  // Countries can be shared between casts: the factory has a limited stock of unused ISO codes.
  const countryA = countries?.countryA ?? (await createCountry(executor));
  const countryB = countries?.countryB ?? (await createCountry(executor));
  const passwordHash = await testPasswordHash();
  const make = (role: Role, extra: Record<string, unknown> = {}) =>
    createUser(executor, { role, countryId: role === 'focal_point' ? countryA.id : null, passwordHash, ...extra });
  return {
    countryA,
    countryB,
    focalA: await make('focal_point'),
    focalB: await make('focal_point', { countryId: countryB.id }),
    secretariat: await make('secretariat'),
    admin: await make('admin', { totpEnabledAt: new Date() }),
    deactivated: await make('secretariat', { isActive: false }),
  };
}

/** Raw SQL on the app's own pool (drizzle keeps the postgres.js client on `$client`). */
export function rawSql() {
  return (db() as unknown as { $client: import('postgres').Sql }).$client;
}

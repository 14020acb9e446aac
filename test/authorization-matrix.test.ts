import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCast, freshUser, rawSql, signInAs, signOut, type Cast } from '@/test/auth-helpers';
import { db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { discoverEndpoints, type Endpoint } from './authz/discover';
import { CALLERS, type Caller, type Exemption, type Matrix, type MatrixEntry } from './authz/matrix';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

/**
 * Every server action, every mutating route handler and every read behind a session (the workspace's
 * downloads), found in the source by test/authz/discover.ts, called by each kind of caller: the allowed
 * ones get their outcome; every other one is refused with the right code (a read: 404, whoever asks),
 * leaves every row of every table as it was, and leaves a "denied" audit event.
 */

const matrixModules = import.meta.glob<{ [name: string]: Matrix }>('./authz/*.matrix.ts', { eager: true });
const MATRIX: Matrix = Object.assign({}, ...Object.values(matrixModules).flatMap((module) => Object.values(module)));

const root = path.resolve(import.meta.dirname, '..');
const { endpoints, inline } = discoverEndpoints(root);

function isExemption(entry: MatrixEntry | Exemption): entry is Exemption {
  return 'exempt' in entry;
}

function callerUser(cast: Cast, caller: Caller) {
  return {
    public: null,
    focalOwn: cast.focalA,
    focalOther: cast.focalB,
    secretariat: cast.secretariat,
    admin: cast.admin,
    deactivated: cast.deactivated,
  }[caller];
}

/** Every base table's content as one hash, except the append-only audit log and the attempt counters. */
async function snapshot(): Promise<Record<string, string>> {
  const sql = rawSql();
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('audit_events', 'rate_limits')
    order by table_name`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await sql.unsafe(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
    );
    result[name] = String(row!.digest);
  }
  return result;
}

async function deniedCount(): Promise<number> {
  const [row] = await db().select({ total: count() }).from(auditEvents).where(eq(auditEvents.outcome, 'denied'));
  return row?.total ?? 0;
}

async function call(endpoint: Endpoint, input: Record<string, unknown> | FormData): Promise<string> {
  const loaded = (await import(/* @vite-ignore */ path.join(root, endpoint.file))) as Record<string, unknown>;
  const handler = loaded[endpoint.name] as (...args: unknown[]) => Promise<unknown>;
  try {
    if (endpoint.kind === 'read') {
      const query = new URLSearchParams(
        input instanceof FormData ? [] : Object.entries(input).map(([k, v]) => [k, String(v)]),
      );
      const response = (await handler(new Request(`http://localhost:3000/matrix?${query}`), {
        params: Promise.resolve({}),
      })) as Response;
      return response.status === 200 ? 'ok' : `status:${response.status}`;
    }
    if (endpoint.kind === 'route') {
      const body = input instanceof FormData ? input : JSON.stringify(input);
      const request = new Request('http://localhost:3000/matrix', {
        method: endpoint.name,
        body,
        headers: input instanceof FormData ? {} : { 'content-type': 'application/json' },
      });
      const response = (await handler(request, { params: Promise.resolve({}) })) as Response;
      const json = (await response.json()) as { ok: boolean; code?: string };
      return json.ok ? 'ok' : String(json.code);
    }
    const result = (await handler(null, input)) as { ok: boolean; code?: string };
    return result.ok ? 'ok' : String(result.code);
  } catch (error) {
    // A successful action may end in a redirect (to the next page); that is its success.
    if (isRedirectError(error)) return 'ok';
    throw error;
  }
}

function refusalFor(endpoint: Endpoint, caller: Caller): RegExp {
  // A refused read answers as a missing page does, to everyone alike.
  if (endpoint.kind === 'read') return /^status:404$/;
  return caller === 'public' || caller === 'deactivated' ? /^unauthenticated$/ : /^forbidden(:|$)/;
}

describe('authorization matrix', () => {
  let countries: { countryA: { id: number }; countryB: { id: number } };
  beforeAll(async () => {
    const { countryA, countryB } = await createCast();
    countries = { countryA, countryB };
  });

  it('finds the endpoints in the source (the scan itself works)', () => {
    const keys = endpoints.map((endpoint) => endpoint.key);
    expect(keys).toContain('app/[locale]/workspace/users/actions.ts#inviteUserAction');
    expect(keys).toContain('app/api/auth/[...nextauth]/route.ts#POST');
    expect(keys).toContain('app/[locale]/workspace/reports/export/route.ts#GET');
    expect(keys).not.toContain('app/api/health/route.ts#GET');
  });

  it('covers every server action, mutating route handler and workspace read, and nothing that does not exist', () => {
    const missing = endpoints.map((endpoint) => endpoint.key).filter((key) => !(key in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !endpoints.some((endpoint) => endpoint.key === key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it("has no inline 'use server' functions, which the scan could not see", () => {
    expect(inline).toEqual([]);
  });

  for (const endpoint of endpoints) {
    const entry = MATRIX[endpoint.key];
    if (!entry || isExemption(entry)) continue;
    describe(endpoint.key, () => {
      beforeAll(async () => {
        await rawSql().unsafe('delete from rate_limits');
      });
      for (const caller of CALLERS) {
        const allowed = entry.allowed.includes(caller);
        it(`${caller}: ${allowed ? `gets ${entry.outcomes?.[caller] ?? 'ok'}` : 'is refused and nothing changes'}`, async () => {
          const cast = await createCast(countries);
          const person = callerUser(cast, caller);
          const input = await entry.setup({ cast, caller, user: person });
          if (person) await signInAs(await freshUser(person.id));
          else signOut();
          await rawSql().unsafe('delete from rate_limits');
          const before = await snapshot();
          const deniedBefore = await deniedCount();
          const outcome = await call(endpoint, input);
          if (allowed) {
            expect(outcome).toBe(entry.outcomes?.[caller] ?? 'ok');
          } else {
            expect(outcome).toMatch(refusalFor(endpoint, caller));
            expect(await snapshot()).toEqual(before);
            expect(await deniedCount()).toBeGreaterThan(deniedBefore);
            if (person) {
              const refusals = await db()
                .select()
                .from(auditEvents)
                .where(and(eq(auditEvents.outcome, 'denied'), eq(auditEvents.actorId, person.id)));
              expect(refusals.length).toBeGreaterThan(0);
            }
          }
        });
      }
    });
  }
});

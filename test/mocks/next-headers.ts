/**
 * Stand-in for `next/headers` in Vitest: one simulated request whose cookies and headers a test sets,
 * and whose cookie writes (a re-issued session, a cleared one) the test can read back.
 * Use with: vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
 */

type CookieValue = { name: string; value: string };

const state = { cookies: new Map<string, string>(), headers: new Headers() };

export function setRequest({
  cookies = {},
  headers = {},
}: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}): void {
  state.cookies = new Map(Object.entries(cookies));
  state.headers = new Headers(headers);
}

export function requestCookie(name: string): string | undefined {
  return state.cookies.get(name);
}

export async function cookies() {
  return {
    get: (name: string): CookieValue | undefined =>
      state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined,
    getAll: (): CookieValue[] => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0 || value === '') state.cookies.delete(name);
      else state.cookies.set(name, value);
    },
    delete: (name: string) => state.cookies.delete(name),
  };
}

export async function headers() {
  return state.headers;
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}

/**
 * Calls the open-data route handlers as the server would, by path, so that Vitest tests can exercise
 * every endpoint against a real database. Test files that use it mock `next/cache` (no data cache
 * outside Next) and `next/headers` (the request host, for absolute links).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's params differ; the path decides them
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response> | Response;

const ORIGIN = 'http://tracker.test';

async function route(path: string): Promise<{ handler: Handler; params: Record<string, string> } | null> {
  const plain: Record<string, () => Promise<{ GET: Handler }>> = {
    '/countries': () => import('@/app/api/v1/countries/route'),
    '/countries.csv': () => import('@/app/api/v1/countries.csv/route'),
    '/commitments': () => import('@/app/api/v1/commitments/route'),
    '/commitments.csv': () => import('@/app/api/v1/commitments.csv/route'),
    '/standards': () => import('@/app/api/v1/standards/route'),
    '/standards.csv': () => import('@/app/api/v1/standards.csv/route'),
    '/reports': () => import('@/app/api/v1/reports/route'),
    '/reports.csv': () => import('@/app/api/v1/reports.csv/route'),
    '/bulk.zip': () => import('@/app/api/v1/bulk.zip/route'),
    '/datapackage.json': () => import('@/app/api/v1/datapackage.json/route'),
    '/openapi.json': () => import('@/app/api/v1/openapi.json/route'),
  };
  const load = plain[path];
  if (load) return { handler: (await load()).GET, params: {} };
  const country = /^\/countries\/([^/]+)$/.exec(path);
  if (country)
    return { handler: (await import('@/app/api/v1/countries/[iso3]/route')).GET, params: { iso3: country[1]! } };
  const bulk = /^\/bulk\/([^/]+)$/.exec(path);
  if (bulk) return { handler: (await import('@/app/api/v1/bulk/[file]/route')).GET, params: { file: bulk[1]! } };
  return null;
}

/** GET /api/v1{pathAndQuery}. */
export async function callApi(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`/api/v1${pathAndQuery}`, ORIGIN);
  const found = await route(url.pathname.slice('/api/v1'.length));
  if (!found) throw new Error(`No route for ${url.pathname}`);
  return found.handler(new Request(url, { headers }), { params: Promise.resolve(found.params) });
}

export async function getJson<T = unknown>(pathAndQuery: string): Promise<{ status: number; body: T }> {
  const response = await callApi(pathAndQuery);
  return { status: response.status, body: (await response.json()) as T };
}

import { createHash } from 'node:crypto';
import { joinList, writeCsv } from '@/lib/csv/dialect';

/**
 * Responses of the open-data API: JSON or CSV, with a strong ETag over the exact bytes (so a client
 * that sends If-None-Match gets a 304 with no body), caching headers, and CORS open to every origin for
 * GET, since the data is public. Bad parameters get a 400 that names the parameter and says why.
 */

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

const BASE_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Link',
  'X-Content-Type-Options': 'nosniff',
};

export type Format = 'json' | 'csv';

function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matches(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === etag || candidate === '*');
}

export function send(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  { contentType, filename, link }: { contentType: string; filename?: string; link?: string | null },
): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = { ...BASE_HEADERS, ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (link) headers.Link = link;
  if (matches(request, etag)) return new Response(null, { status: 304, headers });
  headers['Content-Type'] = contentType;
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename}"`;
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

export function sendJson(request: Request, payload: unknown, options: { link?: string | null } = {}): Response {
  return send(request, `${JSON.stringify(payload, null, 2)}\n`, {
    contentType: 'application/json; charset=utf-8',
    ...options,
  });
}

/**
 * The open-data CSV, in the one dialect of every CSV the app writes (lib/csv/dialect.ts): dates as
 * ISO 8601, lists joined with the list separator, formulas neutralised. The bulk download writes its
 * files with this too.
 */
export function toApiCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return writeCsv(
    columns,
    rows.map((row) => columns.map((column) => cell(row[column]))),
  );
}

export function sendCsv(
  request: Request,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  options: { filename: string; link?: string | null },
): Response {
  return send(request, toApiCsv(columns, rows), { contentType: 'text/csv; charset=utf-8', ...options });
}

/** A cell's value: numbers stay numbers (four decimals at most), so the dialect never marks them as text. */
function cell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return joinList(value.map((item) => String(cell(item))));
  if (typeof value === 'number') return Math.round(value * 10_000) / 10_000;
  return String(value);
}

export function badRequest(parameter: string, message: string): Response {
  return Response.json(
    { error: 'invalid_parameter', parameter, message },
    { status: 400, headers: { ...BASE_HEADERS, 'Cache-Control': 'no-store' } },
  );
}

export function notFoundResponse(what: string): Response {
  return Response.json(
    { error: 'not_found', message: `${what} was not found.` },
    { status: 404, headers: { ...BASE_HEADERS, 'Cache-Control': 'no-store' } },
  );
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...BASE_HEADERS, 'Access-Control-Max-Age': '86400' } });
}

/** Rounds a score for output: four decimals are enough to recompute the shown percentage exactly. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 10_000) / 10_000;
}

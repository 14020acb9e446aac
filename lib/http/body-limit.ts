/**
 * Request bodies too large to take, refused with 413 and a message a person can act on before any
 * of them is read. Without this a server action over Next.js's limit came back as a 500, and an upload
 * over the proxy's buffer (which cuts the body) as "file required".
 *
 * Only a declared Content-Length can be checked here; a chunked body without one still meets Next.js's
 * own limits (the server action limit answers 413 itself; the proxy cuts the body at its buffer size).
 */

/** Next.js's server action limit, set explicitly in next.config.ts from here. */
export const SERVER_ACTION_BODY_BYTES = 1024 * 1024;
/**
 * The CSV import's file limit, the same as MAX_IMPORT_BYTES in lib/csv/import.ts (a test holds them
 * equal); kept here so that next.config.ts and proxy.ts need not load the CSV parser.
 */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** The import's whole body: the file plus room for the multipart envelope and the other fields. */
export const UPLOAD_BODY_BYTES = MAX_IMPORT_FILE_BYTES + 1024 * 1024;

const mib = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

export function bodyLimitFor(request: { method: string; headers: Headers; pathname: string }): number | null {
  if (request.method !== 'POST') return null;
  if (/\/workspace\/import\/upload\/?$/.test(request.pathname)) return UPLOAD_BODY_BYTES;
  if (request.headers.has('next-action')) return SERVER_ACTION_BODY_BYTES;
  return null;
}

/** A 413 answer when the declared body is over the limit for this request, or null. */
export function oversizeBodyResponse(request: { method: string; headers: Headers; pathname: string }): Response | null {
  const limit = bodyLimitFor(request);
  const length = Number(request.headers.get('content-length') ?? '');
  if (limit === null || !Number.isFinite(length) || length <= limit) return null;
  const upload = limit === UPLOAD_BODY_BYTES;
  const message = upload
    ? `The file is too large: at most ${mib(MAX_IMPORT_FILE_BYTES)}. Split it into smaller files and import each.`
    : `What you sent is too large: at most ${mib(limit)}. Shorten it and send it again.`;
  return Response.json(
    { ok: false, code: 'too_large', message, limitBytes: upload ? MAX_IMPORT_FILE_BYTES : limit },
    { status: 413, headers: { 'Cache-Control': 'no-store', Connection: 'close' } },
  );
}

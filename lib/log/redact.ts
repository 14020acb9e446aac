/**
 * What may be written to a log about an error or a request: never SQL with its parameters (drizzle's
 * DrizzleQueryError puts the statement and every bound value in its message: e-mail addresses,
 * password hashes, tokens), never the secret part of a one-time link.
 */

type QueryError = Error & { query: string; cause?: unknown; code?: unknown };

/**
 * drizzle's DrizzleQueryError (`query`, `params`) and postgres.js's own PostgresError (`query`,
 * `parameters`, and a message that may quote a value) both carry the statement.
 */
function isQueryError(error: unknown): error is QueryError {
  return error instanceof Error && typeof (error as Partial<QueryError>).query === 'string';
}

/** The PostgreSQL error code behind a failed query, if any (23505, 22003, …). */
function sqlState(error: QueryError): string | null {
  const code = (error.cause as { code?: unknown } | undefined)?.code ?? error.code;
  return typeof code === 'string' ? code : null;
}

/** An error fit for a log line: its name and message, with any query and its parameters left out. */
export function describeError(error: unknown): { name: string; message: string; code?: string } {
  if (isQueryError(error)) {
    const code = sqlState(error);
    const table = /\b(?:from|into|update)\s+"?([a-z_]+)"?/i.exec(error.query)?.[1];
    return {
      name: 'DatabaseQueryError',
      message: `a database query failed${table ? ` (table ${table})` : ''}${code ? `: SQLSTATE ${code}` : ''}`,
      ...(code ? { code } : {}),
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message.split('\n')[0] ?? '' };
  return { name: 'Error', message: String(error).split('\n')[0] ?? '' };
}

const ONE_TIME_LINK = /\/(invitation|reset-password)\/[^/?#]+/g;

/** A request path with the tokens of one-time links replaced, and no query string (it may hold them too). */
export function redactPath(path: string): string {
  const withoutQuery = path.split('?')[0] ?? '';
  return withoutQuery.replace(ONE_TIME_LINK, '/$1/[redacted]');
}

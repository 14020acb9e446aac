/**
 * Runs once when a server starts. Next.js writes errors it catches while rendering (an unexpected
 * failure in a page) with console.error, the whole error included: for a failed database query that
 * is the SQL and every bound value (e-mail addresses, hashes, tokens). console.error and console.warn
 * become one JSON log line each (lib/log/console.ts), with the request id and such errors redacted.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { sendConsoleToLog } = await import('@/lib/log/console');
  sendConsoleToLog();
}

/**
 * Runs once when a server starts. Next.js writes errors it catches while rendering (an unexpected
 * failure in a page) with console.error, the whole error included: for a failed database query that
 * is the SQL and every bound value (e-mail addresses, hashes, tokens). Such errors are rewritten to
 * their redacted description before they reach the log; everything else passes unchanged.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { redactConsoleErrors } = await import('@/lib/log/console');
  redactConsoleErrors();
}

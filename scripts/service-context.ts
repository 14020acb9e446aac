import type { Database } from '@/db/client';
import { runInContext, type ActionContext } from '@/lib/actions/context';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Calls a write service (lib/<domain>/) from a command-line script, with the context a server action
 * gives it (lib/actions/context.ts), so that a script writes through the same rules and audit events as
 * the workspace instead of SQL of its own. What a command line lacks:
 *
 * - no session: `user` is null, so `authorize` refuses everything, and a service that decides on
 *   someone's rights fails here rather than running with none checked;
 * - no request: no IP address, and the default locale unless one is given;
 * - failures are not turned into a result: a coded `ActionError` reaches the script, which says in
 *   its own words what the code means for the person at the terminal.
 */
export function runService<I, D>({
  database,
  service,
  input,
  locale,
}: {
  database: Database;
  service: (ctx: ActionContext<I, null>) => Promise<D>;
  input: I;
  locale?: Locale;
}): Promise<D> {
  return runInContext({ user: null, input, locale, database }, service);
}

import type { Database } from '@/db/client';
import { recordAuditEvent } from '@/db/queries/audit';
import { fail, type ActionContext } from '@/lib/actions/define-action';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * Calls a write service (lib/<domain>/) from a command-line script, with the context a server action
 * gives it (lib/actions/define-action.ts), so that a script writes through the same rules and audit
 * events as the workspace instead of SQL of its own. The differences are what a command line lacks:
 *
 * - no session: `user` is null, and `authorize` refuses everything, so a service that decides on
 *   someone's rights fails here rather than running with none checked;
 * - no request: no IP address, and the default locale unless one is given;
 * - failures are not turned into a result: a coded `ActionError` reaches the script, which says in
 *   its own words what the code means for the person at the terminal.
 *
 * The service runs in one transaction on `database`, with its audit events; tasks it leaves for after
 * the commit run once the transaction has committed.
 */
export async function runService<I, D>({
  database,
  service,
  input,
  locale = routing.defaultLocale,
}: {
  database: Database;
  service: (ctx: ActionContext<I, null>) => Promise<D>;
  input: I;
  locale?: Locale;
}): Promise<D> {
  const afterCommit: Array<() => unknown> = [];
  const data = await database.transaction((tx) =>
    service({
      input,
      user: null,
      tx,
      ip: null,
      locale,
      audit: (event) => recordAuditEvent({ executor: tx, event: { ...event, ip: null } }),
      authorize: (_action, _resource, entity) => fail(`forbidden:${entity.type}`),
      afterCommit: (task) => {
        afterCommit.push(task);
      },
    }),
  );
  for (const task of afterCommit) await task();
  return data;
}

import 'server-only';
import { db, type Database, type Transaction } from '@/db/client';
import { recordAuditEvent, recordAuditEvents, type AuditInput } from '@/db/queries/audit';
import type { CurrentUser } from '@/lib/auth/session';
import { routing, type Locale } from '@/lib/i18n/routing';
import { can, type Action, type Resource } from '@/lib/permissions';
import type { ErrorCode } from './result';

/**
 * The context a handler (and the service it calls) works in: who is asking, their parsed input, one
 * open transaction, and the ways to audit, to decide a scoped permission and to act after commit.
 * The action wrapper (define-action.ts) builds it for every call with `runInContext`; scripts and
 * tests call a service through the same function, so a service never runs without one.
 */

/** Actor and address are filled in from the context; a public action may name the actor it created. */
export type ContextAudit = Omit<AuditInput, 'ip'>;

export type ActionContext<I, U> = {
  input: I;
  user: U;
  tx: Transaction;
  ip: string | null;
  locale: Locale;
  /** Writes an audit event in this transaction, with the actor and address filled in. */
  audit: (event: ContextAudit) => Promise<void>;
  /** The same for many events at once (a CSV import of thousands of rows), in batched statements. */
  auditMany: (events: ContextAudit[]) => Promise<void>;
  /**
   * Decides a scoped permission on a row the handler has read. Refuses (and stops the handler) when
   * the user may not; use it for "not found" too, so that the two cannot be told apart.
   */
  authorize: (action: Action, resource: Resource | null, entity: { type: string; id?: string | number | null }) => void;
  /** Runs after the transaction commits: revalidation, mail delivery, cookies, redirects. */
  afterCommit: (task: () => unknown) => void;
};

export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: {
      fieldErrors?: Record<string, Array<string | { key: string; values?: Record<string, string | number> }>>;
      /** A key in the action's namespace (or `forms`) for the message, instead of the code's default. */
      messageKey?: string;
      messageValues?: Record<string, string | number>;
      retryAfterSeconds?: number;
      /** For refusals: what was refused, for the audit event. */
      audit?: { entityType?: string; entityId?: string | number | null; countryId?: number | null; reason?: string };
    } = {},
  ) {
    super(code);
    this.name = 'ActionError';
  }
}

/** Stops a handler with a coded failure; the transaction rolls back. */
export function fail(code: ErrorCode, details?: ActionError['details']): never {
  throw new ActionError(code, details);
}

/**
 * Runs `handler` in one transaction with a context for `user`, then its after-commit tasks. A `fail`
 * (or any error) rolls the transaction back and reaches the caller as thrown; the wrapper turns it
 * into a coded result. `database` is the pool to open the transaction on (the app's by default).
 */
export async function runInContext<I, U extends CurrentUser | null, D>(
  {
    user,
    input,
    ip = null,
    locale = routing.defaultLocale,
    database = db(),
  }: { user: U; input: I; ip?: string | null; locale?: Locale; database?: Database },
  handler: (ctx: ActionContext<I, U>) => Promise<D>,
): Promise<D> {
  const afterCommit: Array<() => unknown> = [];
  const filled = (event: ContextAudit): AuditInput => ({
    ...event,
    actorId: user?.id ?? event.actorId ?? null,
    actorRole: user?.role ?? event.actorRole ?? null,
    ip,
  });
  const data = await database.transaction((tx) =>
    handler({
      input,
      user,
      tx,
      ip,
      locale,
      audit: (event) => recordAuditEvent({ executor: tx, event: filled(event) }),
      auditMany: (events) => recordAuditEvents({ executor: tx, events: events.map(filled) }),
      authorize: (action, resource, entity) => {
        if (resource && can(user, action, resource)) return;
        fail(`forbidden:${entity.type}`, {
          audit: {
            entityType: entity.type,
            entityId: entity.id ?? null,
            countryId: resource?.countryId ?? null,
            reason: resource ? 'scope' : 'not_found',
          },
        });
      },
      afterCommit: (task) => {
        afterCommit.push(task);
      },
    }),
  );
  for (const task of afterCommit) await task();
  return data;
}

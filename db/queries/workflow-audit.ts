import 'server-only';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { Actor } from '@/lib/workflow';

/**
 * Writes the audit event of a workflow change, inside the caller's transaction, so that the change and
 * its record commit or roll back together.
 */
export async function recordWorkflowEvent(
  executor: Executor,
  event: {
    actor: Actor | null;
    action: string;
    entityType: 'commitment' | 'progress_report' | 'reporting_round' | 'comment' | 'import';
    entityId: number | string | null;
    countryId: number | null;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await executor.insert(auditEvents).values({
    actorId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    outcome: 'success',
    entityType: event.entityType,
    entityId: event.entityId === null ? null : String(event.entityId),
    countryId: event.countryId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

type WorkflowEvent = Parameters<typeof recordWorkflowEvent>[1];

/** Many events in few statements, for bulk changes (an import of thousands of commitments). */
export async function recordWorkflowEvents(executor: Executor, events: WorkflowEvent[], chunkSize = 2_000): Promise<void> {
  for (let start = 0; start < events.length; start += chunkSize) {
    await executor.insert(auditEvents).values(
      events.slice(start, start + chunkSize).map((event) => ({
        actorId: event.actor?.id ?? null,
        actorRole: event.actor?.role ?? null,
        action: event.action,
        outcome: 'success' as const,
        entityType: event.entityType,
        entityId: event.entityId === null ? null : String(event.entityId),
        countryId: event.countryId,
        before: event.before ?? null,
        after: event.after ?? null,
      })),
    );
  }
}

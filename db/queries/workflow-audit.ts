import 'server-only';
import { sql } from 'drizzle-orm';
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
  await executor
    .insert(auditEvents)
    .values({
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

/**
 * Many events in one statement each chunk, for bulk changes (an import of thousands of commitments):
 * the events travel as one JSON document rather than nine bound parameters apiece.
 */
export async function recordWorkflowEvents(
  executor: Executor,
  events: WorkflowEvent[],
  chunkSize = 5_000,
): Promise<void> {
  for (let start = 0; start < events.length; start += chunkSize) {
    const payload = JSON.stringify(
      events
        .slice(start, start + chunkSize)
        .map((event) => ({
          actorId: event.actor?.id ?? null,
          actorRole: event.actor?.role ?? null,
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId === null ? null : String(event.entityId),
          countryId: event.countryId,
          before: event.before ?? null,
          after: event.after ?? null,
        })),
    );
    await executor.execute(sql`
      insert into audit_events (actor_id, actor_role, action, outcome, entity_type, entity_id, country_id, before, after)
      select (e ->> 'actorId')::uuid, (e ->> 'actorRole')::role, e ->> 'action', 'success', e ->> 'entityType', e ->> 'entityId',
        (e ->> 'countryId')::integer, nullif(e -> 'before', 'null'::jsonb), nullif(e -> 'after', 'null'::jsonb)
      from jsonb_array_elements(${payload}::jsonb) as e`);
  }
}

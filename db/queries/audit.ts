import 'server-only';
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '@/db/client';
import { auditEvents, countries, users, type Role } from '@/db/schema';

/**
 * The audit log. Rows are only ever inserted (a trigger refuses UPDATE, DELETE and TRUNCATE, see
 * migration 0001); a change writes its event with the same executor, so inside the same transaction.
 */

export type AuditOutcome = 'success' | 'denied' | 'failure';

export type AuditInput = {
  action: string;
  outcome?: AuditOutcome;
  actorId?: string | null;
  actorRole?: Role | null;
  entityType?: string | null;
  entityId?: string | number | null;
  countryId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

export async function recordAuditEvent({
  executor = db(),
  event,
}: {
  executor?: Executor;
  event: AuditInput;
}): Promise<void> {
  await executor
    .insert(auditEvents)
    .values({
      action: event.action,
      outcome: event.outcome ?? 'success',
      actorId: event.actorId ?? null,
      actorRole: event.actorRole ?? null,
      entityType: event.entityType ?? null,
      entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      countryId: event.countryId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      ip: event.ip ?? null,
    });
}

/**
 * Many events in one statement per chunk, for bulk changes (an import of thousands of commitments):
 * the events travel as one JSON document rather than eleven bound parameters apiece.
 */
export async function recordAuditEvents({
  executor = db(),
  events,
  chunkSize = 5_000,
}: {
  executor?: Executor;
  events: AuditInput[];
  chunkSize?: number;
}): Promise<void> {
  for (let start = 0; start < events.length; start += chunkSize) {
    const payload = JSON.stringify(
      events
        .slice(start, start + chunkSize)
        .map((event) => ({
          action: event.action,
          outcome: event.outcome ?? 'success',
          actorId: event.actorId ?? null,
          actorRole: event.actorRole ?? null,
          entityType: event.entityType ?? null,
          entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
          countryId: event.countryId ?? null,
          before: event.before ?? null,
          after: event.after ?? null,
          ip: event.ip ?? null,
        })),
    );
    await executor.execute(sql`
      insert into audit_events (action, outcome, actor_id, actor_role, entity_type, entity_id, country_id, before, after, ip)
      select e ->> 'action', (e ->> 'outcome')::audit_outcome, (e ->> 'actorId')::uuid, (e ->> 'actorRole')::role,
        e ->> 'entityType', e ->> 'entityId', (e ->> 'countryId')::integer,
        nullif(e -> 'before', 'null'::jsonb), nullif(e -> 'after', 'null'::jsonb), e ->> 'ip'
      from jsonb_array_elements(${payload}::jsonb) as e`);
  }
}

export type AuditFilters = {
  actorId?: string;
  action?: string;
  countryId?: number;
  /** Inclusive, UTC. */
  from?: Date;
  /** Exclusive, UTC. */
  to?: Date;
};

export type AuditRow = {
  id: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorRole: Role | null;
  action: string;
  outcome: AuditOutcome;
  entityType: string | null;
  entityId: string | null;
  countryId: number | null;
  countryIso2: string | null;
  countryName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

function whereOf(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.actorId) conditions.push(eq(auditEvents.actorId, filters.actorId));
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.countryId !== undefined) conditions.push(eq(auditEvents.countryId, filters.countryId));
  if (filters.from) conditions.push(gte(auditEvents.occurredAt, filters.from));
  if (filters.to) conditions.push(lt(auditEvents.occurredAt, filters.to));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Newest first, one page at a time; `total` counts every matching row. */
export async function listAuditEvents({
  filters = {},
  page = 1,
  pageSize = 50,
  executor = db(),
}: {
  filters?: AuditFilters;
  page?: number;
  pageSize?: number;
  executor?: Executor;
}): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(filters);
  const actor = alias(users, 'actor');
  const rows = await executor
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorId: auditEvents.actorId,
      actorName: actor.name,
      actorEmail: actor.email,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      countryId: auditEvents.countryId,
      countryIso2: countries.iso2,
      countryName: countries.name,
      before: auditEvents.before,
      after: auditEvents.after,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(countries, eq(countries.id, auditEvents.countryId))
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize);
  const [totals] = await executor.select({ total: count() }).from(auditEvents).where(where);
  return { rows, total: totals?.total ?? 0 };
}

/** The distinct action names recorded so far, for the log's filter. */
export async function listAuditActions({ executor = db() }: { executor?: Executor } = {}): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(auditEvents.action);
  return rows.map((row) => row.action);
}

import 'server-only';
import { and, asc, desc, eq, gt, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  auditEvents,
  commitmentStandards,
  frameworkTexts,
  frameworks,
  standardTexts,
  standards,
  type DatePrecision,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Frameworks and standards as the workspace keeps them: the reads of its pages, and the writes of
 * lib/reference/frameworks.ts, which decides what is allowed. Texts are stored per language
 * (framework_texts, standard_texts); the legacy English columns on frameworks and standards are
 * written with the English text until the public pages no longer read them.
 */

export type FrameworkWording = { name: string; description: string };
export type StandardWording = { title: string; description: string };
/** A text per language; English always, the others where someone wrote them. */
export type Wordings<T> = { en: T } & Partial<Record<Locale, T>>;

export type FrameworkSnapshot = {
  id: number;
  code: string;
  adoptedOn: string | null;
  adoptedOnPrecision: DatePrecision;
  sourceUrl: string | null;
  isDemo: boolean;
  version: number;
  texts: Wordings<FrameworkWording>;
};

export type StandardSnapshot = {
  id: number;
  frameworkId: number;
  code: string;
  position: number;
  retiredAt: Date | null;
  version: number;
  texts: Wordings<StandardWording>;
};

// A correlated subquery names the outer row's column with its table: in a query on one table drizzle
// leaves column names bare, and a bare "id" would be read as the subquery's own.
const outerFrameworkId = sql`${frameworks}."id"`;
const outerStandardId = sql`${standards}."id"`;

const frameworkTextsJson = sql<Partial<Record<Locale, FrameworkWording>>>`coalesce((
  select jsonb_object_agg(${frameworkTexts.locale}, jsonb_build_object('name', ${frameworkTexts.name}, 'description', ${frameworkTexts.description}))
  from ${frameworkTexts} where ${frameworkTexts.frameworkId} = ${outerFrameworkId}), '{}'::jsonb)`;

const standardTextsJson = sql<Partial<Record<Locale, StandardWording>>>`coalesce((
  select jsonb_object_agg(${standardTexts.locale}, jsonb_build_object('title', ${standardTexts.title}, 'description', ${standardTexts.description}))
  from ${standardTexts} where ${standardTexts.standardId} = ${outerStandardId}), '{}'::jsonb)`;

const frameworkColumns = {
  id: frameworks.id,
  code: frameworks.code,
  adoptedOn: frameworks.adoptedOn,
  adoptedOnPrecision: frameworks.adoptedOnPrecision,
  sourceUrl: frameworks.sourceUrl,
  isDemo: frameworks.isDemo,
  version: frameworks.version,
  texts: frameworkTextsJson,
};

const standardColumns = {
  id: standards.id,
  frameworkId: standards.frameworkId,
  code: standards.code,
  position: standards.position,
  retiredAt: standards.retiredAt,
  version: standards.version,
  texts: standardTextsJson,
};

type FrameworkRow = Omit<FrameworkSnapshot, 'texts'> & { texts: Partial<Record<Locale, FrameworkWording>> };
type StandardRow = Omit<StandardSnapshot, 'texts'> & { texts: Partial<Record<Locale, StandardWording>> };

// Every framework and standard has its English text: the services require it, and migration 0008 copied
// it for rows written before texts were kept per language.
function frameworkOf({ texts, ...row }: FrameworkRow): FrameworkSnapshot {
  return { ...row, texts: texts as FrameworkSnapshot['texts'] };
}

function standardOf({ texts, retiredAt, ...row }: StandardRow): StandardSnapshot {
  return {
    ...row,
    // jsonb and raw rows bring timestamps as text; the snapshot holds a Date like every other row.
    retiredAt: retiredAt === null ? null : new Date(retiredAt),
    texts: texts as StandardSnapshot['texts'],
  };
}

// ---------------------------------------------------------------------------------------------
// Reads for the workspace pages
// ---------------------------------------------------------------------------------------------

export type WorkspaceFrameworkRow = FrameworkSnapshot & { standards: number; retired: number };

/** Every framework, oldest first, with how many standards it has and how many of them are retired. */
export async function listWorkspaceFrameworks({ executor = db() }: { executor?: Executor } = {}): Promise<
  WorkspaceFrameworkRow[]
> {
  const rows = await executor
    .select({
      ...frameworkColumns,
      standards: sql<number>`(select count(*)::int from ${standards} where ${standards.frameworkId} = ${outerFrameworkId})`,
      retired: sql<number>`(select count(*)::int from ${standards}
        where ${standards.frameworkId} = ${outerFrameworkId} and ${standards.retiredAt} is not null)`,
    })
    .from(frameworks)
    .orderBy(asc(frameworks.id));
  return rows.map(({ standards: total, retired, ...row }) => ({ ...frameworkOf(row), standards: total, retired }));
}

export type WorkspaceStandardRow = StandardSnapshot & { commitments: number };

async function listFrameworkStandards(executor: Executor, frameworkId: number): Promise<WorkspaceStandardRow[]> {
  const rows = await executor
    .select({
      ...standardColumns,
      commitments: sql<number>`(select count(*)::int from ${commitmentStandards}
        where ${commitmentStandards.standardId} = ${outerStandardId})`,
    })
    .from(standards)
    .where(eq(standards.frameworkId, frameworkId))
    .orderBy(asc(standards.position));
  return rows.map(({ commitments, ...row }) => ({ ...standardOf(row), commitments }));
}

/** A framework by its code, with its standards in order, or null. */
export async function getWorkspaceFramework({
  code,
  executor = db(),
}: {
  code: string;
  executor?: Executor;
}): Promise<(FrameworkSnapshot & { standards: WorkspaceStandardRow[] }) | null> {
  const [row] = await executor.select(frameworkColumns).from(frameworks).where(eq(frameworks.code, code));
  if (!row) return null;
  return { ...frameworkOf(row), standards: await listFrameworkStandards(executor, row.id) };
}

/** One standard of a framework, by the two codes, with its framework; null when either is unknown. */
export async function getWorkspaceStandard({
  frameworkCode,
  standardCode,
  executor = db(),
}: {
  frameworkCode: string;
  standardCode: string;
  executor?: Executor;
}): Promise<{ framework: FrameworkSnapshot; standard: WorkspaceStandardRow } | null> {
  const [row] = await executor.select(frameworkColumns).from(frameworks).where(eq(frameworks.code, frameworkCode));
  if (!row) return null;
  const standard = (await listFrameworkStandards(executor, row.id)).find(
    (candidate) => candidate.code === standardCode,
  );
  return standard ? { framework: frameworkOf(row), standard } : null;
}

// ---------------------------------------------------------------------------------------------
// Writes: rows locked, written and compared; the rules are the service's
// ---------------------------------------------------------------------------------------------

/** The framework, locked until the transaction ends (its standards' order is changed under this lock). */
export async function lockFramework({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<FrameworkSnapshot | null> {
  const [row] = await executor
    .select(frameworkColumns)
    .from(frameworks)
    .where(eq(frameworks.id, id))
    .for('update', { of: frameworks });
  return row ? frameworkOf(row) : null;
}

/** The framework a standard belongs to, locked, by the standard's id (a standard never changes framework). */
export async function lockFrameworkOfStandard({ executor, standardId }: { executor: Executor; standardId: number }) {
  const [row] = await executor
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(
      eq(frameworks.id, sql`(select ${standards.frameworkId} from ${standards} where ${standards.id} = ${standardId})`),
    )
    .for('update', { of: frameworks });
  return row?.id ?? null;
}

/** The standard, locked until the transaction ends, with its framework's code (for the page to go back to). */
export async function lockStandard({
  executor,
  id,
}: {
  executor: Executor;
  id: number;
}): Promise<{ standard: StandardSnapshot; frameworkCode: string } | null> {
  const [row] = await executor
    .select({ ...standardColumns, frameworkCode: frameworks.code })
    .from(standards)
    .innerJoin(frameworks, eq(frameworks.id, standards.frameworkId))
    .where(eq(standards.id, id))
    .for('update', { of: standards });
  if (!row) return null;
  const { frameworkCode, ...standard } = row;
  return { standard: standardOf(standard), frameworkCode };
}

/**
 * A framework or a standard as it was at `version`, as the audit log recorded it: the `after` of the
 * change that made that version, or the `before` of the change that followed it (a version the seed
 * wrote, say). Null when no event recorded it.
 */
export async function readReferenceSnapshotAt<T>({
  executor,
  entityType,
  id,
  version,
}: {
  executor: Executor;
  entityType: 'framework' | 'standard';
  id: number;
  version: number;
}): Promise<T | null> {
  const versionOf = (column: typeof auditEvents.after | typeof auditEvents.before) =>
    sql`(${column} ->> 'version')::int = ${version}`;
  const [row] = await executor
    .select({
      after: auditEvents.after,
      before: auditEvents.before,
      afterHasIt: sql<boolean>`${versionOf(auditEvents.after)}`,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, String(id)),
        eq(auditEvents.outcome, 'success'),
        sql`(${versionOf(auditEvents.after)} or ${versionOf(auditEvents.before)})`,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!row) return null;
  return ((row.afterHasIt ? row.after : row.before) as T | undefined) ?? null;
}

export async function isFrameworkCodeTaken({ executor, code }: { executor: Executor; code: string }) {
  const [row] = await executor.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.code, code));
  return row !== undefined;
}

/** Standard codes are unique across every framework: they are the standards' public addresses. */
export async function isStandardCodeTaken({ executor, code }: { executor: Executor; code: string }) {
  const [row] = await executor.select({ id: standards.id }).from(standards).where(eq(standards.code, code));
  return row !== undefined;
}

/** Which unique code a failed insert ran into (a parallel save took it first), if that is why it failed. */
export function takenCodeOf(error: unknown): 'framework' | 'standard' | null {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint_name?: string };
  if (cause?.code !== '23505') return null;
  if (cause.constraint_name === 'frameworks_code_key') return 'framework';
  if (cause.constraint_name === 'standards_code_key') return 'standard';
  return null;
}

const TEXT_TABLES = {
  framework: { table: frameworkTexts, owner: frameworkTexts.frameworkId, ownerColumn: 'framework_id', heading: 'name' },
  standard: { table: standardTexts, owner: standardTexts.standardId, ownerColumn: 'standard_id', heading: 'title' },
} as const;

/**
 * Replaces a framework's or a standard's texts with `texts`, one row per language: a language it no
 * longer has is removed, and a row's `updated_at` moves only when its wording does.
 */
async function replaceTexts(
  executor: Executor,
  kind: keyof typeof TEXT_TABLES,
  ownerId: number,
  texts: Wordings<FrameworkWording> | Wordings<StandardWording>,
): Promise<void> {
  const { table, owner, ownerColumn, heading } = TEXT_TABLES[kind];
  const rows = Object.entries(texts).map(([locale, text]) => ({
    locale,
    heading: (text as Record<string, string>)[heading],
    description: text.description,
  }));
  await executor.delete(table).where(
    and(
      eq(owner, ownerId),
      notInArray(
        table.locale,
        rows.map((row) => row.locale),
      ),
    ),
  );
  const [column, headingColumn] = [sql.identifier(ownerColumn), sql.identifier(heading)];
  await executor.execute(sql`
    insert into ${table} (${column}, locale, ${headingColumn}, description)
    select ${ownerId}, t.locale, t.heading, t.description
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(locale text, heading text, description text)
    on conflict (${column}, locale) do update set
      ${headingColumn} = excluded.${headingColumn},
      description = excluded.description,
      updated_at = case when (${table}.${headingColumn}, ${table}.description)
        is distinct from (excluded.${headingColumn}, excluded.description) then now() else ${table}.updated_at end`);
}

export type FrameworkValues = { adoptedOn: string | null; adoptedOnPrecision: DatePrecision; sourceUrl: string | null };

export async function insertFramework({
  executor,
  code,
  values,
  texts,
}: {
  executor: Executor;
  code: string;
  values: FrameworkValues;
  texts: Wordings<FrameworkWording>;
}): Promise<FrameworkSnapshot> {
  const [row] = await executor
    .insert(frameworks)
    .values({ code, ...values })
    .returning({ id: frameworks.id });
  await replaceTexts(executor, 'framework', row!.id, texts);
  return (await lockFramework({ executor, id: row!.id }))!;
}

/** Writes the framework if it is still at `version`, and moves it to the next; null when it is not. */
export async function updateFramework({
  executor,
  id,
  version,
  values,
  texts,
}: {
  executor: Executor;
  id: number;
  version: number;
  values: FrameworkValues;
  texts: Wordings<FrameworkWording>;
}): Promise<FrameworkSnapshot | null> {
  const updated = await executor
    .update(frameworks)
    .set({ ...values, version: sql`${frameworks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(frameworks.id, id), eq(frameworks.version, version)))
    .returning({ id: frameworks.id });
  if (updated.length === 0) return null;
  await replaceTexts(executor, 'framework', id, texts);
  return lockFramework({ executor, id });
}

/** Adds a standard at the end of its framework's list (call it under the framework's lock). */
export async function insertStandard({
  executor,
  frameworkId,
  code,
  texts,
}: {
  executor: Executor;
  frameworkId: number;
  code: string;
  texts: Wordings<StandardWording>;
}): Promise<StandardSnapshot> {
  const [row] = await executor
    .insert(standards)
    .values({
      frameworkId,
      code,
      position: sql`(select coalesce(max(${standards.position}), 0) + 1 from ${standards} where ${standards.frameworkId} = ${frameworkId})`,
    })
    .returning({ id: standards.id });
  await replaceTexts(executor, 'standard', row!.id, texts);
  return (await lockStandard({ executor, id: row!.id }))!.standard;
}

async function updateStandardRow(
  executor: Executor,
  { id, version, set }: { id: number; version: number; set: Partial<typeof standards.$inferInsert> },
): Promise<boolean> {
  const updated = await executor
    .update(standards)
    .set({ ...set, version: sql`${standards.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(standards.id, id), eq(standards.version, version)))
    .returning({ id: standards.id });
  return updated.length > 0;
}

/** Writes the standard's texts if it is still at `version`, and moves it to the next; null when it is not. */
export async function updateStandardTexts({
  executor,
  id,
  version,
  texts,
}: {
  executor: Executor;
  id: number;
  version: number;
  texts: Wordings<StandardWording>;
}): Promise<StandardSnapshot | null> {
  if (!(await updateStandardRow(executor, { id, version, set: {} }))) return null;
  await replaceTexts(executor, 'standard', id, texts);
  return (await lockStandard({ executor, id }))!.standard;
}

/** Retires the standard (now) or brings it back (null) if it is still at `version`; null when it is not. */
export async function setStandardRetired({
  executor,
  id,
  version,
  retired,
}: {
  executor: Executor;
  id: number;
  version: number;
  retired: boolean;
}): Promise<StandardSnapshot | null> {
  const set = { retiredAt: retired ? sql`now()` : null } as Partial<typeof standards.$inferInsert>;
  if (!(await updateStandardRow(executor, { id, version, set }))) return null;
  return (await lockStandard({ executor, id }))!.standard;
}

/** The standard just before (`up`) or after (`down`) `position` in its framework's order, locked. */
export async function lockNeighbourStandard({
  executor,
  frameworkId,
  position,
  direction,
}: {
  executor: Executor;
  frameworkId: number;
  position: number;
  direction: 'up' | 'down';
}): Promise<StandardSnapshot | null> {
  const where: SQL =
    direction === 'up'
      ? and(eq(standards.frameworkId, frameworkId), lt(standards.position, position))!
      : and(eq(standards.frameworkId, frameworkId), gt(standards.position, position))!;
  const [row] = await executor
    .select(standardColumns)
    .from(standards)
    .where(where)
    .orderBy(direction === 'up' ? desc(standards.position) : asc(standards.position))
    .limit(1)
    .for('update', { of: standards });
  return row ? standardOf(row) : null;
}

/**
 * Swaps two standards' places. A position is unique within a framework and PostgreSQL checks a unique
 * index row by row, so the first standard steps aside (to a place no standard has) while the second moves.
 */
export async function swapStandardPositions({
  executor,
  first,
  second,
}: {
  executor: Executor;
  first: { id: number; position: number };
  second: { id: number; position: number };
}): Promise<void> {
  const move = (id: number, position: SQL | number) =>
    executor
      .update(standards)
      .set({ position, updatedAt: sql`now()` })
      .where(eq(standards.id, id));
  await move(first.id, sql`-1 - ${standards.position}`);
  await move(second.id, first.position);
  await move(first.id, second.position);
}

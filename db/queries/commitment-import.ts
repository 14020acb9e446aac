import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitments, countries, standards } from '@/db/schema';
import {
  parseCommitmentCsv,
  refsOf,
  validateImportRows,
  type ImportLookups,
  type ImportRow,
  type ImportRowError,
} from '@/lib/csv/import';
import {
  commitmentRefPrefix,
  commitmentRefYear,
  formatCommitmentRef,
  parseCommitmentRef,
  type Actor,
} from '@/lib/workflow';
import { lockCommitmentRefs, type CommitmentSnapshot } from './commitments';
import { recordWorkflowEvent, recordWorkflowEvents } from './workflow-audit';

/**
 * Writes a CSV import: every valid row in one transaction, in multi-row INSERTs, each commitment with
 * its audit event. The file is checked again inside the transaction, under the reference lock, so the
 * references it was checked against cannot change before it is written.
 */

export type ImportMode = 'dry_run' | 'all' | 'only_valid';

export type ImportReport = {
  total: number;
  valid: number;
  errors: ImportRowError[];
  /** Whether anything was written; never while a row is invalid, unless only the valid rows were asked for. */
  written: boolean;
  imported: number;
  /** References of the imported commitments, generated ones included, in file order. */
  refs: string[];
};

// Each chunk travels as one JSON document that PostgreSQL expands with jsonb_to_recordset: a multi-row
// INSERT with bound parameters would carry 14 per row, and binding 10,000 rows' worth of them costs
// more than writing the rows.
const INSERT_CHUNK = 5_000;

export async function getImportLookups({
  refs,
  executor = db(),
}: {
  refs: string[];
  executor?: Executor;
}): Promise<ImportLookups> {
  const [countryRows, standardRows, existing] = await Promise.all([
    executor.select({ id: countries.id, iso3: countries.iso3 }).from(countries),
    executor.select({ id: standards.id, code: standards.code }).from(standards),
    refs.length === 0
      ? Promise.resolve([])
      : executor.select({ ref: commitments.ref }).from(commitments).where(inArray(commitments.ref, refs)),
  ]);
  return {
    countries: new Map(countryRows.map((row) => [row.iso3.toUpperCase(), row.id])),
    standards: new Map(standardRows.map((row) => [row.code.toUpperCase(), row.id])),
    existingRefs: new Set(existing.map((row) => row.ref)),
  };
}

/** Gives each row without a reference the next free one for its state and year, after the database and the file. */
async function assignRefs(executor: Executor, rows: ImportRow[]): Promise<Array<ImportRow & { ref: string }>> {
  const prefixes = [
    ...new Set(
      rows.filter((row) => row.ref === null).map((row) => commitmentRefPrefix(row.iso3, commitmentRefYear(row.madeOn))),
    ),
  ];
  const taken: string[] = rows.flatMap((row) => (row.ref ? [row.ref] : []));
  if (prefixes.length > 0) {
    const existing = await executor
      .select({ ref: commitments.ref })
      .from(commitments)
      .where(inArray(sql`left(${commitments.ref}, 9)`, prefixes));
    taken.push(...existing.map((row) => row.ref));
  }
  // The highest number in use per prefix, kept up to date as numbers are handed out: one pass, not one per row.
  const highest = new Map<string, number>();
  for (const ref of taken) {
    const parsed = parseCommitmentRef(ref);
    if (!parsed) continue;
    const prefix = commitmentRefPrefix(parsed.iso3, parsed.year);
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, parsed.sequence));
  }
  return rows.map((row) => {
    if (row.ref) return { ...row, ref: row.ref };
    const year = commitmentRefYear(row.madeOn);
    const prefix = commitmentRefPrefix(row.iso3, year);
    const sequence = (highest.get(prefix) ?? 0) + 1;
    highest.set(prefix, sequence);
    return { ...row, ref: formatCommitmentRef(row.iso3, year, sequence) };
  });
}

type InsertedCommitment = Omit<CommitmentSnapshot, 'standardIds'>;

async function insertRows(executor: Executor, actor: Actor, rows: ImportRow[]): Promise<string[]> {
  const withRefs = await assignRefs(executor, rows);
  const snapshots: CommitmentSnapshot[] = [];
  for (let start = 0; start < withRefs.length; start += INSERT_CHUNK) {
    const chunk = withRefs.slice(start, start + INSERT_CHUNK);
    const payload = JSON.stringify(
      chunk.map((row) => ({
        country_id: row.countryId,
        ref: row.ref,
        title: row.title,
        description: row.description,
        made_at: row.madeAt,
        made_on: row.madeOn,
        source_url: row.sourceUrl,
        responsible_body: row.responsibleBody,
        target_date: row.targetDate,
        status: row.status,
        publication: row.publication,
      })),
    );
    const inserted = await executor.execute<InsertedCommitment>(sql`
      insert into commitments (country_id, ref, title, description, made_at, made_on, source_url, responsible_body, target_date, status, publication, published_at, created_by_id, updated_by_id)
      select x.country_id, x.ref, x.title, x.description, x.made_at, x.made_on, x.source_url, x.responsible_body, x.target_date,
        x.status::implementation_status, x.publication::publication_state,
        case when x.publication = 'published' then now() end, ${actor.id}::uuid, ${actor.id}::uuid
      from jsonb_to_recordset(${payload}::jsonb) as x(country_id integer, ref text, title text, description text, made_at text, made_on date,
        source_url text, responsible_body text, target_date date, status text, publication text)
      returning id, country_id as "countryId", ref, title, description, made_at as "madeAt", made_on as "madeOn", source_url as "sourceUrl",
        responsible_body as "responsibleBody", target_date as "targetDate", publication, status, version, published_at as "publishedAt",
        archived_at as "archivedAt", updated_at as "updatedAt"`);
    const standardsByRef = new Map(chunk.map((row) => [row.ref, row.standardIds]));
    const links = [...inserted].flatMap((row) =>
      (standardsByRef.get(row.ref) ?? []).map((standardId) => ({ commitment_id: row.id, standard_id: standardId })),
    );
    if (links.length > 0) {
      await executor.execute(sql`
        insert into commitment_standards (commitment_id, standard_id)
        select l.commitment_id, l.standard_id from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(commitment_id integer, standard_id integer)`);
    }
    snapshots.push(...[...inserted].map((row) => ({ ...row, standardIds: standardsByRef.get(row.ref) ?? [] })));
  }
  await recordWorkflowEvents(
    executor,
    snapshots.map((after) => ({
      actor,
      action: 'commitment.import',
      entityType: 'commitment' as const,
      entityId: after.id,
      countryId: after.countryId,
      before: null,
      after,
    })),
  );
  return withRefs.map((row) => row.ref);
}

/**
 * Checks a file and, unless it is a dry run, writes it: all rows when all are valid, or with
 * `only_valid` the valid ones. The report lists every invalid row by number with its reasons.
 */
export async function runCommitmentImport({
  actor,
  text,
  mode,
  fileName = null,
  executor = db(),
}: {
  actor: Actor;
  text: string;
  mode: ImportMode;
  fileName?: string | null;
  executor?: Executor;
}): Promise<ImportReport> {
  const parsed = parseCommitmentCsv(text);
  const check = async (tx: Executor) => {
    const lookups = await getImportLookups({ refs: refsOf(parsed.rows), executor: tx });
    return validateImportRows(parsed.rows, lookups);
  };
  const report = (checked: { valid: ImportRow[]; errors: ImportRowError[] }, refs: string[]): ImportReport => ({
    total: parsed.rows.length,
    valid: checked.valid.length,
    errors: [...parsed.errors, ...checked.errors],
    written: refs.length > 0,
    imported: refs.length,
    refs,
  });

  if (parsed.errors.length > 0) return report({ valid: [], errors: [] }, []);
  if (mode === 'dry_run') return report(await check(executor), []);

  return executor.transaction(async (tx) => {
    await lockCommitmentRefs(tx);
    const checked = await check(tx);
    if (checked.valid.length === 0 || (checked.errors.length > 0 && mode !== 'only_valid')) return report(checked, []);
    const refs = await insertRows(tx, actor, checked.valid);
    await recordWorkflowEvent(tx, {
      actor,
      action: 'commitment.import_file',
      entityType: 'import',
      entityId: null,
      countryId: null,
      before: null,
      after: {
        fileName,
        total: parsed.rows.length,
        imported: refs.length,
        skippedRows: checked.errors.map((error) => error.row).filter((row, i, all) => all.indexOf(row) === i),
      },
    });
    return report(checked, refs);
  });
}

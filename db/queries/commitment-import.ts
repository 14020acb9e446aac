import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitmentStandards, commitments, countries, standards } from '@/db/schema';
import { parseCommitmentCsv, refsOf, validateImportRows, type ImportLookups, type ImportRow, type ImportRowError } from '@/lib/csv/import';
import { commitmentRefPrefix, commitmentRefYear, nextCommitmentRef, type Actor } from '@/lib/workflow';
import { commitmentColumns, lockCommitmentRefs } from './commitments';
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

const INSERT_CHUNK = 1_000;

export async function getImportLookups({ refs, executor = db() }: { refs: string[]; executor?: Executor }): Promise<ImportLookups> {
  const [countryRows, standardRows, existing] = await Promise.all([
    executor.select({ id: countries.id, iso3: countries.iso3 }).from(countries),
    executor.select({ id: standards.id, code: standards.code }).from(standards),
    refs.length === 0 ? Promise.resolve([]) : executor.select({ ref: commitments.ref }).from(commitments).where(inArray(commitments.ref, refs)),
  ]);
  return {
    countries: new Map(countryRows.map((row) => [row.iso3.toUpperCase(), row.id])),
    standards: new Map(standardRows.map((row) => [row.code.toUpperCase(), row.id])),
    existingRefs: new Set(existing.map((row) => row.ref)),
  };
}

/** Gives each row without a reference the next free one for its state and year, after the database and the file. */
async function assignRefs(executor: Executor, rows: ImportRow[]): Promise<Array<ImportRow & { ref: string }>> {
  const prefixes = [...new Set(rows.filter((row) => row.ref === null).map((row) => commitmentRefPrefix(row.iso3, commitmentRefYear(row.madeOn))))];
  const taken: string[] = rows.flatMap((row) => (row.ref ? [row.ref] : []));
  if (prefixes.length > 0) {
    const existing = await executor
      .select({ ref: commitments.ref })
      .from(commitments)
      .where(inArray(sql`left(${commitments.ref}, 9)`, prefixes));
    taken.push(...existing.map((row) => row.ref));
  }
  const byPrefix = new Map<string, string[]>();
  for (const ref of taken) {
    const prefix = ref.slice(0, 9);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), ref]);
  }
  return rows.map((row) => {
    if (row.ref) return { ...row, ref: row.ref };
    const year = commitmentRefYear(row.madeOn);
    const prefix = commitmentRefPrefix(row.iso3, year);
    const used = byPrefix.get(prefix) ?? [];
    const ref = nextCommitmentRef(row.iso3, year, used);
    byPrefix.set(prefix, [...used, ref]);
    return { ...row, ref };
  });
}

async function insertRows(executor: Executor, actor: Actor, rows: ImportRow[]): Promise<string[]> {
  const withRefs = await assignRefs(executor, rows);
  const snapshots = [];
  for (let start = 0; start < withRefs.length; start += INSERT_CHUNK) {
    const chunk = withRefs.slice(start, start + INSERT_CHUNK);
    const inserted = await executor
      .insert(commitments)
      .values(
        chunk.map((row) => ({
          countryId: row.countryId,
          ref: row.ref,
          title: row.title,
          description: row.description,
          madeAt: row.madeAt,
          madeOn: row.madeOn,
          sourceUrl: row.sourceUrl,
          responsibleBody: row.responsibleBody,
          targetDate: row.targetDate,
          status: row.status,
          publication: row.publication,
          publishedAt: row.publication === 'published' ? sql`now()` : null,
          createdById: actor.id,
          updatedById: actor.id,
        })),
      )
      .returning(commitmentColumns);
    const standardsByRef = new Map(chunk.map((row) => [row.ref, row.standardIds]));
    const links = inserted.flatMap((row) => (standardsByRef.get(row.ref) ?? []).map((standardId) => ({ commitmentId: row.id, standardId })));
    for (let offset = 0; offset < links.length; offset += INSERT_CHUNK * 5) {
      await executor.insert(commitmentStandards).values(links.slice(offset, offset + INSERT_CHUNK * 5));
    }
    snapshots.push(...inserted.map((row) => ({ ...row, standardIds: standardsByRef.get(row.ref) ?? [] })));
  }
  await recordWorkflowEvents(
    executor,
    snapshots.map((after) => ({ actor, action: 'commitment.import', entityType: 'commitment' as const, entityId: after.id, countryId: after.countryId, before: null, after })),
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
      after: { fileName, total: parsed.rows.length, imported: refs.length, skippedRows: checked.errors.map((error) => error.row).filter((row, i, all) => all.indexOf(row) === i) },
    });
    return report(checked, refs);
  });
}

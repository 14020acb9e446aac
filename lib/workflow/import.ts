import 'server-only';
import type { z } from 'zod';
import {
  getImportLookups,
  insertImportedCommitments,
  listRefsWithPrefixes,
  type ImportedCommitmentValues,
} from '@/db/queries/commitment-import';
import { lockCommitmentRefs } from '@/db/queries/commitments';
import type { Executor } from '@/db/client';
import { fail, type ActionContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import {
  MAX_IMPORT_BYTES,
  matchKey,
  matchKeysOf,
  parseCommitmentCsv,
  problemRowsCsv,
  refsOf,
  validateImportRows,
  type ImportRow,
  type ImportRowError,
  type ImportRowExisting,
} from '@/lib/csv/import';
import type { importCommitmentsSchema } from '@/lib/validation/import';
import { NOTHING_PUBLIC, type Refresh } from './refresh';
import { commitmentRefPrefix, commitmentRefYear, formatCommitmentRef, parseCommitmentRef } from './rules';

/**
 * A CSV import: every valid row in one transaction, each commitment with its audit event. The file is
 * checked again inside the transaction, under the reference lock, so the references it was checked
 * against cannot change before it is written.
 *
 * A row already stored (its reference taken, or without one, a commitment of the same state, title and
 * date made) is reported as already there and never written again, so a file imported twice adds
 * nothing the second time.
 */

type Ctx<S extends z.ZodType> = ActionContext<z.output<S>, CurrentUser>;

export type ImportReport = {
  total: number;
  valid: number;
  errors: ImportRowError[];
  /** Rows already in the database, with the stored commitment's reference and id: skipped, never an error. */
  existing: Array<ImportRowExisting & { id: number }>;
  /** The imported commitments' ids and references, in file order. */
  created: Array<{ id: number; ref: string }>;
  /** Whether anything was written; never while a row is invalid, unless only the valid rows were asked for. */
  written: boolean;
  imported: number;
  /** References of the imported commitments, generated ones included, in file order. */
  refs: string[];
};

export type ImportDone = {
  report: ImportReport;
  refresh: Refresh;
  /** The rows with problems as a CSV to correct and upload again, each problem worded by `describe`; null when none. */
  problemsCsv: (describe: (error: ImportRowError) => string) => string | null;
};

/** Gives each row without a reference the next free one for its state and year, after the database and the file. */
async function assignRefs(executor: Executor, rows: ImportRow[]): Promise<ImportedCommitmentValues[]> {
  const prefixes = [
    ...new Set(
      rows.filter((row) => row.ref === null).map((row) => commitmentRefPrefix(row.iso3, commitmentRefYear(row.madeOn))),
    ),
  ];
  const taken: string[] = rows.flatMap((row) => (row.ref ? [row.ref] : []));
  taken.push(...(await listRefsWithPrefixes({ executor, prefixes })));
  // The highest number in use per prefix, kept up to date as numbers are handed out: one pass, not one per row.
  const highest = new Map<string, number>();
  for (const ref of taken) {
    const parsed = parseCommitmentRef(ref);
    if (!parsed) continue;
    const prefix = commitmentRefPrefix(parsed.iso3, parsed.year);
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, parsed.sequence));
  }
  return rows.map((row) => {
    let ref = row.ref;
    if (!ref) {
      const year = commitmentRefYear(row.madeOn);
      const prefix = commitmentRefPrefix(row.iso3, year);
      const sequence = (highest.get(prefix) ?? 0) + 1;
      highest.set(prefix, sequence);
      ref = formatCommitmentRef(row.iso3, year, sequence);
    }
    return {
      countryId: row.countryId,
      ref,
      title: row.title,
      description: row.description,
      madeAt: row.madeAt,
      madeOn: row.madeOn,
      sourceUrl: row.sourceUrl,
      responsibleBody: row.responsibleBody,
      targetDate: row.targetDate,
      language: row.language,
      standardIds: row.standardIds,
      status: row.status,
      publication: row.publication,
    };
  });
}

/**
 * Checks a file and, unless it is a dry run, writes it: all rows when all are valid, or with
 * `only_valid` the valid ones. The report lists every invalid row by number with its reasons.
 */
export async function importCommitments(ctx: Ctx<typeof importCommitmentsSchema>): Promise<ImportDone> {
  const { tx, input } = ctx;
  if (input.file.size > MAX_IMPORT_BYTES) fail('validation', { fieldErrors: { file: ['errors.fileTooLarge'] } });
  const parsed = parseCommitmentCsv(await input.file.text());
  const check = async () => {
    const facts = await getImportLookups({ refs: refsOf(parsed.rows), keys: matchKeysOf(parsed.rows), executor: tx });
    const existingMatches = new Map(facts.existingMatches.map((match) => [matchKey(match), match.ref]));
    const checked = validateImportRows(parsed.rows, { ...facts, existingMatches });
    return { ...checked, existing: checked.existing.map((row) => ({ ...row, id: facts.existingIds.get(row.ref)! })) };
  };
  const done = (
    checked: { valid: ImportRow[]; errors: ImportRowError[]; existing: Array<ImportRowExisting & { id: number }> },
    created: Array<{ id: number; ref: string }>,
  ): ImportDone => {
    const refs = created.map((row) => row.ref);
    return {
      report: {
        total: parsed.rows.length,
        valid: checked.valid.length,
        errors: [...parsed.errors, ...checked.errors],
        existing: checked.existing,
        written: refs.length > 0,
        imported: refs.length,
        refs,
        created,
      },
      // Imported rows may be published at once; a reference starts with its state's code.
      refresh: refs.length > 0 ? { countries: [...new Set(refs.map((ref) => ref.slice(0, 3)))] } : NOTHING_PUBLIC,
      problemsCsv: (describe) => problemRowsCsv(parsed.columns, parsed.rows, checked.errors, describe),
    };
  };

  if (parsed.errors.length > 0) return done({ valid: [], errors: [], existing: [] }, []);
  if (input.mode === 'dry_run') return done(await check(), []);

  await lockCommitmentRefs(tx);
  const checked = await check();
  if (checked.valid.length === 0 || (checked.errors.length > 0 && input.mode !== 'only_valid'))
    return done(checked, []);
  const rows = await assignRefs(tx, checked.valid);
  const imported = await insertImportedCommitments({ executor: tx, createdById: ctx.user.id, rows });
  await ctx.auditMany(
    imported.map((after) => ({
      action: 'commitment.import',
      entityType: 'commitment',
      entityId: after.id,
      countryId: after.countryId,
      before: null,
      after,
    })),
  );
  const refs = rows.map((row) => row.ref);
  const idsByRef = new Map(imported.map((row) => [row.ref, row.id]));
  await ctx.audit({
    action: 'commitment.import_file',
    entityType: 'import',
    entityId: null,
    countryId: null,
    before: null,
    after: {
      fileName: input.file.name,
      total: parsed.rows.length,
      imported: refs.length,
      alreadyThere: checked.existing.length,
      skippedRows: checked.errors.map((error) => error.row).filter((row, i, all) => all.indexOf(row) === i),
    },
  });
  return done(
    checked,
    refs.map((ref) => ({ id: idsByRef.get(ref)!, ref })),
  );
}

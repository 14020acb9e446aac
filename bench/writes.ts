import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, inArray, like, notExists } from 'drizzle-orm';
import { connect, type Executor } from '@/db/client';
import { commitmentStandards, commitments, countries, progressReports, standards, type User } from '@/db/schema';
import { createUser } from '@/db/seed/factories';
import { runInContext } from '@/lib/actions/context';
import type { CurrentUser } from '@/lib/auth/session';
import { importCommitments } from '@/lib/workflow/import';
import { saveReport, verifyReport } from '@/lib/workflow/reports';

/**
 * Write throughput: the CSV import against a plain batched insert of the same rows through the same
 * driver, and the report workflow's services (submit, verify) called in a loop, each in the context
 * and transaction an action gives it. Every figure is a wall-clock rate through drizzle and
 * postgres.js, as the app calls them.
 */

export type WriteResults = {
  rows: number;
  csvRowsPerSecond: number;
  plainInsertRowsPerSecond: number;
  /** The import's rate as a share of the plain insert's. */
  ratio: number;
  csvSeconds: number;
  plainInsertSeconds: number;
  calls: number;
  submitPerSecond: number;
  verifyPerSecond: number;
};

const PLAIN_BATCH = 1_000;
// A year no scale or seed data uses, so every reference here is new and easy to delete afterwards.
const YEAR = 2031;

type Row = {
  ref: string;
  iso3: string;
  countryId: number;
  title: string;
  madeOn: string;
  targetDate: string;
  standardCodes: string[];
  standardIds: number[];
};

async function buildRows(executor: Executor, count: number): Promise<Row[]> {
  const countryRows = await executor
    .select({ id: countries.id, iso3: countries.iso3 })
    .from(countries)
    .orderBy(asc(countries.id));
  const standardRows = await executor
    .select({ id: standards.id, code: standards.code })
    .from(standards)
    .orderBy(asc(standards.position));
  return Array.from({ length: count }, (_, i) => {
    const country = countryRows[i % countryRows.length]!;
    const linked = standardRows.slice(i % standardRows.length, (i % standardRows.length) + 1 + (i % 2));
    return {
      ref: `${country.iso3}-${YEAR}-${String(Math.floor(i / countryRows.length) + 1).padStart(3, '0')}`,
      iso3: country.iso3,
      countryId: country.id,
      title: `Imported benchmark commitment ${i + 1}`,
      madeOn: `${YEAR}-03-15`,
      targetDate: `${YEAR + 2}-06-30`,
      standardCodes: linked.map((s) => s.code),
      standardIds: linked.map((s) => s.id),
    };
  });
}

function toCsv(rows: Row[]): string {
  return stringify(
    rows.map((row) => [
      row.ref,
      row.iso3,
      row.title,
      'A commitment of ordinary length, imported by the benchmark.',
      'Governing Council meeting',
      row.madeOn,
      'https://example.org/source',
      'Ministry of Foreign Affairs',
      row.targetDate,
      row.standardCodes.join(';'),
      'limited',
      'published',
    ]),
    {
      header: true,
      columns: [
        'ref',
        'country',
        'title',
        'description',
        'made_at',
        'made_on',
        'source_url',
        'responsible_body',
        'target_date',
        'standards',
        'status',
        'publication',
      ],
    },
  );
}

async function deleteBenchmarkRows(executor: Executor) {
  await executor.transaction(async (tx) => {
    const ours = tx
      .select({ id: commitments.id })
      .from(commitments)
      .where(like(commitments.ref, `%-${YEAR}-%`));
    await tx.delete(commitmentStandards).where(inArray(commitmentStandards.commitmentId, ours));
    await tx.delete(commitments).where(like(commitments.ref, `%-${YEAR}-%`));
  });
}

/** The same rows as the import writes (commitments and their standard links), in multi-row INSERTs of PLAIN_BATCH. */
/** The benchmark's writer as a signed-in person of `role` (and, for a focal point, of `countryId`). */
function writer(user: User, role: CurrentUser['role'], countryId: number | null): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    countryId,
    isActive: true,
    totpEnabled: false,
    restricted: false,
    // Services never read the session record; the id only completes the claims.
    claims: {
      sub: user.id,
      sid: '00000000-0000-0000-0000-000000000000',
      sv: user.sessionVersion,
      at: Math.floor(Date.now() / 1000),
      amr: 'pwd',
    },
  };
}

async function plainInsert(executor: Executor, actor: CurrentUser, rows: Row[]) {
  await executor.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += PLAIN_BATCH) {
      const batch = rows.slice(start, start + PLAIN_BATCH);
      const inserted = await tx
        .insert(commitments)
        .values(
          batch.map((row) => ({
            countryId: row.countryId,
            ref: row.ref,
            title: row.title,
            description: 'A commitment of ordinary length, imported by the benchmark.',
            madeAt: 'Governing Council meeting',
            madeOn: row.madeOn,
            sourceUrl: 'https://example.org/source',
            responsibleBody: 'Ministry of Foreign Affairs',
            targetDate: row.targetDate,
            status: 'limited' as const,
            publication: 'published' as const,
            publishedAt: new Date(),
            createdById: actor.id,
            updatedById: actor.id,
          })),
        )
        .returning({ id: commitments.id, ref: commitments.ref });
      const byRef = new Map(batch.map((row) => [row.ref, row.standardIds]));
      const links = inserted.flatMap((row) =>
        (byRef.get(row.ref) ?? []).map((standardId) => ({ commitmentId: row.id, standardId })),
      );
      if (links.length > 0) await tx.insert(commitmentStandards).values(links);
    }
  });
}

/** Published commitments with no report in anyone's hands, for the submit/verify loop. */
async function freeCommitments(executor: Executor, count: number) {
  return executor
    .select({ id: commitments.id, countryId: commitments.countryId })
    .from(commitments)
    .where(
      and(
        eq(commitments.publication, 'published'),
        notExists(
          executor
            .select({ id: progressReports.id })
            .from(progressReports)
            .where(
              and(
                eq(progressReports.commitmentId, commitments.id),
                inArray(progressReports.state, ['draft', 'submitted', 'returned']),
              ),
            ),
        ),
      ),
    )
    .limit(count);
}

export async function measureWrites(
  url: string,
  { rows: count, calls }: { rows: number; calls: number },
): Promise<WriteResults> {
  const connection = connect(url, { max: 4 });
  const executor = connection.db;
  try {
    const user = await createUser(executor, { role: 'secretariat', name: 'Benchmark writer' });
    const actor = writer(user, 'secretariat', null);
    const rows = await buildRows(executor, count);
    const text = toCsv(rows);
    await deleteBenchmarkRows(executor);

    const csvStart = performance.now();
    const { report } = await runInContext(
      {
        user: actor,
        input: { file: new File([text], 'bench.csv', { type: 'text/csv' }), mode: 'all' as const },
        database: executor,
      },
      importCommitments,
    );
    const csvSeconds = (performance.now() - csvStart) / 1000;
    if (report.imported !== count)
      throw new Error(
        `the import wrote ${report.imported} of ${count} rows: ${JSON.stringify(report.errors.slice(0, 3))}`,
      );
    await deleteBenchmarkRows(executor);
    await connection.sql`vacuum analyze commitments`;
    await connection.sql`vacuum analyze commitment_standards`;

    const plainStart = performance.now();
    await plainInsert(executor, actor, rows);
    const plainInsertSeconds = (performance.now() - plainStart) / 1000;
    await deleteBenchmarkRows(executor);

    // Submit then verify, one report per commitment, as a focal point and the secretariat would.
    const targets = await freeCommitments(executor, calls);
    const submitted: { id: number; version: number }[] = [];
    let submitMs = 0;
    for (const target of targets) {
      const focal = writer(user, 'focal_point', target.countryId);
      const start = performance.now();
      const { report } = await runInContext(
        {
          user: focal,
          input: {
            commitmentId: target.id,
            intent: 'submit' as const,
            claimedStatus: 'complete' as const,
            narrative: 'Benchmark report.',
            evidence: [],
            reportedOn: '2026-01-15',
          },
          database: executor,
        },
        saveReport,
      );
      submitMs += performance.now() - start;
      submitted.push({ id: report.id, version: report.version });
    }
    let verifyMs = 0;
    for (const report of submitted) {
      const start = performance.now();
      await runInContext(
        {
          user: actor,
          input: {
            id: report.id,
            version: report.version,
            assessedStatus: 'substantial' as const,
            publicNote: 'Verified by the benchmark.',
          },
          database: executor,
        },
        verifyReport,
      );
      verifyMs += performance.now() - start;
    }

    return {
      rows: count,
      csvSeconds,
      plainInsertSeconds,
      csvRowsPerSecond: count / csvSeconds,
      plainInsertRowsPerSecond: count / plainInsertSeconds,
      ratio: plainInsertSeconds / csvSeconds,
      calls: submitted.length,
      submitPerSecond: submitted.length / (submitMs / 1000),
      verifyPerSecond: submitted.length / (verifyMs / 1000),
    };
  } finally {
    await connection.sql.end();
  }
}

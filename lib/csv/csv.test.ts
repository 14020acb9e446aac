import { parse } from 'csv-parse/sync';
import { count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, commitmentStandards, commitments } from '@/db/schema';
import { createCommitment } from '@/db/seed/factories';
import { runCommitmentImport } from '@/db/queries/commitment-import';
import { readCommitmentSnapshot } from '@/db/queries/commitments';
import { setUpWorkflow } from '@/test/workflow-fixtures';
import { commitmentsToCsv, neutraliseCell, reportsToCsv } from './export';
import { parseCommitmentCsv } from './import';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
  await createCommitment(db(), { countryId: w.countryId('NOR'), ref: 'NOR-2016-01' });
});

const HEADER = 'ref,country,title,made_on,target_date,standards,status,publication,source_url';

async function commitmentCount(): Promise<number> {
  const [row] = await db().select({ n: count() }).from(commitments);
  return row!.n;
}

describe('CSV import', () => {
  const bad = [
    HEADER,
    'MEX-2019-01,MEX,Register associations online,2019-02-01,2021-12-31,CSS-1;CSS-3,limited,published,https://gob.example/reg', // row 2: valid
    ',NOR,,2019-03-01,,CSS-2,,,', // row 3: missing title
    ',ZZZ,Unknown state,2019-03-01,,CSS-2,,,', // row 4: unknown country
    ',CHL,Bad date,2019-02-30,31/12/2021,CSS-2,,,', // row 5: two bad dates
    'MEX-2019-01,MEX,Same ref again,2019-05-01,,CSS-2,,,', // row 6: duplicate in the file
    'NOR-2016-01,NOR,Already in the database,2016-03-01,,CSS-1,,,', // row 7: duplicate of a stored ref
    ',NOR,Unknown standard and status,2019-03-01,,CSS-9,halfway,,javascript:alert(1)', // row 8
    ',NOR,Consult civil society yearly,,,css-4,,,', // row 9: valid, reference generated
  ].join('\n');

  it('a dry run lists every invalid row by number and reason, and writes nothing', async () => {
    const before = await commitmentCount();
    const report = await runCommitmentImport({ actor: w.secretariat, text: bad, mode: 'dry_run' });
    expect(report).toMatchObject({ total: 8, valid: 2, written: false, imported: 0 });
    expect(report.errors.map(({ row, field, message }) => [row, field, message])).toEqual([
      [3, 'title', 'errors.required'],
      [4, 'country', 'errors.unknownCountry'],
      [5, 'made_on', 'errors.invalidDate'],
      [5, 'target_date', 'errors.invalidDate'],
      [6, 'ref', 'errors.duplicateRefInFile'],
      [7, 'ref', 'errors.refExists'],
      [8, 'source_url', 'errors.invalidUrl'],
      [8, 'standards', 'errors.unknownStandardCode'],
      [8, 'status', 'errors.invalidStatus'],
    ]);
    expect(report.errors.find((error) => error.row === 4)?.value).toBe('ZZZ');
    expect(await commitmentCount()).toBe(before);
  });

  it('without "only valid rows", a file with any invalid row writes nothing', async () => {
    const before = await commitmentCount();
    const report = await runCommitmentImport({ actor: w.secretariat, text: bad, mode: 'all' });
    expect(report).toMatchObject({ written: false, imported: 0, valid: 2 });
    expect(report.errors).toHaveLength(9);
    expect(await commitmentCount()).toBe(before);
  });

  it('with "only valid rows", imports those, generates missing references, links standards and audits each', async () => {
    const report = await runCommitmentImport({
      actor: w.secretariat,
      text: bad,
      mode: 'only_valid',
      fileName: 'bad.csv',
    });
    expect(report).toMatchObject({
      written: true,
      imported: 2,
      refs: ['MEX-2019-01', `NOR-${new Date().getUTCFullYear()}-01`],
    });
    const [mex] = await db().select({ id: commitments.id }).from(commitments).where(eq(commitments.ref, 'MEX-2019-01'));
    const stored = await readCommitmentSnapshot(db(), mex!.id);
    expect(stored).toMatchObject({
      title: 'Register associations online',
      madeOn: '2019-02-01',
      targetDate: '2021-12-31',
      status: 'limited',
      publication: 'published',
      sourceUrl: 'https://gob.example/reg',
      standardIds: [w.standardId('CSS-1'), w.standardId('CSS-3')].sort((a, b) => a - b),
    });
    expect(stored!.publishedAt).not.toBeNull();
    const [audit] = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'commitment.import'));
    expect(audit!.n).toBe(2);
    const [file] = await db()
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'commitment.import_file'));
    expect(file!.after).toEqual({ fileName: 'bad.csv', total: 8, imported: 2, skippedRows: [3, 4, 5, 6, 7, 8] });
  });

  it('reports missing required columns against the header row', () => {
    expect(parseCommitmentCsv('ref,title\nNOR-2016-02,Only a title').errors).toEqual([
      { row: 1, field: 'country', message: 'errors.missingColumn' },
      { row: 1, field: 'standards', message: 'errors.missingColumn' },
    ]);
  });

  it('imports a 10,000-row file for many states in one transaction', async () => {
    const states = ['ARG', 'CAN', 'CHL', 'EST', 'FIN', 'GEO', 'ITA', 'JPN', 'POL', 'URY'];
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i += 1) {
      const iso3 = states[i % states.length]!;
      lines.push(
        `,${iso3},"Bulk commitment ${i}, with a comma",2010-01-01,2030-12-31,CSS-${(i % 5) + 1},not_started,draft,`,
      );
    }
    const report = await runCommitmentImport({ actor: w.secretariat, text: lines.join('\n'), mode: 'all' });
    expect(report).toMatchObject({ total: 10_000, valid: 10_000, errors: [], written: true, imported: 10_000 });
    expect(report.refs[0]).toBe('ARG-2010-01');
    expect(report.refs.at(-1)).toBe('URY-2010-1000');
    const [argentina] = await db().select({ n: count() }).from(commitments).where(like(commitments.ref, 'ARG-2010-%'));
    expect(argentina!.n).toBe(1_000);
    const [links] = await db()
      .select({ n: count() })
      .from(commitmentStandards)
      .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
      .where(like(commitments.ref, '%-2010-%'));
    expect(links!.n).toBe(10_000);
    const [sample] = await db()
      .select({ title: commitments.title })
      .from(commitments)
      .where(eq(commitments.ref, 'CAN-2010-01'));
    expect(sample!.title).toBe('Bulk commitment 1, with a comma');
    // No timing assertion (throughput belongs in the benchmark); the limit only stops a hung run.
  }, 120_000);
});

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(
      ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'plain', 'a=b', ''].map(neutraliseCell),
    ).toEqual([`'=HYPERLINK("http://x")`, "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd", 'plain', 'a=b', '']);
    expect(neutraliseCell(-5)).toBe('-5');
    expect(neutraliseCell(null)).toBe('');
  });

  it('writes commitments in the import’s columns, every cell safe, and reads back the same', () => {
    const csv = commitmentsToCsv([
      {
        ref: 'NOR-2018-03',
        countryIso3: 'NOR',
        title: '=cmd|"/c calc"!A1',
        description: 'Line one\nline "two"',
        madeAt: '@Council',
        madeOn: '2018-06-12',
        sourceUrl: null,
        responsibleBody: '-Ministry',
        targetDate: null,
        standardCodes: ['CSS-1', 'CSS-2'],
        status: 'limited',
        publication: 'published',
      },
    ]);
    expect(
      csv.startsWith(
        '\uFEFFref,country,title,description,made_at,made_on,source_url,responsible_body,target_date,standards,status,publication\r\n',
      ),
    ).toBe(true);
    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header).toHaveLength(12);
    expect(row).toEqual([
      'NOR-2018-03',
      'NOR',
      `'=cmd|"/c calc"!A1`,
      'Line one\nline "two"',
      "'@Council",
      '2018-06-12',
      '',
      "'-Ministry",
      '',
      'CSS-1;CSS-2',
      'limited',
      'published',
    ]);
  });

  it('writes reports with both voices and evidence links', () => {
    const csv = reportsToCsv([
      {
        id: 7,
        commitmentRef: 'NOR-2018-03',
        countryIso3: 'NOR',
        roundTitle: 'Spring 2025',
        state: 'verified',
        claimedStatus: 'complete',
        assessedStatus: 'substantial',
        reportedOn: '2025-03-01',
        narrative: '+ all done',
        evidence: [{ label: 'Law', url: 'https://lovdata.example/a' }],
        submittedAt: new Date('2025-03-02T10:00:00Z'),
        reviewedAt: null,
        publicNote: null,
        returnReason: null,
      },
    ]);
    const [, row] = parse(csv, { bom: true }) as string[][];
    expect(row).toEqual([
      '7',
      'NOR-2018-03',
      'NOR',
      'Spring 2025',
      'verified',
      'complete',
      'substantial',
      '2025-03-01',
      "'+ all done",
      'Law <https://lovdata.example/a>',
      '2025-03-02T10:00:00.000Z',
      '',
      '',
      '',
    ]);
  });
});

import { count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { readCommitmentSnapshot } from '@/db/queries/commitments';
import { auditEvents, commitmentStandards, commitments } from '@/db/schema';
import { createCommitment } from '@/db/seed/factories';
import { MAX_IMPORT_BYTES } from '@/lib/csv/import';
import type { ImportMode } from '@/lib/validation/import';
import { refusalOf, runAs, setUpWorkflow } from '@/test/workflow-fixtures';
import { importCommitments } from './import';

let w: Awaited<ReturnType<typeof setUpWorkflow>>;
beforeAll(async () => {
  w = await setUpWorkflow();
  await createCommitment(db(), { countryId: w.countryId('NOR'), ref: 'NOR-2016-01' });
});

const HEADER = 'ref,country,title,made_on,target_date,standards,status,publication,source_url,language';

/** The import as the upload route runs it: the file as the browser sends it, and the mode. */
async function runImport(text: string, mode: ImportMode, fileName = 'commitments.csv') {
  const file = new File([text], fileName, { type: 'text/csv' });
  return runAs(w.secretariat, { file, mode }, importCommitments);
}

async function commitmentCount(): Promise<number> {
  const [row] = await db().select({ n: count() }).from(commitments);
  return row!.n;
}

describe('CSV import', () => {
  const bad = [
    HEADER,
    'MEX-2019-01,MEX,Register associations online,2019-02-01,2021-12-31,CSS-1;CSS-3,limited,published,https://gob.example/reg,es', // row 2: valid
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
    const { report, refresh } = await runImport(bad, 'dry_run');
    expect(report).toMatchObject({ total: 8, valid: 2, written: false, imported: 0 });
    expect(refresh).toEqual({ countries: [] });
    expect(report.errors.map(({ row, field, message }) => [row, field, message])).toEqual([
      [3, 'title', 'errors.required'],
      [4, 'country', 'errors.unknownCountry'],
      [5, 'made_on', 'errors.invalidDate'],
      [5, 'target_date', 'errors.invalidDate'],
      [6, 'ref', 'errors.duplicateRefInFile'],
      [8, 'source_url', 'errors.invalidUrl'],
      [8, 'standards', 'errors.unknownStandardCode'],
      [8, 'status', 'errors.invalidStatus'],
    ]);
    expect(report.errors.find((error) => error.row === 4)?.value).toBe('ZZZ');
    // A stored reference is not a problem to correct: the row is already there.
    expect(report.existing.map(({ row, ref }) => ({ row, ref }))).toEqual([{ row: 7, ref: 'NOR-2016-01' }]);
    expect(await commitmentCount()).toBe(before);
  });

  it('without "only valid rows", a file with any invalid row writes nothing', async () => {
    const before = await commitmentCount();
    const { report } = await runImport(bad, 'all');
    expect(report).toMatchObject({ written: false, imported: 0, valid: 2 });
    expect(report.errors).toHaveLength(8);
    expect(await commitmentCount()).toBe(before);
  });

  it('with "only valid rows", imports those, generates missing references, links standards and audits each', async () => {
    const { report, refresh } = await runImport(bad, 'only_valid', 'bad.csv');
    // Imported rows may be published at once: their states' public pages are refreshed.
    expect(refresh).toEqual({ countries: ['MEX', 'NOR'] });
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
      language: 'es',
      standardIds: [w.standardId('CSS-1'), w.standardId('CSS-3')].sort((a, b) => a - b),
    });
    expect(stored!.publishedAt).not.toBeNull();
    const [generated] = await db()
      .select({ language: commitments.language })
      .from(commitments)
      .where(eq(commitments.ref, `NOR-${new Date().getUTCFullYear()}-01`));
    // A row that leaves the column blank was written in English, as before languages were recorded.
    expect(generated).toEqual({ language: 'en' });
    const [audit] = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'commitment.import'));
    expect(audit!.n).toBe(2);
    const [file] = await db()
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'commitment.import_file'));
    expect(file!.after).toEqual({
      fileName: 'bad.csv',
      total: 8,
      imported: 2,
      alreadyThere: 1,
      skippedRows: [3, 4, 5, 6, 8],
    });
  });

  it('imports nothing from a file uploaded again, with or without references, and says which rows are there', async () => {
    const text = [
      HEADER,
      'GEO-2017-03,GEO,A commitment with its reference,2017-04-01,,CSS-1,,,', // row 2
      ',GEO,A commitment  WITHOUT one,2017-05-02,,CSS-2,,,', // row 3: its reference is generated
      ',GEO,Undated,,,CSS-2,,,', // row 4
    ].join('\n');
    const first = await runImport(text, 'all');
    expect(first.report).toMatchObject({ imported: 3, existing: [] });
    const before = await commitmentCount();

    const again = await runImport(text.replace('WITHOUT one', 'without  one'), 'dry_run');
    expect(again.report).toMatchObject({ total: 3, valid: 0, errors: [] });
    // Each is named with the stored commitment, to link to.
    expect(again.report.existing).toEqual([
      { row: 2, ...first.report.created[0] },
      { row: 3, ...first.report.created[1] },
      { row: 4, ...first.report.created[2] },
    ]);
    expect(first.report.created[0]!.ref).toBe('GEO-2017-03');
    for (const mode of ['all', 'only_valid'] as const) {
      const { report, refresh } = await runImport(text, mode);
      expect(report).toMatchObject({ written: false, imported: 0, refs: [] });
      expect(refresh).toEqual({ countries: [] });
    }
    expect(await commitmentCount()).toBe(before);

    // Another date made, or another state, is another commitment.
    const other = [HEADER, ',GEO,Undated,2017-01-01,,CSS-2,,,', ',JPN,Undated,,,CSS-2,,,'].join('\n');
    expect((await runImport(other, 'all')).report).toMatchObject({ imported: 2, existing: [] });
  });

  it('refuses the same commitment twice in one file, when neither has a reference', async () => {
    const text = [HEADER, ',URY,Twice in the file,2018-01-01,,CSS-1,,,', ',URY,Twice in the file,2018-01-01,,CSS-1,,,'];
    const { report } = await runImport(text.join('\n'), 'dry_run');
    expect(report).toMatchObject({ valid: 1, existing: [] });
    expect(report.errors.map(({ row, field, message }) => [row, field, message])).toEqual([
      [3, 'title', 'errors.duplicateRowInFile'],
    ]);
  });

  it('reads a file separated by semicolons or tabs, as spreadsheets save it in many languages', async () => {
    for (const [delimiter, iso3] of [
      [';', 'EST'],
      ['\t', 'FIN'],
    ] as const) {
      const text = [
        HEADER.replaceAll(',', delimiter),
        ['', iso3, 'Separated, not by commas', '2015-06-01', '', 'CSS-1,CSS-2', 'limited', 'draft', '', 'en'].join(
          delimiter,
        ),
      ].join('\r\n');
      const { report } = await runImport(`\uFEFF${text}`, 'all');
      expect(report).toMatchObject({ errors: [], imported: 1 });
      const [stored] = await db()
        .select({ id: commitments.id })
        .from(commitments)
        .where(eq(commitments.ref, report.refs[0]!));
      expect(await readCommitmentSnapshot(db(), stored!.id)).toMatchObject({
        title: 'Separated, not by commas',
        status: 'limited',
        standardIds: [w.standardId('CSS-1'), w.standardId('CSS-2')].sort((a, b) => a - b),
      });
    }
  });

  it('refuses a file split by another separator, naming it', async () => {
    const { report } = await runImport([HEADER.replaceAll(',', '|'), '|NOR|Piped||||||'].join('\n'), 'dry_run');
    expect(report.errors).toEqual([{ row: 1, field: 'file', message: 'errors.unsupportedSeparator', value: '|' }]);
  });

  it('gives the rows with problems back as a CSV of the same columns and a problem column', async () => {
    const text = [
      'country;title;standards;made_on',
      'NOR;Fine row;CSS-1;2019-01-01',
      'ZZZ;"Unknown; state";CSS-1;2019-01-01',
      'NOR;Two problems;CSS-99;01/02/2019',
    ].join('\n');
    const { problemsCsv } = await runImport(text, 'dry_run');
    const csv = problemsCsv((error) => `<${error.message}>`);
    expect(csv).toBe(
      '\uFEFFcountry,title,standards,made_on,problem\r\n' +
        'ZZZ,Unknown; state,CSS-1,2019-01-01,country: <errors.unknownCountry> (ZZZ)\r\n' +
        'NOR,Two problems,CSS-99,01/02/2019,made_on: <errors.invalidDate> (01/02/2019) | standards: <errors.unknownStandardCode> (CSS-99)\r\n',
    );
    // Corrected and uploaded again, a row comes in as it was written, a formula-like title included.
    const formula = await runImport('country,title,standards\nZZZ,=Budget + hearings,CSS-1', 'dry_run');
    const again = formula.problemsCsv(() => 'unknown')!.replace('ZZZ', 'NOR');
    expect(again).toContain("'=Budget + hearings");
    const { report: fixed } = await runImport(again, 'all');
    expect(fixed).toMatchObject({ errors: [], imported: 1 });
    const [stored] = await db()
      .select({ title: commitments.title })
      .from(commitments)
      .where(eq(commitments.ref, fixed.refs[0]!));
    expect(stored!.title).toBe('=Budget + hearings');
    const clean = await runImport('country,title,standards\nNOR,Nothing wrong,CSS-1', 'dry_run');
    expect(clean.problemsCsv(() => '')).toBeNull();
  });

  it('answers control characters with row errors, and imports the rows without them', async () => {
    const before = await commitmentCount();
    const text = [
      HEADER,
      ',NOR,Title with a NUL\u0000 inside,2019-03-01,,CSS-1,,,', // row 2
      ',NOR,Escape \u001b[31m and bell \u0007,2019-03-01,,CSS-1,,,', // row 3
      ',NOR,Tabs\tare fine,2019-03-01,,CSS-1,,published,', // row 4: valid
    ].join('\n');
    const { report } = await runImport(text, 'dry_run');
    expect(report.errors.map(({ row, field, message, value }) => [row, field, message, value])).toEqual([
      [2, 'title', 'errors.controlCharacter', 'Title with a NUL\u2400 inside'],
      [3, 'title', 'errors.controlCharacter', 'Escape \u241b[31m and bell \u2407'],
    ]);
    const { report: imported } = await runImport(text, 'only_valid');
    expect(imported).toMatchObject({ imported: 1, written: true });
    expect(await commitmentCount()).toBe(before + 1);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = new File(['x'.repeat(MAX_IMPORT_BYTES + 1)], 'huge.csv', { type: 'text/csv' });
    expect(await refusalOf(runAs(w.secretariat, { file, mode: 'dry_run' as const }, importCommitments))).toEqual({
      code: 'validation',
      fieldErrors: { file: ['errors.fileTooLarge'] },
    });
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
    const { report } = await runImport(lines.join('\n'), 'all');
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

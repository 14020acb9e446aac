import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './dialect';
import { commitmentsToCsv, reportsToCsv } from './export';
import { parseCommitmentCsv, validateImportRows } from './import';

describe('CSV import', () => {
  it('reports missing required columns against the header row', () => {
    expect(parseCommitmentCsv('ref,title\nNOR-2016-02,Only a title').errors).toEqual([
      { row: 1, field: 'country', message: 'errors.missingColumn' },
      { row: 1, field: 'standards', message: 'errors.missingColumn' },
    ]);
  });

  it('reads the language of each row, English when the column is absent or blank, and refuses one off the list', () => {
    const lookups = {
      countries: new Map([['NOR', 1]]),
      standards: new Map([['CSS-1', 9]]),
      retiredStandards: new Set<string>(),
      existingRefs: new Set<string>(),
    };
    const withColumn = parseCommitmentCsv(
      'country,title,standards,language\nNOR,Consulter la société civile,CSS-1,FR\nNOR,Blank,CSS-1,\nNOR,Typo,CSS-1,english\n',
    );
    const checked = validateImportRows(withColumn.rows, lookups);
    expect(checked.valid.map((row) => [row.title, row.language])).toEqual([
      ['Consulter la société civile', 'fr'],
      ['Blank', 'en'],
    ]);
    expect(checked.errors).toEqual([
      { row: 4, field: 'language', message: 'errors.invalidLanguage', value: 'english' },
    ]);

    const withoutColumn = parseCommitmentCsv('country,title,standards\nNOR,Older file,CSS-1\n');
    expect(validateImportRows(withoutColumn.rows, lookups).valid[0]?.language).toBe('en');
  });
});

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(
      ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'kept", 'plain', 'a=b', ''].map(
        neutraliseCell,
      ),
    ).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rcmd",
      "''kept",
      'plain',
      'a=b',
      '',
    ]);
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
        language: 'fr',
      },
    ]);
    expect(
      csv.startsWith(
        '\uFEFFref,country,title,description,made_at,made_on,source_url,responsible_body,target_date,standards,status,publication,language\r\n',
      ),
    ).toBe(true);
    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header).toHaveLength(13);
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
      'fr',
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

import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { createReport } from '@/db/seed/factories';
import { restoreCell } from '@/lib/csv/dialect';
import { commitmentsToCsv } from '@/lib/csv/export';
import { setRequest } from '@/test/mocks/next-headers';
import { callApi, getJson } from '@/test/open-data-client';
import { createOpenDataFixtures } from '@/test/open-data-fixtures';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

/**
 * Every CSV the app writes is in one dialect (lib/csv/dialect.ts): a byte-order mark, CRLF, a semicolon
 * between list items, and formulas neutralised, whether it is a workspace export, an open-data CSV or a
 * file of the bulk zip. A focal point's narrative that starts with =HYPERLINK( reaches no spreadsheet
 * as a formula, and the JSON keeps the text as written.
 */

const NARRATIVE = '=HYPERLINK("http://evil.example/","Read more")';
const NOTE = "@SUM(1+1) and 'quoted";
const BOM = [0xef, 0xbb, 0xbf];
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

type Read = { bytes: Uint8Array; rows: Record<string, string>[] };

function read(bytes: Uint8Array): Read {
  return { bytes, rows: parse(decoder.decode(bytes), { bom: true, columns: true }) as Record<string, string>[] };
}

const fetchCsv = async (path: string) => read(new Uint8Array(await (await callApi(path)).arrayBuffer()));

let reports: Read;
let bulkReports: Read;
let bulkCountries: Read;

beforeAll(async () => {
  setRequest({ headers: { host: 'tracker.test' } });
  const fixtures = await createOpenDataFixtures();
  await createReport(db(), {
    commitmentId: fixtures.second.id,
    state: 'verified',
    claimedStatus: 'limited',
    assessedStatus: 'limited',
    reportedOn: '2024-03-01',
    reviewedAt: new Date('2024-03-05T12:00:00Z'),
    narrative: NARRATIVE,
    publicNote: NOTE,
  });
  reports = await fetchCsv('/reports.csv');
  const zip = unzipSync(new Uint8Array(await (await callApi('/bulk.zip')).arrayBuffer()));
  bulkReports = read(zip['reports.csv']!);
  bulkCountries = read(zip['countries.csv']!);
});

describe('one CSV dialect', () => {
  it('starts every CSV with a byte-order mark and ends records with CRLF', async () => {
    const workspace = new TextEncoder().encode(
      commitmentsToCsv([
        {
          ref: 'NOR-2018-03',
          countryIso3: 'NOR',
          title: 'Title',
          description: 'Description',
          madeAt: 'Council',
          madeOn: null,
          sourceUrl: null,
          responsibleBody: 'Ministry',
          targetDate: null,
          standardCodes: ['CSS-1', 'CSS-2'],
          status: 'limited',
          publication: 'published',
          language: 'en',
        },
      ]),
    );
    for (const [where, { bytes }] of Object.entries({
      workspace: read(workspace),
      reports,
      bulkReports,
      bulkCountries,
      commitments: await fetchCsv('/commitments.csv'),
    })) {
      expect({ where, bom: [...bytes.slice(0, 3)] }).toEqual({ where, bom: BOM });
      const text = decoder.decode(bytes);
      expect({
        where,
        bareLineFeeds: /[^\r]\n/.test(
          text
            .split('"')
            .filter((_, i) => i % 2 === 0)
            .join(''),
        ),
      }).toEqual({ where, bareLineFeeds: false });
    }
  });

  it('neutralises a narrative written as a formula in the public reports CSV and the bulk zip', () => {
    for (const [where, { rows }] of Object.entries({ reports, bulkReports })) {
      const row = rows.find((candidate) => candidate.narrative?.includes('HYPERLINK'));
      expect({ where, narrative: row?.narrative, note: row?.public_note }).toEqual({
        where,
        narrative: `'${NARRATIVE}`,
        note: `'${NOTE}`,
      });
      // The documented rule undoes it exactly.
      expect([restoreCell(row!.narrative!), restoreCell(row!.public_note!)]).toEqual([NARRATIVE, NOTE]);
    }
  });

  it('keeps the text as written in the JSON', async () => {
    const { body } = await getJson<{ data: { narrative: string }[] }>('/reports');
    expect(body.data.map((report) => report.narrative)).toContain(NARRATIVE);
  });

  it('leaves numbers as numbers', () => {
    const scores = bulkCountries.rows.map((row) => row.score).filter((score) => score !== '');
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) expect(score).toMatch(/^\d+(\.\d+)?$/);
  });
});

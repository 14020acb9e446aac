import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setRequest } from '@/test/mocks/next-headers';
import { callApi, getJson } from '@/test/open-data-client';
import { createOpenDataFixtures, SECRET, type OpenDataFixtures } from '@/test/open-data-fixtures';
import { descriptorProblems, openPackage, packageFileProblems, type DataPackage } from '@/test/data-package-check';
import { BULK_FILE_NAMES } from './_lib/table-schemas';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

/**
 * The bulk download as a researcher takes it: the zip opened, its descriptor validated against the
 * published Frictionless profiles, every CSV against its table schema and foreign keys, and the rows
 * compared with what the paged API serves. Also the fuller commitment records and `since=`.
 */

let fixtures: OpenDataFixtures;
let files: Record<string, string>;
let descriptor: DataPackage;

beforeAll(async () => {
  setRequest({ headers: { host: 'tracker.test' } });
  fixtures = await createOpenDataFixtures();
  const response = await callApi('/bulk.zip');
  expect(response.headers.get('content-type')).toBe('application/zip');
  ({ files, descriptor } = openPackage(new Uint8Array(await response.arrayBuffer())));
});

describe('/api/v1/bulk.zip', () => {
  it('holds every public table and a descriptor valid against the Data Package and Table Schema profiles', () => {
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...BULK_FILE_NAMES].sort());
    expect(descriptorProblems(descriptor)).toEqual([]);
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(descriptor.sources.length).toBeGreaterThan(0);
    // The date of the data: its latest change, the second verification of the published commitment.
    expect(descriptor.created >= '2024-01-10T12:00:00.000Z').toBe(true);
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual([...BULK_FILE_NAMES].sort());
  });

  it('every CSV validates against its table schema, and every foreign key resolves', () => {
    const { problems, rowsOf } = packageFileProblems(descriptor, files);
    expect(problems).toEqual([]);
    expect(rowsOf.get('scores-by-round')!.length).toBeGreaterThan(0);
    expect(
      rowsOf
        .get('membership-events')!
        .map((row) => row.country)
        .sort(),
    ).toEqual(['NOR', 'SWE']);
  });

  it('holds the same rows as the API, and nothing unpublished or unverified', async () => {
    const parseCsv = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
    for (const [file, api] of [
      ['countries.csv', '/countries.csv'],
      ['commitments.csv', '/commitments.csv?limit=1000'],
      ['reports.csv', '/reports.csv?limit=1000'],
      ['standards.csv', '/standards.csv'],
    ] as const) {
      const served = await (await callApi(api)).text();
      expect({ file, rows: parseCsv(files[file]!) }).toEqual({ file, rows: parseCsv(served) });
      const whole = await (await callApi(`/bulk/${file}`)).text();
      expect(whole).toBe(files[file]);
    }
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(fixtures.draft.ref);
    expect(everything).not.toContain(fixtures.archived.ref);
    expect(parseCsv(files['commitments.csv']!).map((row) => row.ref)).toEqual([
      fixtures.published.ref,
      fixtures.second.ref,
    ]);
  });

  it('is the same bytes for the same data, so its ETag holds; the data package alone links the whole files', async () => {
    const [a, b] = await Promise.all([callApi('/bulk.zip'), callApi('/bulk.zip')]);
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    const { body } = await getJson<DataPackage>('/datapackage.json');
    expect(descriptorProblems(body)).toEqual([]);
    expect(body.resources.map((resource) => resource.path)).toEqual(
      BULK_FILE_NAMES.map((file) => `https://tracker.test/api/v1/bulk/${file}`),
    );
  });
});

describe('fuller records and one list separator', () => {
  it('commitments carry the latest claim, the public note and the date verified, in JSON and CSV', async () => {
    const { body } = await getJson<{ data: Record<string, unknown>[] }>('/commitments?country=nor');
    expect(body.data).toEqual([
      expect.objectContaining({
        ref: fixtures.published.ref,
        status: 'substantial',
        claimed_status: 'complete',
        public_note: 'Second assessment.',
        verified_at: '2024-01-10T12:00:00.000Z',
        standards: ['TF-1', 'TF-2'],
      }),
    ]);
    const [row] = parse(await (await callApi('/commitments.csv?country=nor')).text(), { columns: true }) as Record<
      string,
      string
    >[];
    expect(row).toMatchObject({
      claimed_status: 'complete',
      public_note: 'Second assessment.',
      verified_at: '2024-01-10T12:00:00.000Z',
      standards: 'TF-1;TF-2',
    });
    const { body: never } = await getJson<{ data: Record<string, unknown>[] }>('/commitments?country=swe');
    expect(never.data[0]).toMatchObject({ claimed_status: null, public_note: null, verified_at: null });
  });

  it('the reports CSV keeps the evidence labels, "label <url>", separated by ";"', async () => {
    const rows = parse(await (await callApi('/reports.csv?commitment=' + fixtures.published.ref)).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows[0]!.evidence).toBe('Budget law; 2024 <https://example.org/law>;Portal <https://example.org/portal>');
  });
});

describe('since=: incremental harvesting', () => {
  it('returns only the commitments changed and the reports verified after the instant', async () => {
    const all = await getJson<{ data: { ref: string; updated_at: string }[] }>('/commitments');
    const latest = all.body.data
      .map((row) => row.updated_at)
      .sort()
      .at(-1)!;
    expect((await getJson<{ data: unknown[] }>(`/commitments?since=${latest}`)).body.data).toEqual([]);
    const before = new Date(new Date(latest).getTime() - 1).toISOString();
    expect(
      (await getJson<{ data: { updated_at: string }[] }>(`/commitments?since=${before}`)).body.data.every(
        (row) => row.updated_at > before,
      ),
    ).toBe(true);
    const reports = await getJson<{ data: { verified_at: string }[] }>('/reports?since=2024-01-01T00:00:00Z');
    expect(reports.body.data.map((row) => row.verified_at)).toEqual(['2024-01-10T12:00:00.000Z']);
    const older = await getJson<{ data: unknown[] }>('/reports?since=2019-01-01T00:00:00Z');
    expect(older.body.data).toHaveLength(2);
  });
});

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setRequest } from '@/test/mocks/next-headers';
import { callApi } from '@/test/open-data-client';
import { createOpenDataFixtures } from '@/test/open-data-fixtures';
import { buildOpenApiDocument } from './_lib/openapi';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

/**
 * The contract test: the generated OpenAPI document against the running handlers. Every path, every
 * documented parameter, the 400 for each bad parameter and the 304 of each path; every JSON response
 * is validated against the document's schema for its path and status.
 */

type Operation = {
  parameters: { name: string; in: 'query' | 'path' }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
const document = buildOpenApiDocument() as unknown as { paths: Record<string, { get: Operation }> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'openapi');

function pointer(path: string, status: string, type: string): string {
  const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
  return `openapi#/paths/${escape(path)}/get/responses/${status}/content/${escape(type)}/schema`;
}

/** Calls the endpoint and checks the response against the document: status documented, body valid. */
async function check(path: string, concrete: string, expected: number, headers: Record<string, string> = {}) {
  const response = await callApi(concrete, headers);
  expect({ concrete, status: response.status }).toEqual({ concrete, status: expected });
  const documented = document.paths[path]!.get.responses[String(response.status)];
  expect(documented, `${path} documents ${response.status}`).toBeDefined();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
  if (response.status === 304 || response.status === 204) return response;
  expect(Object.keys(documented!.content ?? {}), `${concrete} content type`).toContain(type);
  if (type === 'application/json') {
    const validate = ajv.getSchema(pointer(path, String(response.status), type))!;
    const body: unknown = await response.clone().json();
    expect({ concrete, errors: validate(body) ? null : validate.errors }).toEqual({ concrete, errors: null });
  }
  return response;
}

/** Each path with the requests that exercise each of its parameters, and a bad value for each. */
const CASES: Record<string, { ok: string[]; bad: [string, string][] }> = {
  '/countries': { ok: ['/countries', '/countries.csv'], bad: [['/countries?x=1', 'x']] },
  '/countries/{iso3}': {
    ok: [
      '/countries/nor',
      '/countries/NOR.json',
      '/countries/nor.csv',
      '/countries/nor?as_of=2023-06-30',
      '/countries/nor.csv?as_of=2019-01-01',
    ],
    bad: [
      ['/countries/nor?as_of=2023-02-30', 'as_of'],
      ['/countries/nor?as_of=2999-01-01', 'as_of'],
      ['/countries/nor?as_of=yesterday', 'as_of'],
      ['/countries/norway', 'iso3'],
      ['/countries/nor?limit=1', 'limit'],
    ],
  },
  '/commitments': {
    ok: [
      '/commitments',
      '/commitments.csv',
      '/commitments?country=nor',
      '/commitments?standard=tf-2',
      '/commitments?status=substantial',
      '/commitments?since=2000-01-01T00:00:00Z',
      '/commitments?limit=1',
    ],
    bad: [
      ['/commitments?country=norway', 'country'],
      ['/commitments?standard=!', 'standard'],
      ['/commitments?status=finished', 'status'],
      ['/commitments?since=2024-13-01', 'since'],
      ['/commitments?limit=0', 'limit'],
      ['/commitments?cursor=nonsense', 'cursor'],
      ['/commitments?satus=complete', 'satus'],
    ],
  },
  '/standards': {
    ok: ['/standards', '/standards.csv', '/standards?framework=tf'],
    bad: [
      ['/standards?country=nor', 'country'],
      ['/standards?framework=!', 'framework'],
    ],
  },
  '/reports': {
    ok: [
      '/reports',
      '/reports.csv',
      '/reports?country=nor',
      '/reports?commitment=nor-2018-01',
      '/reports?since=2024-01-01T00:00:00%2B01:00',
      '/reports?limit=1',
    ],
    bad: [
      ['/reports?country=1', 'country'],
      ['/reports?commitment=nor', 'commitment'],
      ['/reports?since=tomorrow', 'since'],
      ['/reports?limit=1001', 'limit'],
      ['/reports?cursor=abc', 'cursor'],
    ],
  },
  '/bulk.zip': { ok: ['/bulk.zip'], bad: [['/bulk.zip?limit=10', 'limit']] },
  '/bulk/{file}': {
    ok: ['/bulk/commitments.csv', '/bulk/membership-events.csv'],
    bad: [['/bulk/reports.csv?x=1', 'x']],
  },
  '/datapackage.json': { ok: ['/datapackage.json'], bad: [['/datapackage.json?x=1', 'x']] },
  '/openapi.json': { ok: ['/openapi.json'], bad: [['/openapi.json?x=1', 'x']] },
};

beforeAll(async () => {
  setRequest({ headers: { host: 'tracker.test' } });
  await createOpenDataFixtures();
});

describe('the generated OpenAPI document', () => {
  it('describes every path the tests call, and no other', () => {
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [path, { ok, bad }] of Object.entries(CASES)) {
    it(`${path}: every parameter is exercised, every response valid, and each bad parameter a 400 naming it`, async () => {
      const documented = document.paths[path]!.get.parameters.map((parameter) => parameter.name).sort();
      const used = new Set(
        [...ok, ...bad.map(([url]) => url)].flatMap((url) => [...new URL(url, 'http://x').searchParams.keys()]),
      );
      for (const parameter of documented.filter((name) => !path.includes(`{${name}}`)))
        expect({ path, parameter, used: used.has(parameter) }).toEqual({ path, parameter, used: true });
      for (const url of ok) await check(path, url, 200);
      for (const [url, parameter] of bad) {
        const response = await check(path, url, 400);
        expect(((await response.json()) as { parameter: string }).parameter).toBe(parameter);
      }
    });

    it(`${path}: answers 304 to a matching If-None-Match`, async () => {
      const first = await callApi(ok[0]!);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const second = await check(path, ok[0]!, 304, { 'If-None-Match': etag! });
      expect(await second.text()).toBe('');
    });
  }

  it('a state that does not exist is a documented 404', async () => {
    await check('/countries/{iso3}', '/countries/xyz', 404);
    await check('/countries/{iso3}', '/countries/xyz?as_of=2020-01-01', 404);
    const missing = await callApi('/bulk/secrets.csv');
    expect(missing.status).toBe(404);
  });

  it('carries the language each commitment was written in, the same in JSON and CSV', async () => {
    const json = (await (await callApi('/commitments')).json()) as { data: { ref: string; language: string }[] };
    const fromJson = Object.fromEntries(json.data.map((row) => [row.ref, row.language]));
    const [header, ...rows] = parse(await (await callApi('/commitments.csv')).text(), { bom: true }) as string[][];
    const column = header!.indexOf('language');
    const fromCsv = Object.fromEntries(rows.map((row) => [row[0], row[column]]));
    expect(new Set(Object.values(fromJson))).toEqual(new Set(['en', 'sv']));
    expect(fromCsv).toEqual(fromJson);
  });
});

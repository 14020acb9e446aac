import { expect, test } from '@playwright/test';

/** The open-data API against the seeded demo data: filters, paging, CSV = JSON, 400s, ETags, and nothing unpublished. */

test('countries: every state, with trend, as JSON and CSV carrying the same values', async ({ request }) => {
  const json = await request.get('/api/v1/countries');
  expect(json.status()).toBe(200);
  expect(json.headers()['access-control-allow-origin']).toBe('*');
  expect(json.headers()['cache-control']).toContain('max-age');
  const { data } = (await json.json()) as {
    data: {
      iso3: string;
      standing: string;
      published_commitments: number;
      score: number | null;
      trend: string | null;
    }[];
  };
  expect(data).toHaveLength(34);
  const canada = data.find((row) => row.iso3 === 'CAN')!;
  // Round 1: complete, limited, no information → 44%; round 2: complete, substantial, withdrawn → 83%.
  expect(canada).toMatchObject({ standing: 'member', published_commitments: 3, score: 0.8333, trend: 'up' });
  expect(data.find((row) => row.iso3 === 'MLI')?.standing).toBe('suspended');

  const csv = await request.get('/api/v1/countries.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines).toHaveLength(35);
  const header = lines[0]!.split(',');
  const canadaRow = lines.find((line) => line.startsWith('CAN,'))!.split(',');
  expect(canadaRow[header.indexOf('score')]).toBe('0.8333');
  expect(canadaRow[header.indexOf('trend')]).toBe('up');
});

test('commitments: filters, and pages that neither skip nor repeat', async ({ request }) => {
  const all = (await (await request.get('/api/v1/commitments?limit=1000')).json()) as {
    data: { ref: string; status: string; country: string }[];
  };
  expect(all.data).toHaveLength(29);
  // Drafts and archived commitments never leave the API.
  for (const hidden of ['NOR-2022-02', 'CHL-2022-01', 'MEX-2022-02', 'PRT-2022-01'])
    expect(all.data.map((row) => row.ref)).not.toContain(hidden);

  const seen: string[] = [];
  let url: string | null = '/api/v1/commitments?limit=4';
  while (url) {
    const response = await request.get(url);
    const body = (await response.json()) as { data: { ref: string }[]; links: { next: string | null } };
    expect(body.data.length).toBeLessThanOrEqual(4);
    seen.push(...body.data.map((row) => row.ref));
    url = body.links.next;
  }
  expect(seen).toEqual(all.data.map((row) => row.ref));
  expect(new Set(seen).size).toBe(seen.length);

  const norway = (await (await request.get('/api/v1/commitments?country=nor')).json()) as {
    data: { country: string }[];
  };
  expect(norway.data).toHaveLength(4);
  expect(norway.data.every((row) => row.country === 'NOR')).toBe(true);
  const complete = (await (await request.get('/api/v1/commitments?status=complete')).json()) as {
    data: { status: string }[];
  };
  expect(complete.data).toHaveLength(5);
  const css5 = (await (await request.get('/api/v1/commitments?standard=css-5')).json()) as {
    data: { standards: string[] }[];
  };
  expect(css5.data.length).toBeGreaterThan(0);
  expect(css5.data.every((row) => row.standards.includes('CSS-5'))).toBe(true);

  const csv = await (await request.get('/api/v1/commitments.csv?country=nor')).text();
  expect(
    csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]),
  ).toEqual(norway.data.map((row) => (row as unknown as { ref: string }).ref));
});

test('bad parameters get a 400 that names the parameter', async ({ request }) => {
  for (const [query, parameter] of [
    ['status=finished', 'status'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['country=norway', 'country'],
    ['cursor=nonsense', 'cursor'],
    ['satus=complete', 'satus'],
  ] as const) {
    const response = await request.get(`/api/v1/commitments?${query}`);
    expect(response.status(), query).toBe(400);
    const body = (await response.json()) as { parameter: string; message: string };
    expect(body.parameter).toBe(parameter);
    expect(body.message.length).toBeGreaterThan(5);
  }
});

test('ETag: a repeated request with If-None-Match gets 304', async ({ request }) => {
  const first = await request.get('/api/v1/standards');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const second = await request.get('/api/v1/standards', { headers: { 'If-None-Match': etag! } });
  expect(second.status()).toBe(304);
  expect(await second.text()).toBe('');
});

test('reports: only verified ones, newest first, both voices', async ({ request }) => {
  const body = (await (await request.get('/api/v1/reports?limit=1000')).json()) as {
    data: { commitment: string; claimed_status: string; assessed_status: string; verified_at: string }[];
  };
  expect(body.data).toHaveLength(32);
  const times = body.data.map((row) => row.verified_at);
  expect([...times].sort().reverse()).toEqual(times);
  const nor = body.data.find((row) => row.commitment === 'NOR-2018-02' && row.claimed_status === 'complete');
  expect(nor?.assessed_status).toBe('substantial');
});

test('one country, JSON and CSV; unknown country 404; OpenAPI document', async ({ request }) => {
  const nor = (await (await request.get('/api/v1/countries/nor')).json()) as {
    data: { commitments: { ref: string }[]; score_by_round: unknown[] };
  };
  expect(nor.data.commitments.map((row) => row.ref)).toEqual([
    'NOR-2018-01',
    'NOR-2018-02',
    'NOR-2022-01',
    'NOR-2022-03',
  ]);
  expect(nor.data.score_by_round).toHaveLength(2);
  const csv = await (await request.get('/api/v1/countries/nor.csv')).text();
  expect(csv.trim().split('\r\n')).toHaveLength(5);
  expect((await request.get('/api/v1/countries/xyz')).status()).toBe(404);
  const openapi = (await (await request.get('/api/v1/openapi.json')).json()) as {
    openapi: string;
    paths: Record<string, unknown>;
  };
  expect(openapi.openapi).toBe('3.1.0');
  expect(Object.keys(openapi.paths)).toContain('/commitments');
});

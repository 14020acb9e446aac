import { expect, test } from '@playwright/test';
import { DEMO_RETURN_REASON } from '@/db/seed/demo-content';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';

/**
 * The shareable and reusable public views, against the seeded demo data set: /countries sorted and
 * filtered through the address, /compare, the embeddable card and its framing policy, the badge, the
 * Open Graph image and the Atom feed; and that none of them, nor the record as of a day, shows a draft,
 * archived or unverified item.
 */

function percentages(texts: string[]): number[] {
  return texts.map((text) => Number(text.replace(/[^\d]/g, ''))).filter((value) => !Number.isNaN(value));
}

test.describe('countries view in the address', () => {
  test('sorts by score, highest first, with states without a score last', async ({ page }) => {
    await page.goto('/countries?sort=score&dir=desc');
    const table = page.getByRole('table', { name: /sorted by Score, descending/ });
    await expect(table.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
    const cells = await table.locator('tbody tr td:nth-of-type(5)').allTextContents();
    const scored = cells.filter((text) => /%/.test(text));
    const values = percentages(scored);
    expect(values.length).toBeGreaterThan(5);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // Every state with a score comes before every state without one.
    expect(cells.slice(0, scored.length).every((text) => /%/.test(text))).toBe(true);
    expect(cells.slice(scored.length).every((text) => text === 'No score')).toBe(true);
  });

  test('the column header links toggle the order', async ({ page }) => {
    await page.goto('/countries');
    await page.locator('thead a[data-sort="commitments"]').click();
    await expect(page).toHaveURL(/sort=commitments/);
    await page.locator('thead a[data-sort="commitments"]').click();
    await expect(page).toHaveURL(/sort=commitments&dir=desc/);
    const first = page.locator('tbody tr').first();
    await expect(first.getByRole('cell').nth(2)).toHaveText('4');
  });

  test('shows the trend since the previous round in words beside the arrow', async ({ page }) => {
    await page.goto('/countries?q=canada');
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(1);
    const trend = rows.first().locator('td[data-column="trend"]');
    await expect(trend).toHaveText(/Up|Down|No change|First round/);
    await expect(trend.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  });

  test('filters by region, standing and name', async ({ page }) => {
    await page.goto('/countries?region=Europe&standing=member');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    for (const text of await rows.locator('td:nth-of-type(1)').allTextContents()) expect(text).toBe('Europe');
    for (const text of await rows.locator('td:nth-of-type(2)').allTextContents()) expect(text).toBe('Member');
    await expect(page.getByRole('row', { name: /Mali/ })).toHaveCount(0);

    await page.goto('/countries?standing=suspended');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Mali');

    await page.goto('/countries?q=zzzz');
    await expect(page.getByText('No state matches these filters.')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the filter form is a GET form whose result is a shareable address', async ({ page }) => {
      await page.goto('/countries?sort=score&dir=desc');
      await page.getByLabel('Standing', { exact: true }).selectOption('former');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(/standing=former/);
      await expect(page).toHaveURL(/sort=score/);
      await expect(page.locator('tbody tr')).toHaveCount(3);
      await expect(page.getByRole('row', { name: /South Africa/ })).toBeVisible();
    });

    // A streamed loading skeleton is swapped for the page by a script; without scripts it would stay.
    for (const [path, heading] of [
      ['/', /How member states are implementing/],
      ['/countries/nor', /^Norway$/],
      ['/standards', /Standards/],
      ['/compare?countries=nor,mex', /Compare/],
    ] as const) {
      test(`${path} shows its content, not a loading skeleton`, async ({ page }) => {
        await page.goto(path);
        // Streamed content waits in a hidden element until a script reveals it, so a visible heading
        // means the page arrived whole.
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0);
        await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
      });
    }
  });

  test('French: filters and sorting read in French', async ({ page }) => {
    await page.goto('/fr/countries?standing=former&sort=name&dir=desc');
    await expect(page.getByRole('table', { name: /triés par Pays, ordre décroissant/ })).toBeVisible();
    const names = await page.locator('tbody th').allTextContents();
    expect(names).toEqual(['Philippines', 'Mali', 'Cap-Vert', 'Afrique du Sud'].filter((name) => names.includes(name)));
    expect(names).toHaveLength(3);
  });
});

test.describe('compare', () => {
  test('two states side by side', async ({ page }) => {
    await page.goto('/compare?countries=nor,mex');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare states');
    const table = page.getByRole('table', { name: 'Comparison of Norway, Mexico' });
    await expect(table.getByRole('columnheader', { name: 'Norway' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Mexico' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Published commitments/ })).toContainText('4');
    await expect(table.getByRole('row', { name: /Standing/ })).toContainText('Member');
    await expect(table.getByRole('row', { name: /CSS-1/ })).toBeVisible();
    await expect(page.locator('[data-compare-messages]')).toHaveCount(0);
    await expect(page.getByLabel('State 1')).toHaveValue('nor');
    await expect(page.getByLabel('State 2')).toHaveValue('mex');
  });

  test('says so when fewer than two, more than four or unknown codes are asked for', async ({ page }) => {
    await page.goto('/compare?countries=nor');
    await expect(page.locator('[data-message="too-few"]')).toHaveText('Choose at least two states to compare.');
    await expect(page.getByRole('table')).toHaveCount(0);

    await page.goto('/compare?countries=nor,mex,can,chl,est');
    await expect(page.locator('[data-message="too-many"]')).toContainText('At most 4 states');
    await expect(page.getByRole('table').locator('thead th')).toHaveCount(4);

    await page.goto('/compare?countries=nor,xyz,mex');
    await expect(page.locator('[data-message="unknown"]')).toContainText('xyz');
    await expect(page.getByRole('table', { name: 'Comparison of Norway, Mexico' })).toBeVisible();
  });

  test('is linked from the header and the scorecard', async ({ page }) => {
    await page.goto('/countries/nor');
    await page.getByRole('link', { name: 'Compare Norway with other states' }).click();
    await expect(page).toHaveURL(/\/compare\?countries=nor$/);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' })).toBeVisible();
  });

  test('reads in French', async ({ page }) => {
    await page.goto('/fr/compare?countries=nor,mex');
    await expect(page.getByRole('table', { name: 'Comparaison : Norvège, Mexique' })).toBeVisible();
  });
});

test.describe('reuse', () => {
  test('the embed card: figures, a link to the scorecard, no site chrome, and framing allowed', async ({ page }) => {
    await page.goto('/countries/nor');
    const score = (await page.locator('[data-figure="score"]').textContent())?.trim();
    const snippet = page.locator('[data-embed-snippet]');
    await expect(snippet).toContainText('<iframe src="http://localhost');
    await expect(snippet).toContainText('/embed/countries/nor"');

    const response = await page.goto('/embed/countries/nor');
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway: Civil Society Standards');
    await expect(page.locator('[data-figure="score"]')).toHaveText(score!);
    await expect(page.locator('[data-embed-card]')).toContainText('Member');
    await expect(page.locator('[data-embed-card]')).toContainText('Published commitments: 4');
    await expect(page.getByRole('link', { name: 'Full scorecard of Norway' })).toHaveAttribute(
      'href',
      '/countries/nor',
    );
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('footer')).toHaveCount(0);
  });

  test('a normal page still refuses to be framed', async ({ request }) => {
    for (const path of ['/countries/nor', '/compare?countries=nor,mex']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options']).toBe('DENY');
    }
  });

  test('the embed card reads in French under /fr', async ({ page }) => {
    const response = await page.goto('/fr/embed/countries/nor');
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norvège : Normes relatives à la société civile');
    await expect(page.getByRole('link', { name: /Tableau de bord complet/ })).toHaveAttribute(
      'href',
      '/fr/countries/nor',
    );
  });

  test('the badge is an SVG with the code, the score and a title', async ({ request }) => {
    const scorecard = await request.get('/api/v1/countries/nor');
    const body = (await scorecard.json()) as { data?: { score?: number | null }; score?: number | null };
    const score = body.data?.score ?? body.score ?? null;
    const response = await request.get('/countries/nor/badge.svg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(response.headers()['cache-control']).toContain('max-age=');
    const svg = await response.text();
    expect(svg).toContain('<title id="badge-title">Norway: Civil Society Standards score');
    expect(svg).toContain('NOR');
    if (typeof score === 'number') expect(svg).toContain(`${Math.round(score * 100)}%`);
    expect((await request.get('/countries/zzz/badge.svg')).status()).toBe(404);
  });

  test('each scorecard names its Open Graph image, which is a PNG', async ({ page, request }) => {
    await page.goto('/countries/mex');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/countries\/mex\/og\.png$/);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
  });

  test('the Atom feed lists verified updates', async ({ page, request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    // Parse it as XML in the browser: a parser error would show as a <parsererror> element.
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
          id: entry.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          title: entry.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
          updated: entry.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          link: entry.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        })),
        feedId: doc.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
        updated: doc.documentElement.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(parsed.feedId).toMatch(/\/feed\.xml$/);
    expect(Number.isNaN(Date.parse(parsed.updated))).toBe(false);
    expect(parsed.entries.length).toBeGreaterThan(10);
    expect(parsed.entries.length).toBeLessThanOrEqual(50);
    for (const entry of parsed.entries) {
      expect(entry.id).not.toBe('');
      expect(entry.title).not.toBe('');
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
    expect(new Set(parsed.entries.map((entry) => entry.id)).size).toBe(parsed.entries.length);
    expect(parsed.entries.some((entry) => entry.link.endsWith('/commitments/nor-2018-02'))).toBe(true);
  });
});

test.describe('only published and verified data leaves through reuse', () => {
  test('no draft, archived or unverified commitment is in the feed, and the embed and badge count only published ones', async ({
    request,
    page,
  }) => {
    const xml = await (await request.get('/feed.xml')).text();
    // NOR-2022-02 is a draft; NOR-2022-01 is published with only a draft report; MEX-2022-01 has only a
    // submitted report; MEX-2022-02 is archived, although it has a verified report.
    for (const ref of ['nor-2022-02', 'nor-2022-01', 'mex-2022-01', 'mex-2022-02'])
      expect(xml).not.toContain(`/commitments/${ref}"`);
    // Claims that were submitted or drafted but never verified carry the demo's narratives; none is published.
    expect(xml).not.toContain('Demo report.');

    await page.goto('/embed/countries/nor');
    // Five commitments, one of them a draft.
    await expect(page.locator('[data-embed-card]')).toContainText('Published commitments: 4');
    await page.goto('/embed/countries/mex');
    // Four commitments, one of them archived.
    await expect(page.locator('[data-embed-card]')).toContainText('Published commitments: 3');
  });

  test('an as-of page, for a past day and for today, shows no draft, no unverified claim and no commitment archived by then', async ({
    request,
  }) => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    // MEX-2022-02 was archived 60 days before the demo data was loaded; 100 days ago it was public.
    for (const [iso3, daysAgo, archivedShown] of [
      ['nor', 1, false],
      ['nor', 0, false],
      ['mex', 100, true],
      ['mex', 1, false],
      ['mex', 0, false],
    ] as const) {
      for (const prefix of localePrefixes) {
        const path = `${prefix}/countries/${iso3}/as-of/${day(daysAgo)}`;
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        expect(html, path).toContain('data-table="as-of-commitments"');
        // The draft commitment, the narratives of claims never verified, and the reason a report was returned.
        for (const secret of ['NOR-2022-02', 'Demo report.', DEMO_RETURN_REASON])
          expect(html.includes(secret), `${path}: ${secret}`).toBe(false);
        expect(html.includes('MEX-2022-02'), `${path}: the archived commitment`).toBe(archivedShown);
        // NOR-2022-01 has only a draft report and MEX-2022-01 only a submitted one: neither claim shows as
        // a status; the row says no status has been verified.
        const unverified = iso3 === 'nor' ? 'NOR-2022-01' : 'MEX-2022-01';
        const row = new RegExp(`<tr[^>]*data-ref="${unverified}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
        expect(row, `${path}: ${unverified}`).toContain('data-status="no_information"');
      }
    }
  });
});

test.describe('accessibility', () => {
  for (const path of [
    '/countries?sort=score&dir=desc',
    '/countries?region=Europe&standing=member&q=a',
    '/compare?countries=nor,mex,can',
    '/compare?countries=nor,xyz',
    '/embed/countries/nor',
  ]) {
    for (const prefix of localePrefixes) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${prefix}${path}`, async ({ page }) => {
        await page.goto(`${prefix}${path}`);
        await expectNoAxeViolations(page);
      });
    }
  }
});

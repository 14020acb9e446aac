import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { descriptorProblems, openPackage, packageFileProblems } from '@/test/data-package-check';
import { expect, test } from './support/own-server';
import { visit } from './support/navigation';

/**
 * A researcher's journey in a real browser: the dataset found on /data by its schema.org JSON-LD,
 * the zip downloaded, opened and validated as the bulk download's own test does, the sitemap and
 * robots read. Then the secretariat verifies Estonia's pending report, and the scorecard cited as of
 * yesterday still reads as it did, while today's and the live one show the verification, and the
 * API as of yesterday agrees with yesterday's page.
 *
 * The verification changes the demo data, which other specs count (commitments complete, reports
 * verified), so this spec runs on a server and database of its own (e2e/support/own-server.ts).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

type Distribution = { '@type': string; encodingFormat: string; contentUrl: string };

/** Each commitment's status on an as-of page, by reference, as the page's table shows it. */
async function asOfStatuses(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('table[data-table="as-of-commitments"] tbody tr');
  const entries: [string, string][] = [];
  for (const row of await rows.all())
    entries.push([
      (await row.getAttribute('data-ref'))!,
      (await row.locator('[data-status]').first().getAttribute('data-status'))!,
    ]);
  return Object.fromEntries(entries);
}

test('a researcher takes the data, and cites a scorecard as of a day before a verification made in the browser', async ({
  page,
  request,
  secretariat,
  server: origin,
}) => {
  await test.step('/data describes the dataset, and its distributions resolve', async () => {
    await page.goto('/data');
    const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      '@context': string;
      '@type': string;
      license: string;
      distribution: Distribution[];
    };
    expect(dataset).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset' });
    expect(dataset.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/?$/);
    const urls = dataset.distribution.map((distribution) => distribution.contentUrl);
    expect(urls).toEqual(expect.arrayContaining([`${origin}/api/v1/bulk.zip`, `${origin}/api/v1/openapi.json`]));
    for (const distribution of dataset.distribution) {
      const response = await request.get(distribution.contentUrl);
      expect(response.status(), distribution.contentUrl).toBe(200);
      // The media type served is the one declared, or (for a "+json" type) JSON itself.
      const served = response.headers()['content-type']!.split(';')[0];
      const declared = distribution.encodingFormat;
      expect([declared, declared.endsWith('+json') ? 'application/json' : declared], distribution.contentUrl).toContain(
        served,
      );
    }
  });

  await test.step('the zip, downloaded through the page, is a valid data package with the API’s rows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'All the data, zipped (bulk.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^engagement-tracker-\d{4}-\d{2}-\d{2}\.zip$/);
    const { files, descriptor } = openPackage(new Uint8Array(readFileSync(await download.path())));
    expect(descriptorProblems(descriptor)).toEqual([]);
    const { problems, rowsOf } = packageFileProblems(descriptor, files);
    expect(problems).toEqual([]);
    const api = (await (await request.get('/api/v1/commitments?limit=1000')).json()) as { data: { ref: string }[] };
    expect(rowsOf.get('commitments')!.map((row) => row.ref)).toEqual(api.data.map((row) => row.ref));
  });

  await test.step('robots names the sitemap, which lists every language of the public pages', async () => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots.split('\n').map((line) => line.trim())).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const sitemap = await request.get(`${origin}/sitemap.xml`);
    expect(sitemap.headers()['content-type']).toMatch(/xml/);
    const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    for (const pathname of ['/data', '/countries/est', '/commitments/est-2018-01'])
      for (const prefix of ['', '/fr', '/es']) expect(locs).toContain(`${origin}${prefix}${pathname}`);
    expect(locs.every((loc) => loc.startsWith(`${origin}/`))).toBe(true);
    for (const loc of [`${origin}/countries/est`, `${origin}/fr/commitments/est-2018-01`])
      expect((await request.get(loc)).status(), loc).toBe(200);
  });

  const yesterday = dayOf(Date.now() - DAY_MS);
  const today = dayOf(Date.now());
  let ref = '';

  await test.step('before the verification: yesterday’s scorecard, read and cached', async () => {
    await visit(secretariat, '/workspace/review');
    const review = secretariat.getByRole('link', { name: /^Review the report on EST-/ });
    await expect(review).toHaveCount(1);
    ref = /EST-\d{4}-\d{2}/.exec((await review.textContent())!)![0];
    await page.goto(`/countries/est/as-of/${yesterday}`);
    expect((await asOfStatuses(page))[ref]).toBe('substantial');
    await expect(page.locator(`table[data-table="changes"] tr[data-ref="${ref}"]`)).toHaveCount(0);
  });

  await test.step('the secretariat verifies Estonia’s report as complete', async () => {
    await secretariat.getByRole('link', { name: `Review the report on ${ref}` }).click();
    await secretariat.getByLabel('Assessed status').selectOption('complete');
    await secretariat.getByLabel('Public note').fill('The evidence shows the commitment carried out in full.');
    await secretariat.getByRole('button', { name: 'Verify and publish the status' }).click();
    await expect(secretariat.getByText(`Report on ${ref} verified; the public status is updated.`)).toBeVisible();
  });

  await test.step('the live scorecard and today’s record show it; yesterday’s still reads as it did', async () => {
    await page.goto('/countries/est');
    await expect(page.locator(`[data-commitment="${ref}"] [data-status]`).first()).toHaveAttribute(
      'data-status',
      'complete',
    );
    await page.goto(`/countries/est/as-of/${today}`);
    expect((await asOfStatuses(page))[ref]).toBe('complete');

    await page.goto(`/countries/est/as-of/${yesterday}`);
    const then = await asOfStatuses(page);
    expect(then[ref]).toBe('substantial');
    const change = page.locator(`table[data-table="changes"] tr[data-ref="${ref}"]`);
    await expect(change).toHaveAttribute('data-change', 'status');
    await expect(change.getByRole('cell')).toHaveText(['Status changed', 'Substantial', 'Complete']);

    // The API as of yesterday agrees with yesterday's page, commitment by commitment.
    const response = await request.get(`/api/v1/countries/est?as_of=${yesterday}`);
    expect(response.status()).toBe(200);
    const { data } = (await response.json()) as {
      data: {
        as_of: string;
        score: number | null;
        url: string;
        commitments: { ref: string; status: string }[];
        changes_since: { ref: string; change: string; status_then: string | null; status_now: string | null }[];
      };
    };
    expect(data.as_of).toBe(yesterday);
    expect(Object.fromEntries(data.commitments.map((commitment) => [commitment.ref, commitment.status]))).toEqual(then);
    expect(data.changes_since).toContainEqual({
      ref,
      title: expect.any(String),
      change: 'status',
      status_then: 'substantial',
      status_now: 'complete',
    });
    expect(data.url).toBe(`${origin}/countries/est/as-of/${yesterday}`);
    await expect(page.locator('[data-figure="score"]')).toHaveText(
      data.score === null ? 'No score' : `${Math.round(data.score * 100)}%`,
    );
    await expect(page.locator('[data-citation]')).toContainText(data.url);
  });
});

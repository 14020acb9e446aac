import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { localisedPath, PUBLIC_PAGES } from './support/public-pages';

/**
 * The scorecard and the pages around it (overview, commitment, standards, methodology) as a reader sees
 * them, and axe on every public page.
 */

const DEMO_FRAMEWORK = 'Demo framework: open government (invented)';

test('scorecard: trend, progress per standard by framework, both voices, score over rounds, downloads', async ({
  page,
}) => {
  await page.goto('/countries/can');
  await expect(page.locator('[data-figure="trend"]')).toContainText('Up');
  await expect(page.locator('[data-figure="trend"]')).toContainText('from 44% to 83%');
  // One heading and table per framework, the Civil Society Standards first, the demo one marked.
  const standards = page.getByRole('region', { name: 'Progress per standard' });
  await expect(standards.getByRole('heading', { level: 3 })).toHaveText([
    'Civil Society Standards',
    `${DEMO_FRAMEWORK} Demo`,
  ]);
  await expect(
    page.getByRole('table', { name: 'Progress of Canada per standard of Civil Society Standards' }).locator('tbody tr'),
  ).toHaveCount(5);
  const demo = page.getByRole('table', { name: `Progress of Canada per standard of ${DEMO_FRAMEWORK}` });
  await expect(demo.locator('tbody tr')).toHaveCount(4);
  // Canada's commitment under the retired DEMO-4 keeps it, marked as retired.
  await expect(demo.locator('tr[data-standard="DEMO-4"]')).toContainText('Retired on');
  await expect(demo.locator('tr[data-standard="DEMO-4"] td').first()).toHaveText('1');
  const history = page.getByRole('table', { name: 'Score of Canada at the end of each reporting round' });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').nth(1)).toContainText('83%');

  await page.goto('/countries/nor');
  const row = page.getByRole('row', { name: /NOR-2018-02/ });
  await expect(row).toContainText('Substantial');
  await expect(row).toContainText('Complete');
  await expect(row).toContainText('Differs from the verified status');
  await expect(page.getByRole('row', { name: /NOR-2018-01/ })).not.toContainText('Differs');
  await expect(page.getByRole('link', { name: 'Commitments as CSV' })).toHaveAttribute(
    'href',
    '/api/v1/countries/nor.csv',
  );
});

test('overview: map with legend and table, progress by standard, latest updates', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Member states by score' })).toBeVisible();
  await expect(page.getByText('Former member', { exact: true }).first()).toBeVisible();
  await page.getByText("Show the map's data as a table").click();
  const mapTable = page.getByRole('table', { name: 'States on the map, with standing and score' });
  await expect(mapTable.getByRole('row', { name: /Canada/ })).toContainText('83%');
  await expect(mapTable.getByRole('row', { name: /Mali/ })).toContainText('Suspended');
  await expect(
    page.getByRole('table', { name: /per standard of Civil Society Standards, all states/ }).locator('tbody tr'),
  ).toHaveCount(5);
  await expect(page.getByRole('table', { name: /per standard of Demo framework/ }).locator('tbody tr')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Latest verified updates' })).toBeVisible();
});

test('commitment page: public history with both voices; drafts are not found', async ({ page }) => {
  await page.goto('/commitments/nor-2018-02');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Review the registration procedure for associations',
  );
  await expect(page.locator('[data-report]')).toHaveCount(2);
  await expect(page.locator('[data-report]').first()).toContainText('Differs from the state');
  const draft = await page.goto('/commitments/nor-2022-02');
  expect(draft?.status()).toBe(404);
  const unknown = await page.goto('/standards/css-99');
  expect(unknown?.status()).toBe(404);
});

test('standards matrix and one standard', async ({ page }) => {
  await page.goto('/standards');
  const matrix = page.getByRole('table', { name: 'Score of each state on each standard of Civil Society Standards' });
  await expect(matrix.getByRole('row', { name: /Norway/ })).toContainText('1 commitment');
  await page.goto('/standards/css-3');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSS-3');
  await expect(page.locator('main header [data-framework="CSS"]')).toHaveText('Framework: Civil Society Standards');
});

test.describe('choosing the framework on /standards', () => {
  // A plain link with the framework in the address: it works without scripts and can be shared.
  test.use({ javaScriptEnabled: false });

  test('the Civil Society Standards by default; the demo framework, marked, with its retired standard', async ({
    page,
  }) => {
    await page.goto('/standards');
    const choice = page.getByRole('navigation', { name: 'Framework' });
    await expect(choice.getByRole('link', { name: 'Civil Society Standards' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('tr[data-standard]')).toHaveCount(5);

    await choice.getByRole('link', { name: /^Demo framework/ }).click();
    await expect(page).toHaveURL(/\/standards\?framework=demo$/);
    await expect(page.getByRole('heading', { level: 2, name: /^Demo framework/ })).toHaveText(`${DEMO_FRAMEWORK} Demo`);
    const progress = page.getByRole('table', {
      name: `Published commitments and score per standard of ${DEMO_FRAMEWORK}, all states`,
    });
    await expect(progress.locator('tr[data-standard]')).toHaveCount(4);
    await expect(progress.locator('tr[data-standard="DEMO-4"]')).toContainText('Retired on');
    await expect(progress.locator('tr[data-standard="CSS-1"]')).toHaveCount(0);
    const matrix = page.getByRole('table', { name: `Score of each state on each standard of ${DEMO_FRAMEWORK}` });
    await expect(matrix.getByRole('columnheader', { name: 'DEMO-2' })).toBeVisible();
    await expect(matrix.getByRole('columnheader', { name: 'CSS-1' })).toHaveCount(0);

    // A standard's page names its framework, linked back to that choice.
    await progress.getByRole('link', { name: /DEMO-4/ }).click();
    await expect(page.locator('main header [data-retired]')).toContainText('Retired on');
    await page.locator('main header [data-framework="DEMO"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/standards\?framework=demo$/);

    // In French, the demo framework's own name and marker.
    await page.goto('/fr/standards?framework=demo');
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Cadre de démonstration');
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Démo');
  });
});

test('public pages set no cookie, so that a shared cache may keep them', async ({ request }) => {
  // Every page in every language, and the default language's redirect from its prefixed address.
  const paths = [
    ...localePrefixes.flatMap((prefix) => PUBLIC_PAGES.map((path) => localisedPath(prefix, path))),
    '/en/countries/nor',
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
});

test('methodology shows the weights from the scoring module', async ({ page }) => {
  await page.goto('/methodology');
  const table = page.getByRole('table', { name: 'Statuses and their weight in the score' });
  await expect(table.locator('[data-status-row="limited"]')).toContainText('0.33');
  await expect(table.locator('[data-status-row="withdrawn"]')).toContainText('Left out');
  await expect(table.locator('[data-status-row="no_information"]')).toContainText('0');
});

for (const prefix of localePrefixes) {
  for (const path of PUBLIC_PAGES) {
    test(`axe: no WCAG 2.2 A/AA violation on ${prefix}${path}`, async ({ page }) => {
      await page.goto(localisedPath(prefix, path));
      await expectNoAxeViolations(page);
    });
  }
}

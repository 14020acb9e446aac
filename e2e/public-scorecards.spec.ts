import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { localisedPath, PUBLIC_PAGES } from './support/public-pages';

/**
 * The scorecard and the pages around it (overview, commitment, standards, methodology) as a reader sees
 * them, and axe on every public page.
 */

test('scorecard: trend, progress per standard, both voices, score over rounds, downloads', async ({ page }) => {
  await page.goto('/countries/can');
  await expect(page.locator('[data-figure="trend"]')).toContainText('Up');
  await expect(page.locator('[data-figure="trend"]')).toContainText('from 44% to 83%');
  await expect(
    page.getByRole('table', { name: 'Progress of Canada per Civil Society Standard' }).locator('tbody tr'),
  ).toHaveCount(5);
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
    page.getByRole('table', { name: /per Civil Society Standard, all states/ }).locator('tbody tr'),
  ).toHaveCount(5);
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
  const matrix = page.getByRole('table', { name: 'Score of each state on each standard' });
  await expect(matrix.getByRole('row', { name: /Norway/ })).toContainText('1 commitment');
  await page.goto('/standards/css-3');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSS-3');
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

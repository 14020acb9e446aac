import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';

/**
 * The three public pages of the foundation, against the seeded demo data set: what a reader sees in
 * English, French and Spanish, the 404 for unknown codes, and no WCAG 2.2 A/AA violation found by axe
 * in any of the site's languages.
 */

function figure(page: Page, label: string | RegExp) {
  // Each headline figure is a <dt> label with its <dd> value inside one group.
  return page
    .locator('dl > div')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) })
    .getByRole('definition');
}

test.describe('overview', () => {
  test('shows the headline figures from the seeded data', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How member states are implementing the Civil Society Standards',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(figure(page, 'Member states')).toHaveText('30');
    await expect(figure(page, 'Suspended')).toHaveText('1');
    await expect(figure(page, 'Former members')).toHaveText('3');
    // 29 commitments are published in the demo data set; drafts and archived ones are not counted.
    await expect(figure(page, 'Published commitments')).toHaveText('29');
    await expect(figure(page, 'Overall score')).toHaveText(/^\d{1,3}%$/);
    const table = page.getByRole('table', { name: 'Published commitments by verified status' });
    await expect(table.getByRole('row', { name: /Complete/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Total/ })).toContainText('29');
  });

  test('reads in French under /fr', async ({ page }) => {
    await page.goto('/fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Comment les États membres mettent en œuvre les Normes relatives à la société civile',
    );
    await expect(figure(page, 'États membres')).toHaveText('30');
    await expect(figure(page, 'Anciens membres')).toHaveText('3');
  });
});

test.describe('countries', () => {
  test('lists every state with its standing and number of commitments', async ({ page }) => {
    await page.goto('/countries');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countries');
    const table = page.getByRole('table', { name: /34 states/ });
    await expect(table.locator('tbody tr')).toHaveCount(34);

    const norway = table.getByRole('row', { name: /Norway/ });
    await expect(norway.getByRole('cell').nth(1)).toHaveText('Member');
    // Four of Norway's five commitments are published (one is a draft).
    await expect(norway.getByRole('cell').nth(2)).toHaveText('4');
    await expect(norway).toContainText('Substantial: 1');

    await expect(
      table
        .getByRole('row', { name: /Mexico/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Member');
    const moldova = table.getByRole('row', { name: /Moldova/ });
    await expect(moldova.getByRole('cell').nth(1)).toHaveText('Member');
    await expect(moldova).toContainText('None published');

    await expect(table.getByRole('row', { name: /Mali/ }).getByRole('cell').nth(1)).toHaveText('Suspended');
    await expect(
      table
        .getByRole('row', { name: /South Africa/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Former member');

    await table.getByRole('link', { name: 'Norway' }).click();
    await expect(page).toHaveURL(/\/countries\/nor$/);
  });

  test('uses French names, standings and order under /fr', async ({ page }) => {
    await page.goto('/fr/countries');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pays');
    const table = page.getByRole('table', { name: /34 États/ });
    await expect(
      table
        .getByRole('row', { name: /Norvège/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Membre');
    await expect(
      table
        .getByRole('row', { name: /Afrique du Sud/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Ancien membre');
    // Sorted as a French reader expects: "États-Unis" sits among the E's, before Finlande.
    const names = await table.locator('tbody th').allTextContents();
    expect(names.indexOf('États-Unis')).toBeGreaterThan(names.indexOf('Estonie'));
    expect(names.indexOf('États-Unis')).toBeLessThan(names.indexOf('Finlande'));
  });

  test('reads in Spanish under /es', async ({ page }) => {
    await page.goto('/es/countries');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Países');
    const table = page.getByRole('table', { name: /34 Estados/ });
    await expect(
      table
        .getByRole('row', { name: /Noruega/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Miembro');
    await expect(
      table
        .getByRole('row', { name: /Sudáfrica/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('Antiguo miembro');
    await expect(table.getByRole('row', { name: /Mali/ }).getByRole('cell').nth(1)).toHaveText('Suspendido');
  });
});

test.describe('country page', () => {
  test('Norway: standing, membership and commitments with status', async ({ page }) => {
    await page.goto('/countries/nor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
    await expect(page.getByRole('main')).toContainText('Member');
    await expect(page.getByRole('heading', { name: 'Membership of the Governing Council' })).toBeVisible();
    const commitments = page.getByRole('table', { name: 'Published commitments of Norway and their verified status' });
    await expect(commitments.locator('tbody tr')).toHaveCount(4);
    await expect(commitments.getByRole('row', { name: /NOR-2018-02/ })).toContainText('Substantial');
    await expect(commitments.getByRole('row', { name: /NOR-2022-03/ })).toContainText('Not started');
    // The draft commitment is not public.
    await expect(page.getByText('NOR-2022-02')).toHaveCount(0);
  });

  test('Moldova: joined in July 2023, no commitments yet', async ({ page }) => {
    await page.goto('/countries/mda');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moldova');
    const history = page.getByRole('list').filter({ hasText: 'Joined' });
    await expect(history).toContainText('July 2023');
    await expect(page.getByText('No commitments have been published yet.')).toBeVisible();
  });

  test('Mali: shown as suspended, with a history that never invents a date', async ({ page }) => {
    await page.goto('/countries/mli');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali');
    await expect(page.locator('header [data-standing]')).toHaveText('Suspended');
    const items = page.locator('[data-event]');
    await expect(items).toHaveCount(4);
    await expect(items.nth(0)).toContainText('Date not known');
    await expect(page.locator('main')).not.toContainText('seed');
    await expect(items.nth(1)).toContainText('2012');
    await expect(items.nth(2)).toContainText('25 September 2014');
    await expect(items.nth(2)).toContainText('Reinstated');
    await expect(items.nth(3)).toContainText('June 2021');
  });

  test('reads in French under /fr', async ({ page }) => {
    await page.goto('/fr/countries/mex');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mexique');
    await expect(page.locator('header [data-standing]')).toHaveText('Membre');
    await expect(page.getByRole('table', { name: /Mexique\s: engagements publiés/ })).toContainText('Achevé');
    await page.goto('/fr/countries/mli');
    await expect(page.locator('[data-event]').nth(2)).toContainText('25 septembre 2014');
  });

  test('an upper-case code redirects to the lower-case address', async ({ page }) => {
    const response = await page.goto('/countries/NOR');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/countries\/nor$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  });
});

test.describe('not found', () => {
  for (const path of ['/countries/xyz', '/countries/norway', '/no-such-page']) {
    test(`${path} answers 404 with the 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'See the list of countries' })).toBeVisible();
    });
  }

  test('the French 404 page is in French', async ({ page }) => {
    const response = await page.goto('/fr/countries/xyz');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});

test.describe('accessibility', () => {
  for (const prefix of localePrefixes) {
    for (const path of ['/', '/countries', '/countries/nor', '/countries/mli', '/countries/xyz']) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${prefix}${path}`, async ({ page }) => {
        await page.goto(`${prefix}${path === '/' && prefix ? '' : path}`);
        await expectNoAxeViolations(page);
      });
    }
  }
});

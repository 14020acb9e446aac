import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { visit } from './support/navigation';

/**
 * The language links keep the page and its query string, and never lose typed input without asking:
 * from a report form opened for a commitment (with and without JavaScript), from a comparison, from a
 * sorted list. Texts entered in English keep their language on a page in another one.
 */

const languages = (page: Page) => page.getByRole('navigation', { name: /^(Language|Langue|Idioma)$/ });

/** The report form of one of Norway's published commitments, opened as the country page opens it. */
async function openReportForm(focal: Page): Promise<string> {
  await visit(focal, '/workspace/country');
  const href = (await focal
    .getByRole('link', { name: /^Report on NOR-/ })
    .first()
    .getAttribute('href'))!;
  expect(href).toMatch(/^\/workspace\/reports\/new\?commitment=\d+$/);
  await visit(focal, href);
  await expect(focal.getByRole('heading', { level: 1 })).toContainText('Report progress:');
  return href;
}

test('from a report form: the links keep its query; switching with typed input asks first, and cancelling keeps it', async ({
  focalPoint: focal,
}) => {
  const href = await openReportForm(focal);
  const query = href.slice(href.indexOf('?'));
  await expect(languages(focal).getByRole('link', { name: 'Français' })).toHaveAttribute(
    'href',
    `/fr/workspace/reports/new${query}`,
  );
  await expect(languages(focal).getByRole('link', { name: 'Español' })).toHaveAttribute(
    'href',
    `/es/workspace/reports/new${query}`,
  );

  const narrative = focal.getByLabel('What has been done');
  await narrative.fill('Half of what we did, not saved yet.');
  const asked: string[] = [];
  focal.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await languages(focal).getByRole('link', { name: 'Français' }).click();
  expect(asked).toEqual(['This page has changes that are not saved. Switch language and lose them?']);
  await expect(focal).toHaveURL(new RegExp(`/workspace/reports/new\\${query}$`));
  await expect(narrative).toHaveValue('Half of what we did, not saved yet.');

  focal.once('dialog', (dialog) => void dialog.accept());
  await languages(focal).getByRole('link', { name: 'Français' }).click();
  await expect(focal).toHaveURL(new RegExp(`/fr/workspace/reports/new\\${query}$`));
  await expect(focal.getByRole('heading', { level: 1 })).toContainText('Rendre compte des progrès :');
  await expect(focal.getByLabel('Ce qui a été fait')).toBeVisible();
  // The commitment's title, entered in English, is marked so on the French page; the words around it are not.
  await expect(focal.getByRole('heading', { level: 1 }).locator('[lang="en"]')).not.toBeEmpty();

  // Nothing typed: the link is followed at once, with nobody asked.
  let askedAgain = false;
  focal.once('dialog', (dialog) => {
    askedAgain = true;
    void dialog.dismiss();
  });
  await languages(focal).getByRole('link', { name: 'English' }).click();
  await expect(focal).toHaveURL(new RegExp(`localhost:\\d+/workspace/reports/new\\${query}$`));
  await expect(focal.getByLabel('What has been done')).toHaveValue('');
  expect(askedAgain).toBe(false);
});

test('a refused submission counts as unsaved: its input is only on the page', async ({ focalPoint: focal }) => {
  await openReportForm(focal);
  await focal.getByLabel('Label of link 1').fill('The register');
  await focal.getByLabel('Address of link 1').fill('javascript:alert(1)');
  await focal.getByRole('button', { name: 'Save draft' }).click();
  await expect(focal.getByLabel('Address of link 1')).toHaveAttribute('aria-invalid', 'true');
  const asked: string[] = [];
  focal.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await languages(focal).getByRole('link', { name: 'Español' }).click();
  expect(asked).toEqual(['confirm']);
  await expect(focal.getByLabel('Label of link 1')).toHaveValue('The register');
});

test('without JavaScript the links are plain links to the same page in each language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/countries/nor');
  await languages(page).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/countries\/nor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Noruega' })).toBeVisible();
  await context.close();
});

test('from a comparison and from a sorted list, the states and the sort are kept', async ({ page }) => {
  await visit(page, '/compare?countries=nor,mex');
  // The comparison's form is a GET form: its state is in the address, so nothing is asked.
  await languages(page).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/compare\?countries=nor(,|%2C)mex$/);
  await expect(page.getByRole('table', { name: /Norvège, Mexique/ })).toBeVisible();

  await visit(page, '/fr/countries?sort=score&dir=desc');
  const english = languages(page).getByRole('link', { name: 'English' });
  // next-intl prefixes the default locale on a link from another one; the proxy then drops the prefix.
  await expect(english).toHaveAttribute('href', /^(\/en)?\/countries\?sort=score&dir=desc$/);
  await english.click();
  await expect(page).toHaveURL(/localhost:\d+\/countries\?sort=score&dir=desc$/);
});

test('on a page in another language, a commitment written in English is marked as English', async ({ page }) => {
  await page.goto('/fr/countries/nor');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const titles = page.locator('tbody th [lang="en"]');
  await expect(titles.first()).not.toBeEmpty();
  const title = (await titles.first().textContent())!;
  await titles.first().locator('xpath=ancestor::tr//a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
});

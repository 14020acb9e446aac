import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/own-server';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';

/**
 * Admins keep the frameworks and standards in the workspace: the pages pass axe in every language,
 * with a refused form showing; a new framework gets standards, which are reordered and retired, and a
 * retired one is no longer offered for new commitments; a standard's French title, edited here, is
 * what the French public pages show. Other specs read those titles and count those standards, so this
 * spec runs on a server and database of its own (e2e/support/own-server.ts).
 */

test.describe.configure({ mode: 'serial' });

const LIST = '/workspace/reference/frameworks';
const CSS = `${LIST}/CSS`;
const standardPage = (code: string) => `${CSS}/standards/${code}`;

/** The submit button of the form in the page section headed `headingId`. */
const submitIn = (page: Page, headingId: string) =>
  page.locator(`section[aria-labelledby="${headingId}"] form button[type="submit"]`);

test('the frameworks pages pass axe in every language, their forms with errors showing', async ({ admin: page }) => {
  for (const prefix of localePrefixes) {
    for (const where of [LIST, CSS, standardPage('CSS-1')]) {
      await page.goto(`${prefix}${where}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }

    // A standard's texts without their English title: refused, the error beside the field.
    await visit(page, `${prefix}${standardPage('CSS-1')}`);
    await page.locator('input[name="title_en"]').fill('');
    await submitIn(page, 'texts-heading').click();
    await expect(page.locator('#standard-title_en-error')).toBeVisible();
    await expect(page.locator('input[name="title_en"]')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, `${prefix}${standardPage('CSS-1')} refused`);

    // A new framework with a bad code, no name, a date that is no date and a link that is not http(s).
    await visit(page, `${prefix}${LIST}`);
    await page.locator('input[name="frameworkCode"]').fill('not a code');
    await page.locator('input[name="adoptedOn"]').fill('March 2016');
    await page.locator('input[name="sourceUrl"]').fill('ftp://example.org/text.pdf');
    await submitIn(page, 'new-framework-heading').click();
    for (const field of ['frameworkCode', 'name_en', 'adoptedOn', 'sourceUrl'])
      await expect(page.locator(`#field-${field}-error`)).toBeVisible();
    // What was typed is still there.
    await expect(page.locator('input[name="sourceUrl"]')).toHaveValue('ftp://example.org/text.pdf');
    await expectNoAxeViolations(page, `${prefix}${LIST} refused`);
  }
});

test('a new framework gets standards, reordered and retired; a retired one is not offered for new commitments', async ({
  admin: page,
}) => {
  const code = `T${Date.now().toString(36).toUpperCase()}`;
  await visit(page, LIST);
  const form = page.locator('section[aria-labelledby="new-framework-heading"] form');
  await form.getByLabel('Code').fill(code.toLowerCase());
  await form.getByRole('group', { name: 'English (required)' }).getByLabel('Name').fill('Warsaw Declaration');
  await form.getByText('Other languages').click();
  await form.getByRole('group', { name: 'French (optional)' }).getByLabel('Name').fill('Déclaration de Varsovie');
  await expect(form.locator('input[name="name_fr"]')).toHaveAttribute('lang', 'fr');
  await expect(form.locator('input[name="name_ar"]')).toHaveAttribute('dir', 'rtl');
  await form.getByLabel('Adopted on').fill('2000-06');
  await form.getByLabel('Source').fill('https://community-democracies.org/warsaw');
  await form.getByRole('button', { name: 'Create framework' }).click();
  await page.waitForURL(new RegExp(`${LIST}/${code}\\?saved=created$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Warsaw Declaration');
  await expect(page.getByText('The framework is created.')).toBeVisible();

  const add = page.locator('section[aria-labelledby="add-standard-heading"] form');
  for (const [n, title] of [
    [1, 'Free and fair elections'],
    [2, 'Freedom of expression'],
  ] as const) {
    await add.getByLabel('Code').fill(`${code}-${n}`);
    await add.getByRole('group', { name: 'English (required)' }).getByLabel('Title').fill(title);
    await add.getByRole('button', { name: 'Add standard' }).click();
    await expect(page.getByText(`${code}-${n} is added at the end of the list.`)).toBeVisible();
    await expect(page.locator(`tr[data-standard="${code}-${n}"]`)).toBeVisible();
  }
  // The same code again is refused on its field, with what was typed kept.
  await add.getByLabel('Code').fill(`${code}-1`);
  await add.getByRole('group', { name: 'English (required)' }).getByLabel('Title').fill('Once more');
  await add.getByRole('button', { name: 'Add standard' }).click();
  await expect(add.getByText('A standard already has this code').first()).toBeVisible();
  await expect(add.getByLabel('Code')).toHaveValue(`${code}-1`);

  const order = () => page.locator('tr[data-standard]').evaluateAll((rows) => rows.map((row) => row.dataset.standard));
  await page.getByRole('button', { name: `Move up ${code}-2` }).click();
  await expect.poll(order).toEqual([`${code}-2`, `${code}-1`]);

  // A commitment linked to the first standard before it is retired.
  await visit(page, '/workspace/commitments/new');
  await page.getByLabel('Member state').selectOption({ label: 'Mexico' });
  await page.getByLabel('Title', { exact: true }).fill(`Linked to ${code}-1`);
  await page.getByLabel(new RegExp(`^${code}-1\\b`)).check();
  await page.getByRole('button', { name: 'Create commitment' }).click();
  await page.waitForURL(/saved=created/);
  const commitment = new URL(page.url()).pathname;

  await visit(page, `${LIST}/${code}`);
  await page.getByRole('button', { name: `Retire ${code}-1` }).click();
  await expect(page.locator(`tr[data-standard="${code}-1"] [data-retired]`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Bring back into use ${code}-1` })).toBeVisible();

  await visit(page, '/workspace/commitments/new');
  await expect(page.getByLabel(new RegExp(`^${code}-2\\b`))).toBeVisible();
  await expect(page.getByLabel(/^CSS-1\b/)).toBeVisible();
  await expect(page.getByLabel(new RegExp(`^${code}-1\\b`))).toHaveCount(0);

  // The commitment keeps it: offered, checked and marked retired on its edit form, kept on saving.
  await visit(page, `${commitment}/edit`);
  const kept = page.getByLabel(new RegExp(`^${code}-1\\b`));
  await expect(kept).toBeChecked();
  await expect(page.locator(`label[for="${await kept.getAttribute('id')}"]`)).toContainText('(retired)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(/saved=updated/);
  await expect(page.getByText(`${code}-1`).first()).toBeVisible();
  await expect(page.getByText('(retired)')).toBeVisible();
});

test('an admin edits a standard’s French title; a second admin’s stale save is told what changed; /fr/standards shows it', async ({
  admin: page,
}) => {
  const title = `Agir de concert là où la société civile est menacée (${Date.now()})`;
  await visit(page, standardPage('CSS-5'));
  const stale = await page.context().newPage();
  await visit(stale, standardPage('CSS-5'));

  const french = page.getByRole('group', { name: 'French (optional)' });
  await expect(french.getByLabel('Title')).toHaveAttribute('lang', 'fr');
  await french.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save texts' }).click();
  await expect(page.getByText('The texts are saved.')).toBeVisible();

  // The other tab still holds the version before: its save is refused, naming the French title.
  const russian = 'Действовать сообща, когда гражданскому обществу угрожает опасность';
  await stale.getByRole('group', { name: 'Russian (optional)' }).getByLabel('Title').fill(russian);
  await stale.getByRole('button', { name: 'Save texts' }).click();
  await expect(stale.getByText('Someone else saved this standard after you opened it.').first()).toBeVisible();
  await expect(stale.getByText(`Someone else changed this to: ${title}`).first()).toBeVisible();
  await expect(stale.locator('input[name="title_ru"]')).toHaveValue(russian);
  await expect(stale.locator('input[name="title_fr"]')).toHaveValue(title);
  await expectNoAxeViolations(stale, 'a stale save refused');
  await stale.close();

  // Stored: the page reads the texts back from the database, in French on the French workspace.
  await visit(page, standardPage('CSS-5'));
  await expect(page.locator('input[name="title_fr"]')).toHaveValue(title);
  await page.goto(`/fr${CSS}`);
  await expect(page.locator('tr[data-standard="CSS-5"]')).toContainText(title);

  await page.goto('/fr/standards');
  await expect(page.getByText(title).first()).toBeVisible();
});

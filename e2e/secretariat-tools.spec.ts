import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demoSecretariat } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';
import { expect, test } from './support/own-server';
import { freshCode } from './support/two-factor';

/**
 * The tools a new secretariat member reaches for first: a CSV import that cannot import a file twice,
 * reads files separated by semicolons and hands back the rows to correct; actions that are hard to undo
 * asking first; evidence links that keep focus where the person is; a footer that knows they are signed
 * in; an audit log in words; recovery codes to copy and keep. The import and the archiving change what
 * other specs count, so this spec runs on a server and database of its own.
 */

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const FILE = [
  'ref,country,title,made_on,standards,status,publication',
  'NOR-2011-77,NOR,Publish the register of associations,2011-03-01,CSS-1,limited,published',
  ',NOR,Consult civil society on every bill,2011-04-01,CSS-2;CSS-3,not_started,published',
].join('\r\n');

/** The imported commitments' workspace addresses, for the later tests. */
const imported: string[] = [];

async function upload(page: Page, name: string, text: string) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Check the file (nothing is written)' }).click();
}

test('a file imported twice is imported once; a semicolon file is read and its problem rows come back', async ({
  secretariat,
}) => {
  await visit(secretariat, '/workspace/import');
  await test.step('the first upload imports both rows and links them', async () => {
    await upload(secretariat, 'norway.csv', FILE);
    await expect(secretariat.getByText('2 rows: 2 valid, 0 with problems.')).toBeVisible();
    await secretariat.getByRole('button', { name: 'Import all 2 rows' }).click();
    await expect(secretariat.getByText('2 commitments imported.')).toBeVisible();
    const created = secretariat.getByRole('region', { name: 'The 2 new commitments' });
    await expect(created.getByRole('link')).toHaveText(['NOR-2011-77', /^NOR-2011-\d+$/]);
    for (const link of await created.getByRole('link').all()) imported.push((await link.getAttribute('href'))!);
    expect(imported).toHaveLength(2);
    await expectNoAxeViolations(secretariat, 'import done');
  });
  await test.step('the same file again: both rows are already there, and nothing can be imported', async () => {
    await upload(secretariat, 'norway.csv', FILE);
    await expect(secretariat.getByRole('heading', { name: 'Already there: 2 rows' })).toBeVisible();
    await expect(secretariat.getByText(/2 rows are already there and will not be imported again/)).toBeVisible();
    await expect(secretariat.getByRole('button', { name: /^Import/ })).toHaveCount(0);
    const existing = secretariat.getByRole('region', { name: 'Already there: 2 rows' });
    await expect(existing.getByRole('link')).toHaveText(['NOR-2011-77', /^NOR-2011-\d+$/]);
  });
  await test.step('a file separated by semicolons is read, and its problem rows are offered as a CSV', async () => {
    await upload(
      secretariat,
      'export-fr.csv',
      ['country;title;standards', 'NOR;Open the budget hearings;CSS-4', 'ZZZ;A state that is not;CSS-1'].join('\n'),
    );
    await expect(secretariat.getByText('2 rows: 1 valid, 1 with problems.')).toBeVisible();
    const download = secretariat.getByRole('link', { name: 'Download the rows with problems (CSV)' });
    await expect(download).toHaveAttribute('download', 'rows-to-correct.csv');
    const href = (await download.getAttribute('href'))!;
    expect(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(
      '\uFEFFcountry,title,standards,problem\r\nZZZ,A state that is not,CSS-1,country: This country is not known. (ZZZ)\r\n',
    );
    await expectNoAxeViolations(secretariat, 'import with problems');
  });
  await test.step('a file split by another character is refused by name', async () => {
    await upload(secretariat, 'piped.csv', 'country|title|standards\nNOR|Piped|CSS-1');
    await expect(secretariat.getByRole('cell', { name: /separated by “\|”/ })).toBeVisible();
  });
  for (const prefix of localePrefixes) {
    await visit(secretariat, `${prefix}/workspace/import`);
    await expectNoAxeViolations(secretariat, `${prefix}/workspace/import`);
  }
});

test('archiving asks first: Escape and Cancel keep it, focus back on the button; Yes archives', async ({
  secretariat,
}) => {
  await visit(secretariat, imported[0]!);
  const archive = secretariat.getByRole('button', { name: 'Archive' });
  const dialog = secretariat.getByRole('dialog');
  await archive.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Archive NOR-2011-77?');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(secretariat, 'archive dialog');
  await secretariat.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();
  await archive.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();
  await secretariat.reload();
  await expect(secretariat.getByRole('button', { name: 'Archive' })).toBeVisible();
  await expect(secretariat.getByRole('button', { name: 'Restore as draft' })).toHaveCount(0);

  await visit(secretariat, imported[0]!);
  await secretariat.getByRole('button', { name: 'Archive' }).click();
  await dialog.getByRole('button', { name: 'Yes, archive' }).click();
  await expect(secretariat.getByRole('button', { name: 'Restore as draft' })).toBeVisible();
  for (const prefix of localePrefixes) {
    await visit(secretariat, `${prefix}${imported[1]!}`);
    await expectNoAxeViolations(secretariat, `${prefix} commitment page`);
  }
});

test('adding a link moves focus to its first field; removing one moves it to the next, or to Add', async ({
  focalPoint,
}) => {
  const id = imported[1]!.split('/').at(-1);
  await visit(focalPoint, `/workspace/reports/new?commitment=${id}`);
  const add = focalPoint.getByRole('button', { name: 'Add a link' });
  const count = await focalPoint.getByRole('button', { name: /^Remove link \d+$/ }).count();
  await add.click();
  await expect(focalPoint.getByLabel(`Label of link ${count + 1}`)).toBeFocused();
  await focalPoint.getByLabel(`Label of link ${count + 1}`).fill('Second link');
  await add.click();
  await expect(focalPoint.getByLabel(`Label of link ${count + 2}`)).toBeFocused();
  // Removing a link in the middle: the next one (now at its place) has focus, with its own text.
  await focalPoint.getByRole('button', { name: `Remove link ${count + 1}` }).click();
  await expect(focalPoint.getByLabel(`Label of link ${count + 1}`)).toBeFocused();
  await expect(focalPoint.getByLabel(`Label of link ${count + 1}`)).toHaveValue('');
  // Removing the last: the Add button has focus.
  await focalPoint.getByRole('button', { name: `Remove link ${count + 1}` }).click();
  await expect(add).toBeFocused();
  await expect(focalPoint.getByText('Fields marked * are required.')).toBeVisible();
  await expect(focalPoint.getByLabel('Status you claim')).toHaveAttribute('aria-required', 'true');
  for (const prefix of localePrefixes) {
    await visit(focalPoint, `${prefix}/workspace/reports/new?commitment=${id}`);
    await expectNoAxeViolations(focalPoint, `${prefix} new report`);
  }
});

test('without JavaScript, archiving is a second step too, and the second press archives', async ({
  browser,
  server,
  secretariat,
}) => {
  // The secretariat's session, in a browser that runs no script (signing in itself needs one).
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server });
  await context.addCookies(await secretariat.context().cookies());
  const page = await context.newPage();
  await page.goto(imported[1]!);
  const fallback = page.locator('details[data-confirm="fallback"]');
  const yes = fallback.getByRole('button', { name: 'Yes, archive' });
  await expect(yes).toBeHidden();
  // One press opens the question; only the button inside it would send the form.
  await fallback.locator('summary').click();
  await expect(fallback).toContainText('Archive NOR-2011-');
  await expect(yes).toBeVisible();
  // The second press sends the form as a plain POST, and the commitment is archived.
  await yes.click();
  await page.goto(imported[1]!);
  await expect(page.getByRole('button', { name: 'Restore as draft' })).toBeVisible();
  await context.close();
});

test('the footer offers a signed-in person the workspace and their account, not signing in', async ({
  secretariat,
  page,
}) => {
  await visit(secretariat, '/workspace');
  const footer = secretariat.locator('footer');
  await expect(footer.getByRole('link', { name: 'Your workspace' })).toBeVisible();
  await expect(footer.getByRole('link', { name: 'Your account' })).toBeVisible();
  await visit(secretariat, '/countries/nor');
  await expect(footer.getByRole('link', { name: 'Your workspace' })).toBeVisible();
  await expect(footer.getByText('Secretariat and focal points: sign in')).toHaveCount(0);
  await visit(page, '/countries/nor');
  await expect(
    page.locator('footer').getByRole('link', { name: 'Secretariat and focal points: sign in' }),
  ).toBeVisible();
  await expectNoAxeViolations(secretariat, 'public page, signed in');
});

test('the audit log says what happened, by whom, and filters by ?country=nor', async ({ admin }) => {
  await visit(admin, '/workspace/audit?country=nor');
  await expect(admin.getByLabel('Country')).toHaveValue('nor');
  const imports = admin.getByRole('row', { name: /Import a commitment from CSV/ });
  await expect(imports.first()).toContainText(demoSecretariat.name);
  await expect(imports.first()).toContainText(demoSecretariat.email);
  await expect(admin.getByRole('row', { name: /Archive a commitment/ }).first()).toBeVisible();
  await admin.getByLabel('Country').selectOption('mex');
  await admin.getByRole('button', { name: 'Show entries' }).click();
  await expect(admin).toHaveURL(/[?&]country=mex/);
  await expect(admin.getByRole('row', { name: /Import a commitment from CSV/ })).toHaveCount(0);
  for (const prefix of localePrefixes) {
    await visit(admin, `${prefix}/workspace/audit?country=nor`);
    await expectNoAxeViolations(admin, `${prefix} audit`);
  }
  await visit(admin, '/fr/workspace/audit?country=nor');
  await expect(admin.getByRole('row', { name: /Importer un engagement depuis un CSV/ }).first()).toBeVisible();
});

test('new recovery codes can be copied and downloaded', async ({ admin, ownAdminSecret }) => {
  await admin.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(admin, '/workspace/account/two-factor');
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Make new recovery codes' }) });
  await form.getByLabel('Code from your authenticator app').fill(await freshCode(ownAdminSecret.value!));
  await form.getByRole('button', { name: 'Make new recovery codes' }).click();
  const codes = admin.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const shown = await codes.allTextContents();

  await admin.getByRole('button', { name: 'Copy the codes' }).click();
  await expect(admin.getByText('Copied.')).toBeVisible();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(shown.join('\n'));

  const [file] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: 'Download as a text file' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('recovery-codes.txt');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toBe(`Your recovery codes\r\n\r\n${shown.join('\r\n')}\r\n`);
  await expectNoAxeViolations(admin, 'recovery codes');
});

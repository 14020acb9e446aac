import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';
import { expect, test } from './support/own-server';

/**
 * An admin keeps the states the tracker knows: adds one by its ISO code, is told plainly when a code is
 * not a state or is already there, and changes a region, with a second admin's stale save refused. A
 * new state changes what other specs count, so this spec runs on a server and database of its own.
 */

test.describe.configure({ mode: 'serial' });

test('an admin adds Ukraine by its ISO code, after a code that is not a state and one already there', async ({
  admin,
  request,
}) => {
  await visit(admin, '/workspace');
  const menu = admin.getByRole('navigation', { name: 'Workspace' });
  await expect(menu.getByRole('list', { name: 'Reference data' })).toBeVisible();
  await menu.getByRole('link', { name: 'Countries' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Countries' })).toBeVisible();
  await expect(admin.getByRole('table', { name: /34 states/ }).locator('tbody tr')).toHaveCount(34);

  const code = admin.getByLabel('ISO code');
  const region = admin.getByLabel('Region');
  await test.step('a code the ISO list does not hold is refused next to the field, the input kept', async () => {
    await code.fill('QQ');
    await region.selectOption('150');
    await admin.getByRole('button', { name: 'Add the state' }).click();
    await expect(admin.getByText('“QQ” is not an ISO 3166-1 country code.', { exact: false }).first()).toBeVisible();
    await expect(code).toHaveValue('QQ');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(region).toHaveValue('150');
  });
  await test.step('a state already recorded is refused', async () => {
    await code.fill('nor');
    await admin.getByRole('button', { name: 'Add the state' }).click();
    await expect(admin.getByText('This state is already recorded (NOR).').first()).toBeVisible();
    await expect(admin.getByRole('table', { name: /34 states/ }).locator('tbody tr')).toHaveCount(34);
  });
  await test.step('Ukraine, by its alpha-3 code in lower case', async () => {
    await code.fill('ukr');
    await region.selectOption('150');
    await admin.getByRole('button', { name: 'Add the state' }).click();
    await expect(admin).toHaveURL(/\/workspace\/reference\/countries\/ukr\?saved=added$/);
    await expect(admin.getByRole('heading', { level: 1, name: 'Ukraine' })).toBeVisible();
    await expect(admin.getByRole('status')).toContainText('Ukraine was added.');
    await expect(admin.getByText('UA', { exact: true })).toBeVisible();
  });
  await test.step('the public reads it on the next request: not a member until its membership is recorded', async () => {
    const page = await admin
      .context()
      .browser()!
      .newPage({ baseURL: new URL(admin.url()).origin });
    await page.goto('/countries/ukr');
    await expect(page.getByRole('heading', { level: 1, name: 'Ukraine' })).toBeVisible();
    await page.close();
    const api = await (await request.get('/api/v1/countries')).json();
    expect(api.data.find((row: { iso3: string }) => row.iso3 === 'UKR')).toMatchObject({
      iso2: 'UA',
      name: 'Ukraine',
      region: 'Europe',
      region_code: '150',
      standing: 'none',
    });
  });
});

test('a second admin’s stale region is refused, naming the region saved first', async ({ admin }) => {
  const second = await admin.context().newPage();
  await visit(admin, '/workspace/reference/countries/ukr');
  await visit(second, '/workspace/reference/countries/ukr');
  await admin.getByRole('combobox', { name: 'Region' }).selectOption('142');
  await admin.getByRole('button', { name: 'Save the region' }).click();
  await expect(admin.getByText('The region was saved.')).toBeVisible();

  await second.getByRole('combobox', { name: 'Region' }).selectOption('002');
  await second.getByRole('button', { name: 'Save the region' }).click();
  await expect(second.getByText('Someone else changed this to: Asia (142)').first()).toBeVisible();
  await expect(second.getByRole('combobox', { name: 'Region' })).toHaveValue('002');
  await second.reload();
  await expect(second.getByRole('combobox', { name: 'Region' })).toHaveValue('142');

  await admin.getByRole('combobox', { name: 'Region' }).selectOption('150');
  await admin.getByRole('button', { name: 'Save the region' }).click();
  await expect(admin.getByText('The region was saved.')).toBeVisible();
});

test('the countries pages pass axe in every language, with a refused form showing', async ({ admin }) => {
  for (const prefix of localePrefixes) {
    await test.step(prefix || '/', async () => {
      await visit(admin, `${prefix}/workspace/reference/countries`);
      await admin.locator('input[name="isoCode"]').fill('QQ');
      await admin.locator('form button[type="submit"]').click();
      await expect(admin.locator('input[name="isoCode"][aria-invalid="true"]')).toBeVisible();
      await expectNoAxeViolations(admin);
      await visit(admin, `${prefix}/workspace/reference/countries/ukr`);
      await expect(admin.locator('select[name="regionCode"]')).toBeVisible();
      await expectNoAxeViolations(admin);
    });
  }
});

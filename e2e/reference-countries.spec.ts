import type { APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';
import { expect, test } from './support/own-server';

/**
 * An admin keeps the states the tracker knows: adds one by its ISO code, is told plainly when a code is
 * not a state or is already there, records that it joined the Governing Council (and the overview, its
 * map, the countries list, the scorecard and the API show it on their next request), and changes a
 * region, with a second admin's stale save refused. A new state changes what other specs count, so this
 * spec runs on a server and database of its own.
 */

test.describe.configure({ mode: 'serial' });

async function ukraineInApi(request: APIRequestContext) {
  const api = (await (await request.get('/api/v1/countries')).json()) as { data: { iso3: string; standing: string }[] };
  return api.data.find((row) => row.iso3 === 'UKR');
}

test('an admin adds Ukraine by its ISO code, then records that it joined the Governing Council', async ({
  admin,
  page,
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
    await page.goto('/countries/ukr');
    await expect(page.getByRole('heading', { level: 1, name: 'Ukraine' })).toBeVisible();
    await expect(page.locator('header [data-standing]')).toHaveText('Not a member');
    expect(await ukraineInApi(request)).toMatchObject({
      iso2: 'UA',
      name: 'Ukraine',
      region: 'Europe',
      region_code: '150',
      standing: 'none',
    });
  });
  await test.step('it joins the Governing Council on 30 November 2026 by a named Council decision', async () => {
    await admin.getByRole('link', { name: 'Membership of Ukraine on the Governing Council' }).click();
    const form = admin.locator('form[aria-labelledby="add-heading"]');
    await form.getByLabel('What happened').selectOption('joined');
    await form.getByLabel('Year').fill('2026');
    await form.getByLabel('Month').selectOption('11');
    await form.getByLabel('Day').fill('30');
    await form.getByLabel('Decision reference').fill('GC/2026/11');
    await form.getByLabel('Decision title').fill('Admission of Ukraine to the Governing Council');
    await form.getByLabel('Source link').fill('https://community-democracies.example/gc-2026-11');
    await form.getByRole('button', { name: 'Record the event' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'The event is recorded' })).toBeVisible();
  });
  await test.step('the overview, its map, the countries list, the scorecard and the API show it', async () => {
    await page.goto('/');
    await expect(page.locator('main figure svg [data-country="UKR"]')).toHaveCount(1);
    await page.getByText("Show the map's data as a table").click();
    const mapTable = page.getByRole('table', { name: 'States on the map, with standing and score' });
    await expect(mapTable.getByRole('row', { name: /Ukraine/ })).toContainText('Member');
    await page.goto('/countries');
    await expect(page.locator('tr[data-country="UKR"] [data-standing]')).toHaveText('Member');
    await page.goto('/countries/ukr');
    await expect(page.locator('header [data-standing]')).toHaveText('Member');
    const joined = page.locator('[data-event="joined"]');
    await expect(joined).toContainText('30 November 2026');
    await expect(joined).toContainText('Council decision GC/2026/11: Admission of Ukraine to the Governing Council');
    // The API's list is a cached read of its own; it follows within moments (see the freshness benchmark).
    await expect.poll(async () => (await ukraineInApi(request))?.standing).toBe('member');
    const profile = (await (await request.get('/api/v1/countries/ukr')).json()) as {
      data: { membership_events: unknown[] };
    };
    expect(profile.data.membership_events).toEqual([
      expect.objectContaining({
        type: 'joined',
        date: '2026-11-30',
        date_precision: 'day',
        decision_reference: 'GC/2026/11',
        decision_title: 'Admission of Ukraine to the Governing Council',
      }),
    ]);
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

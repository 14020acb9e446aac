import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/own-server';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';

/**
 * The demo admin keeps Governing Council membership in the workspace, and the public pages and the API
 * follow on their next request: a member suspended shows as suspended on its scorecard and on the map's
 * table; a former member that joins again by a named Council decision shows as a member, with the
 * decision, on its scorecard and in the API. The spec runs on a server and database of its own
 * (e2e/support/own-server.ts), since other specs count the standings; each test still removes what it
 * recorded (a removal is a correction, with a reason), so the tests do not depend on one another. axe
 * finds nothing on the new pages in any language, with a refused form showing.
 */

test.describe.configure({ timeout: 300_000 });

const addForm = (page: Page) => page.locator('form[aria-labelledby="add-heading"]');

async function standingInApi(page: Page, iso3: string): Promise<string | undefined> {
  const list = (await (await page.request.get('/api/v1/countries')).json()) as {
    data: { iso3: string; standing: string }[];
  };
  return list.data.find((row) => row.iso3 === iso3)?.standing;
}

/** Removes the state's last event through its correction form, giving a reason. */
async function removeLastEvent(page: Page, iso3: string) {
  await visit(page, `/workspace/reference/membership/${iso3}`);
  const last = page.locator('li[data-event]').last();
  await last.getByText('Correct or remove this event').click();
  await last.getByLabel('Why it is removed').fill('Recorded by the browser test.');
  await last.getByRole('button', { name: 'Remove the event' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The event is removed' })).toBeVisible();
}

test('an admin suspends a member: its scorecard and the map’s table say "Suspended"', async ({ admin, page }) => {
  await visit(admin, '/workspace/reference/membership');
  const list = admin.getByRole('table', { name: /States with their standing/ });
  await expect(list.locator('tr[data-country="ROU"]')).toContainText('Member');
  await list.getByRole('link', { name: 'Romania' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Romania: Council membership');

  const now = new Date();
  const form = addForm(admin);
  await form.getByLabel('What happened').selectOption('suspended');
  await form.getByLabel('Year').fill(String(now.getUTCFullYear()));
  await form.getByLabel('Month').selectOption(String(now.getUTCMonth() + 1));
  await form.getByLabel('Decision reference').fill('GC/E2E/1');
  await form.getByLabel('Decision title').fill('Suspension of Romania');
  await form.getByLabel('Source link').fill('https://community-democracies.example/gc-e2e-1');
  await form.getByRole('button', { name: 'Record the event' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The event is recorded' })).toBeVisible();
  await expect(admin.locator('header [data-standing]')).toHaveText('Suspended');

  await page.goto('/countries/rou');
  await expect(page.locator('header [data-standing]')).toHaveText('Suspended');
  const last = page.locator('[data-event]').last();
  await expect(last).toContainText('Suspended');
  await expect(last).toContainText('Council decision GC/E2E/1: Suspension of Romania');
  await expect(last.getByRole('link', { name: 'Source' })).toHaveAttribute(
    'href',
    'https://community-democracies.example/gc-e2e-1',
  );
  await page.goto('/');
  await page.getByText("Show the map's data as a table").click();
  const mapTable = page.getByRole('table', { name: 'States on the map, with standing and score' });
  await expect(mapTable.getByRole('row', { name: /Romania/ })).toContainText('Suspended');

  await removeLastEvent(admin, 'rou');
  await expect(admin.locator('header [data-standing]')).toHaveText('Member');
  await page.goto('/countries/rou');
  await expect(page.locator('header [data-standing]')).toHaveText('Member');
});

test('an admin records that a former member joined by a named Council decision: the scorecard and the API show it', async ({
  admin,
  page,
}) => {
  const before = (await (await page.request.get('/api/v1/countries')).json()) as {
    data: { iso3: string; standing: string }[];
  };
  expect(before.data.find((row) => row.iso3 === 'ZAF')?.standing).toBe('former');

  await visit(admin, '/workspace/reference/membership/zaf');
  const form = addForm(admin);
  await form.getByLabel('What happened').selectOption('joined');
  await form.getByLabel('Year').fill('2025');
  await form.getByLabel('Month').selectOption('11');
  await form.getByLabel('Day').fill('14');
  await form.getByLabel('Decision reference').fill('GC/2025/7');
  await form.getByLabel('Decision title').fill('Admission of South Africa to the Governing Council');
  await form.getByLabel('Source link').fill('https://community-democracies.example/gc-2025-7');
  await form.getByRole('button', { name: 'Record the event' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The event is recorded' })).toBeVisible();
  await expect(admin.locator('li[data-event]')).toHaveCount(3);

  await page.goto('/countries/zaf');
  await expect(page.locator('header [data-standing]')).toHaveText('Member');
  const joined = page.locator('[data-event="joined"]').last();
  await expect(joined).toContainText('14 November 2025');
  await expect(joined).toContainText('Council decision GC/2025/7: Admission of South Africa to the Governing Council');
  await expect(page.locator('[data-event]').first()).toContainText('Date not known');
  // The API's list is a cached read of its own; it follows within moments (see the freshness benchmark).
  await expect.poll(() => standingInApi(page, 'ZAF')).toBe('member');
  await page.goto('/countries');
  await expect(page.locator('tr[data-country="ZAF"] [data-standing]')).toHaveText('Member');

  // A correction of the title, in the event's place; the scorecard shows it on its next request.
  const event = admin.locator('li[data-event]').last();
  await event.getByText('Correct or remove this event').click();
  await expect(event.getByLabel('Day')).toHaveValue('14');
  await event.getByLabel('Decision title').fill('Readmission of South Africa to the Governing Council');
  await event.getByRole('button', { name: 'Save the correction' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The correction is saved' })).toBeVisible();
  await page.goto('/countries/zaf');
  await expect(page.locator('[data-event="joined"]').last()).toContainText(
    'Council decision GC/2025/7: Readmission of South Africa to the Governing Council',
  );

  await removeLastEvent(admin, 'zaf');
  await expect.poll(() => standingInApi(page, 'ZAF')).toBe('former');
});

test('an event out of sequence, a date in the future and a bad link are refused next to their fields, input kept', async ({
  admin,
}) => {
  await visit(admin, '/workspace/reference/membership/mli');
  const form = addForm(admin);
  // Mali is suspended: a second suspension breaks the sequence.
  await form.getByLabel('What happened').selectOption('suspended');
  await form.getByLabel('Source link').fill('https://community-democracies.example/mali');
  await form.getByRole('button', { name: 'Record the event' }).click();
  await expect(form.getByText(/There is 1 problem/)).toBeVisible();
  await expect(form.getByText('is out of sequence: the state is then already suspended').first()).toBeVisible();
  await expect(form.getByLabel('Source link')).toHaveValue('https://community-democracies.example/mali');

  await form.getByLabel('What happened').selectOption('reinstated');
  await form.getByLabel('Year').fill('2999');
  await form.getByLabel('Source link').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Record the event' }).click();
  await expect(form.getByText('Enter a web address that starts with http:// or https://.').first()).toBeVisible();
  await form.getByLabel('Source link').fill('https://community-democracies.example/mali');
  await form.getByRole('button', { name: 'Record the event' }).click();
  await expect(form.getByText('This date is after today.').first()).toBeVisible();
  await expect(form.getByLabel('Year')).toHaveValue('2999');
  await expect(admin.locator('li[data-event]')).toHaveCount(4);
});

// One admin for every language: each sign-in of an admin waits for a fresh two-factor code.
test('axe: the membership pages in every language, with a refused form showing', async ({ admin }) => {
  for (const prefix of localePrefixes) {
    await visit(admin, `${prefix}/workspace/reference/membership`);
    await expect(admin.locator('tr[data-country="MLI"]')).toBeVisible();
    await expectNoAxeViolations(admin);

    await visit(admin, `${prefix}/workspace/reference/membership/mli`);
    await expect(admin.locator('li[data-event]')).toHaveCount(4);
    // A correction form open, then the new-event form refused with errors on several fields.
    await admin.locator('li[data-event] summary').first().click();
    const form = addForm(admin);
    await form.locator('select[name="type"]').selectOption('suspended');
    await form.locator('input[name="year"]').fill('2999');
    await form.locator('input[name="day"]').fill('31');
    await form.locator('input[name="sourceUrl"]').fill('ftp://example.org');
    await form.locator('button[type="submit"]').click();
    await expect(form.locator('[data-form-refused]')).toBeVisible();
    await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expectNoAxeViolations(admin, `${prefix}/workspace/reference/membership/mli with errors`);
  }
});

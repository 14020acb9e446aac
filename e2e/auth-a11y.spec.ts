import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, demoAdmin, signIn, WCAG_TAGS } from './auth-support';

/** axe finds no WCAG 2.2 A/AA violation on the account pages, in their empty and their error states. */

// axe is slow on a small machine; these walk through many pages.
test.describe.configure({ timeout: 300_000 });

async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

test('login, forgot-password and invitation pages', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page, 'login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your e-mail address and your password.')).toBeVisible();
  await expectAccessible(page, 'login with an error');
  await page.goto('/fr/login');
  await expectAccessible(page, 'login (fr)');
  await page.goto('/forgot-password');
  await expectAccessible(page, 'forgot password');
  await page.goto('/invitation/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await expect(page.getByText('This link does not work.')).toBeVisible();
  await expectAccessible(page, 'invitation (unknown link)');
});

test('invitation form, account, users and audit pages', async ({ browser }) => {
  // The two-factor set-up, as an admin who has not enrolled yet meets it.
  const fresh = await signIn(browser, DEMO.secretariat);
  await fresh.goto('/workspace/account/two-factor');
  await expectAccessible(fresh, 'two-factor (off)');
  await fresh.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(fresh.getByTestId('totp-secret')).toBeVisible();
  await expectAccessible(fresh, 'two-factor set-up (QR code)');

  const admin = await demoAdmin(browser);
  await admin.goto('/workspace/users/invite');
  await expectAccessible(admin, 'invite');
  await admin.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(admin.getByText(/There (is|are) \d+ problems?/)).toBeVisible();
  await expectAccessible(admin, 'invite with errors');
  await admin.getByLabel('E-mail address').fill(`a11y-${Date.now()}@example.test`);
  await admin.getByLabel('Role').selectOption('secretariat');
  await admin.getByRole('button', { name: 'Create the invitation' }).click();
  const link = await admin.getByLabel('Invitation link').inputValue();
  await expectAccessible(admin, 'invitation created');

  for (const path of [
    '/workspace',
    '/workspace/users',
    '/workspace/audit',
    '/workspace/audit?outcome=x&from=2020-01-01',
    '/workspace/outbox',
    '/workspace/account',
    '/workspace/account/two-factor',
  ]) {
    await admin.goto(path);
    await expectAccessible(admin, path);
  }
  await admin.goto('/workspace/users');
  await admin.getByRole('link', { name: 'Demo Secretariat Officer' }).click();
  await expectAccessible(admin, 'user page');

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link).pathname);
  await expectAccessible(invitee, 'invitation form');
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(invitee.getByText(/There (is|are) \d+ problems?/)).toBeVisible();
  await expectAccessible(invitee, 'invitation form with errors');
});

import { demoSecretariat } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { visit } from './support/navigation';
import { fillSignIn } from './support/sign-in';

/** axe finds no WCAG 2.2 A/AA violation on the account pages, in their empty and their error states. */

// axe is slow on a small machine; these walk through many pages.
test.describe.configure({ timeout: 300_000 });

test('login, forgot-password and invitation pages', async ({ page }) => {
  await visit(page, '/login');
  await expectNoAxeViolations(page, 'login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your e-mail address and your password.')).toBeVisible();
  await expectNoAxeViolations(page, 'login with an error');
  await page.goto('/fr/login');
  await expectNoAxeViolations(page, 'login (fr)');
  await page.goto('/forgot-password');
  await expectNoAxeViolations(page, 'forgot password');
  await page.goto('/invitation/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await expect(page.getByText('This link does not work.')).toBeVisible();
  await expectNoAxeViolations(page, 'invitation (unknown link)');
});

test('invitation form, account, users and audit pages', async ({ admin, browser }) => {
  await visit(admin, '/workspace/users/invite');
  await expectNoAxeViolations(admin, 'invite');
  await admin.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(admin.getByText(/There (is|are) \d+ problems?/)).toBeVisible();
  await expectNoAxeViolations(admin, 'invite with errors');
  const email = `a11y-${Date.now()}@example.test`;
  await admin.getByLabel('E-mail address').fill(email);
  await admin.getByLabel('Role').selectOption('secretariat');
  await admin.getByRole('button', { name: 'Create the invitation' }).click();
  const link = await admin.getByLabel('Invitation link').inputValue();
  await expectNoAxeViolations(admin, 'invitation created');

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
    await expectNoAxeViolations(admin, path);
  }
  await visit(admin, '/workspace/users');
  await admin.getByRole('link', { name: demoSecretariat.name }).click();
  // The scan waits for the user page itself: the click only starts the navigation.
  await expect(admin.getByRole('heading', { level: 1, name: demoSecretariat.name })).toBeVisible();
  await expect(admin).toHaveTitle(/^Account · /);
  await expectNoAxeViolations(admin, 'user page');

  const invitee = await (await browser.newContext()).newPage();
  await visit(invitee, new URL(link).pathname);
  await expectNoAxeViolations(invitee, 'invitation form');
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(invitee.getByText(/There (is|are) \d+ problems?/)).toBeVisible();
  await expectNoAxeViolations(invitee, 'invitation form with errors');

  // The two-factor set-up, as someone who has never started it meets it: the invitee, new in every run,
  // since starting the set-up leaves a pending secret that changes the page for any later visit.
  const password = 'lantern meadow quartz pelican';
  await invitee.getByLabel('Your name').fill('A11y Invitee');
  await invitee.getByLabel('Password', { exact: true }).fill(password);
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(invitee).toHaveURL(/\/login\?welcome=1$/);
  await fillSignIn(invitee, { email, password });
  await expect(invitee).toHaveURL(/\/workspace$/);
  await visit(invitee, '/workspace/account/two-factor');
  await expectNoAxeViolations(invitee, 'two-factor (off)');
  await invitee.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(invitee.getByTestId('totp-secret')).toBeVisible();
  await expectNoAxeViolations(invitee, 'two-factor set-up (QR code)');
});

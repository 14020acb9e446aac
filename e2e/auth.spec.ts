import type { Page } from '@playwright/test';
import { demoAdmin, demoFocalPoint, demoSecretariat } from './support/accounts';
import { expect, test } from './support/fixtures';
import { visit } from './support/navigation';
import { fillSignIn, signOut } from './support/sign-in';
import { demoAdminSecret, enrolTwoFactor, freshCode } from './support/two-factor';

/**
 * Accounts as a new user meets them: the demo admin (who had to set up two-factor sign-in first, see
 * demo-admin.setup.ts) signs in with a code; then invites one person per role; each accepts the link,
 * signs in and signs out.
 */

test.describe.configure({ mode: 'serial' });

/** The admin's signed-in page, kept across the serial tests (each sign-in needs a fresh code). */
let adminPage: Page;

async function invite(
  admin: Page,
  email: string,
  role: 'focal_point' | 'secretariat' | 'admin',
  country?: string,
): Promise<string> {
  await visit(admin, '/workspace/users/invite');
  await admin.getByLabel('E-mail address').fill(email);
  await admin.getByLabel('Role').selectOption(role);
  if (country) await admin.getByLabel('Country').selectOption({ label: country });
  await admin.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(admin.getByText('The invitation has been created.')).toBeVisible();
  return admin.getByLabel('Invitation link').inputValue();
}

test('an admin must set up two-factor sign-in, which sign-in then asks for after the password', async ({
  admin,
  browser,
}) => {
  await expect(
    admin.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'People and invitations' }),
  ).toBeVisible();
  await signOut(admin);

  const again = await (await browser.newContext()).newPage();
  await again.goto('/login');
  await fillSignIn(again, demoAdmin);
  await expect(
    again.getByText('Your password is right. Now enter the code from your authenticator app.'),
  ).toBeVisible();
  const code = await freshCode(demoAdminSecret());
  await again.getByLabel('Code from your authenticator app').fill(code === '000000' ? '111111' : '000000');
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again.getByText(/That code is not right/)).toBeVisible();
  await again.getByLabel('Code from your authenticator app').fill(code);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toHaveURL(/\/workspace$/);
  adminPage = again;
});

for (const { role, label, country } of [
  { role: 'focal_point' as const, label: 'Focal point', country: 'Norway' },
  { role: 'secretariat' as const, label: 'Secretariat', country: undefined },
  { role: 'admin' as const, label: 'Administrator', country: undefined },
]) {
  test(`invite → accept → sign in → sign out: ${label}`, async ({ browser }) => {
    const admin = adminPage;
    const email = `e2e-${role}-${Date.now()}@example.test`;
    const link = await invite(admin, email, role, country);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/invitation\/[A-Za-z0-9_-]{43}$/);
    await admin.goto('/workspace/users');
    await expect(admin.getByRole('row', { name: new RegExp(email) })).toBeVisible();

    const person = await (await browser.newContext()).newPage();
    await visit(person, new URL(link).pathname);
    await expect(person.getByText(`as ${label}, with the address ${email}`, { exact: false })).toBeVisible();
    await person.getByLabel('Your name').fill(`E2E ${label}`);
    // A weak password is refused with its reason, and the name typed stays.
    await person.getByLabel('Password', { exact: true }).fill('password1234567');
    await person.getByRole('button', { name: 'Create my account' }).click();
    await expect(person.getByText(/on a list of commonly used passwords/).first()).toBeVisible();
    await expect(person.getByLabel('Your name')).toHaveValue(`E2E ${label}`);
    const password = 'pebble orchestra lighthouse maple';
    await person.getByLabel('Password', { exact: true }).fill(password);
    await person.getByRole('button', { name: 'Create my account' }).click();
    await expect(person).toHaveURL(/\/login\?welcome=1$/);
    await expect(person.getByText('Your account is ready.')).toBeVisible();

    await fillSignIn(person, { email, password });
    if (role === 'admin') {
      await expect(person).toHaveURL(/\/workspace\/account\/two-factor$/);
      await enrolTwoFactor(person);
      await person.getByRole('link', { name: 'Continue to the workspace' }).click();
    }
    await expect(person).toHaveURL(/\/workspace$/);
    await expect(person.getByText(`Welcome, E2E ${label}.`)).toBeVisible();
    if (country) await expect(person.getByText(`for ${country}`)).toBeVisible();
    const nav = person.getByRole('navigation', { name: 'Workspace' });
    await expect(nav.getByRole('link', { name: 'People and invitations' })).toHaveCount(role === 'admin' ? 1 : 0);
    await signOut(person);

    // The link worked once.
    await person.goto(new URL(link).pathname);
    await expect(person.getByText('This link has already been used.')).toBeVisible();
  });
}

test('a deactivated person is signed out on their very next request', async ({ browser }) => {
  const admin = adminPage;
  const email = `e2e-deactivate-${Date.now()}@example.test`;
  // A name of their own: the people list keeps the accounts of earlier runs on the same database.
  const name = `Soon Deactivated ${Date.now()}`;
  const link = await invite(admin, email, 'secretariat');
  const person = await (await browser.newContext()).newPage();
  await visit(person, new URL(link).pathname);
  await person.getByLabel('Your name').fill(name);
  await person.getByLabel('Password', { exact: true }).fill('granite tulip harvest osprey');
  await person.getByRole('button', { name: 'Create my account' }).click();
  await expect(person).toHaveURL(/\/login\?welcome=1$/);
  await fillSignIn(person, { email, password: 'granite tulip harvest osprey' });
  await expect(person).toHaveURL(/\/workspace$/);

  await visit(admin, '/workspace/users');
  await admin.getByRole('link', { name }).click();
  await admin.getByRole('button', { name: 'Deactivate this account' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(admin.getByText('The account is deactivated.')).toBeVisible();

  await person.goto('/workspace/account');
  await expect(person).toHaveURL(/\/login\?callbackUrl=%2Fworkspace%2Faccount$/);
  await fillSignIn(person, { email, password: 'granite tulip harvest osprey' });
  await expect(person.getByText('The e-mail address or the password is not right.')).toBeVisible();
});

test('signing in with the keyboard alone', async ({ page }) => {
  await visit(page, '/login?callbackUrl=%2Fworkspace%2Faccount');
  // Tab from the top of the page to the e-mail field, as a keyboard user would.
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByLabel('E-mail address').evaluate((element) => element === document.activeElement)) break;
  }
  await expect(page.getByLabel('E-mail address')).toBeFocused();
  await page.keyboard.type(demoSecretariat.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(demoSecretariat.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/workspace\/account$/);
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
});

test('a wrong password says so without telling whether the account exists, and keeps the address', async ({ page }) => {
  await page.goto('/login');
  await fillSignIn(page, { email: 'nobody-here@example.test', password: 'not a password of anyone' });
  const message = page.getByText('The e-mail address or the password is not right.');
  await expect(message).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue('nobody-here@example.test');
  await fillSignIn(page, { email: demoFocalPoint('NOR').email, password: 'not a password of anyone' });
  await expect(message).toBeVisible();
});

test('"forgot password" answers the same for a known and an unknown address', async ({ page }) => {
  const answer = async (email: string) => {
    await visit(page, '/forgot-password');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    const status = page.getByRole('status');
    await expect(status).toBeVisible();
    return status.textContent();
  };
  expect(await answer(demoFocalPoint('NOR').email)).toBe(await answer('no-one@example.test'));
});

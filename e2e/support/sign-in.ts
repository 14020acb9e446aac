import { expect, type Browser, type Page } from '@playwright/test';
import type { Credentials } from './accounts';
import { waitForHydration } from './navigation';
import { freshCode } from './two-factor';

/** Fills in and sends the sign-in form on the page that shows it. */
export async function fillSignIn(page: Page, account: Credentials) {
  // The form sends the password through next-auth in the browser: before hydration a click does nothing.
  await waitForHydration(page);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in on a page of its own (a new context); with `totpSecret`, answers the second-factor question too. */
export async function signIn(browser: Browser, account: Credentials, totpSecret?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await fillSignIn(page, account);
  if (totpSecret) {
    const codeField = page.getByLabel('Code from your authenticator app');
    await expect(codeField).toBeVisible();
    await codeField.fill(await freshCode(totpSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

export async function signOut(page: Page) {
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

import { expect, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** Shared steps for the account specs: signing in and out, and codes from an authenticator. */

export const DEMO = {
  admin: { email: 'admin@demo.example.org', password: 'demo-admin-correct-horse-42' },
  secretariat: { email: 'secretariat@demo.example.org', password: 'demo-secretariat-staple-battery-17' },
  focalNorway: { email: 'focal.norway@demo.example.org', password: 'demo-focal-norway-fjord-lantern-08' },
};

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const usedSteps = new Map<string, number>();

/**
 * A code for `secret` that has not been used yet: a code works once, so after using one the next
 * comes from the following 30-second step (this waits for it when needed).
 */
export async function freshCode(secret: string): Promise<string> {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  let step = Math.floor(Date.now() / 30_000);
  const last = usedSteps.get(secret);
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 200));
    step = Math.floor(Date.now() / 30_000);
  }
  usedSteps.set(secret, step);
  return totp.generate({ timestamp: step * 30_000 + 1_000 });
}

export async function fillSignIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in on a new page; with `totpSecret`, answers the second-factor question too. */
export async function signIn(
  browser: Browser,
  account: { email: string; password: string },
  totpSecret?: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await fillSignIn(page, account);
  if (totpSecret) {
    await expect(page.getByLabel('Code from your authenticator app')).toBeVisible();
    await page.getByLabel('Code from your authenticator app').fill(await freshCode(totpSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

/** Sets up two-factor sign-in from the two-factor page; returns the secret. */
export async function enrolTwoFactor(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
  await page.getByLabel('Code from your authenticator app').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  return secret;
}

/**
 * The demo admin, signed in. The first time (in this test run) they must set up two-factor sign-in
 * before anything else, which is checked here; the secret is kept for later sign-ins in the run.
 */
const demoAdminState = { secret: '' };

export async function demoAdmin(browser: Browser): Promise<Page> {
  if (demoAdminState.secret) return signIn(browser, DEMO.admin, demoAdminState.secret);
  const page = await signIn(browser, DEMO.admin);
  await expect(page).toHaveURL(/\/workspace\/account\/two-factor$/);
  await expect(page.getByText('Administrators must use two-factor sign-in.')).toBeVisible();
  await page.goto('/workspace/users');
  await expect(page).toHaveURL(/\/workspace\/account\/two-factor$/);
  demoAdminState.secret = await enrolTwoFactor(page);
  await page.getByRole('link', { name: 'Continue to the workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace' })).toBeVisible();
  return page;
}

export function demoAdminSecret(): string {
  return demoAdminState.secret;
}

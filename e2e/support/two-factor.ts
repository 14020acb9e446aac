import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { waitForHydration } from './navigation';
import { runStateDir } from './run-state';

const PERIOD_MS = 30_000;

/**
 * Claims a time step of `secret` for one sign-in. The server accepts each step's code once (a second use
 * is refused as a replay), so a step is claimed by creating its file exclusively: atomic, and shared by
 * every worker of the run, including one started after a failure.
 */
function claimStep(secret: string, step: number): boolean {
  const key = createHash('sha256').update(secret).digest('hex').slice(0, 16);
  try {
    closeSync(openSync(path.join(runStateDir('totp-steps'), `${key}-${step}`), 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * A code for `secret` that no one has used in this run. When this step's code is taken, this waits for
 * the next step, as a person waits for their app to show a new code.
 */
export async function freshCode(secret: string): Promise<string> {
  const base32 = secret.replace(/\s+/g, '');
  const totp = new TOTP({ secret: Secret.fromBase32(base32), algorithm: 'SHA1', digits: 6, period: PERIOD_MS / 1000 });
  for (;;) {
    const step = Math.floor(Date.now() / PERIOD_MS);
    if (claimStep(base32, step)) return totp.generate({ timestamp: step * PERIOD_MS + 1_000 });
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * PERIOD_MS - Date.now() + 200));
  }
}

/** Sets up two-factor sign-in from the two-factor page; returns the secret. */
export async function enrolTwoFactor(page: Page): Promise<string> {
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
  await page.getByLabel('Code from your authenticator app').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  return secret;
}

const demoAdminSecretFile = () => path.join(runStateDir(), 'demo-admin-totp-secret');

/** Kept by the setup project, which enrols the demo admin once per run (the server's database lives as long). */
export function saveDemoAdminSecret(secret: string) {
  writeFileSync(demoAdminSecretFile(), secret, { mode: 0o600 });
}

export function demoAdminSecret(): string {
  try {
    return readFileSync(demoAdminSecretFile(), 'utf8');
  } catch {
    throw new Error('The demo admin has not set up two-factor sign-in in this run: run with the "setup" project.');
  }
}

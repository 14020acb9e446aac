import { expect, test as setup } from '@playwright/test';
import { demoAdmin } from './support/accounts';
import { signIn } from './support/sign-in';
import { enrolTwoFactor, saveDemoAdminSecret } from './support/two-factor';

/**
 * Runs once before the specs (the "setup" project). The demo admin signs in for the first time on the
 * run's new database and must set up two-factor sign-in before anything else; the secret is kept for the
 * `admin` fixture, in any worker of the run.
 */
setup('the demo admin must set up two-factor sign-in before anything else', async ({ browser }) => {
  const page = await signIn(browser, demoAdmin);
  await expect(page).toHaveURL(/\/workspace\/account\/two-factor$/);
  await expect(page.getByText('Administrators must use two-factor sign-in.')).toBeVisible();
  await page.goto('/workspace/users');
  await expect(page).toHaveURL(/\/workspace\/account\/two-factor$/);
  saveDemoAdminSecret(await enrolTwoFactor(page));
  await page.getByRole('link', { name: 'Continue to the workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace' })).toBeVisible();
  await page.context().close();
});

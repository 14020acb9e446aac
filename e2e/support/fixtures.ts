import { test as base, type Page } from '@playwright/test';
import { demoAdmin, demoFocalPoint, demoSecretariat } from './accounts';
import { signIn } from './sign-in';
import { demoAdminSecret } from './two-factor';

/**
 * A signed-in page per role, each in a context of its own, closed after the test:
 *
 *   test('…', async ({ secretariat, focalPoint, admin }) => { … });
 *   test.use({ focalPointCountry: 'MEX' });   // Norway's focal point unless a spec says otherwise
 *
 * `admin` is the demo admin, who must use two-factor sign-in: the setup project enrols them once per run.
 */
type RoleFixtures = { focalPointCountry: string; secretariat: Page; focalPoint: Page; admin: Page };

// `provide`, not Playwright's usual `use`, which the React hooks lint rule takes for React's `use`.
async function signedIn(page: Promise<Page>, provide: (page: Page) => Promise<void>) {
  const signedInPage = await page;
  await provide(signedInPage);
  await signedInPage.context().close();
}

export const test = base.extend<RoleFixtures>({
  focalPointCountry: ['NOR', { option: true }],
  secretariat: async ({ browser }, provide) => signedIn(signIn(browser, demoSecretariat), provide),
  focalPoint: async ({ browser, focalPointCountry }, provide) =>
    signedIn(signIn(browser, demoFocalPoint(focalPointCountry)), provide),
  admin: async ({ browser }, provide) => signedIn(signIn(browser, demoAdmin, demoAdminSecret()), provide),
});

export { expect } from '@playwright/test';

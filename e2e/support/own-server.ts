import path from 'node:path';
import type { Page } from '@playwright/test';
import { cleanEnv, freePort, startProcess, waitForHttp } from '../ops-support';
import { demoAdmin } from './accounts';
import { test as signedInTest } from './fixtures';
import { signIn } from './sign-in';
import { enrolTwoFactor } from './two-factor';
import { waitForHydration } from './navigation';

/**
 * A server and database of the spec's own, for specs whose changes other specs would see (a
 * verification, a new state, a suspension): the demo data set loaded afresh by scripts/e2e-server.ts,
 * which drops the database when it stops. One per worker; the role fixtures sign in on it.
 *
 * `admin` here is the demo admin of that database, who sets up two-factor sign-in on first use (the
 * run's setup project enrolled the admin of the shared database, not this one).
 */

const root = path.resolve(import.meta.dirname, '../..');

export const test = signedInTest.extend<{ server: string }, { ownServer: string; ownAdminSecret: { value?: string } }>({
  ownServer: [
    async ({}, provide) => {
      const port = await freePort();
      const started = startProcess(
        process.execPath,
        ['--import', 'tsx', 'scripts/e2e-server.ts', '--port', String(port)],
        cleanEnv({}),
        root,
      );
      try {
        await waitForHttp(`http://localhost:${port}/api/health`);
      } catch (error) {
        started.child.kill('SIGTERM');
        throw new Error(`The spec's own server did not start:\n${started.output()}`, { cause: error });
      }
      await provide(`http://localhost:${port}`);
      started.child.kill('SIGTERM');
      await started.exited;
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  ownAdminSecret: [async ({}, provide) => provide({}), { scope: 'worker' }],
  server: async ({ ownServer }, provide) => provide(ownServer),
  baseURL: async ({ ownServer }, provide) => provide(ownServer),
  admin: async ({ browser, ownAdminSecret }, provide) => {
    let page: Page;
    if (ownAdminSecret.value) page = await signIn(browser, demoAdmin, ownAdminSecret.value);
    else {
      page = await signIn(browser, demoAdmin);
      ownAdminSecret.value = await enrolTwoFactor(page);
      await page.getByRole('link', { name: 'Continue to the workspace' }).click();
      await waitForHydration(page);
    }
    await provide(page);
    await page.context().close();
  },
});

export { expect } from './fixtures';

import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Test tooling reads its own settings here; the app itself reads the environment only in lib/env.ts.
// `npm test` passes a port it has found free; 3100 is only for running Playwright by hand.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Playwright's own Chromium when it is installed; otherwise Debian's (browser downloads fail on some machines).
function chromiumPath(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // fall through to the system browser
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A ceiling, not a measurement: long journeys with several axe scans need room on a busy 2-core machine.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Enrols the demo admin in two-factor sign-in once per run, for the `admin` fixture (e2e/support/fixtures.ts).
    { name: 'setup', testMatch: /\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: {
    // A production build against a throwaway database, migrated and seeded with the demo data set.
    // Node itself, not `npx tsx`: npm exec and the tsx CLI end their child before it can drop its database.
    command: `node --import tsx scripts/e2e-server.ts --port ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM, not Playwright's default SIGKILL: scripts/e2e-server.ts then drops its throwaway database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { migrateDatabase } from '@/db/migrate';
import { connect } from '@/db/client';
import { seedDatabase } from '@/db/seed';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';
import { runMain } from './cli';
import { serveArguments } from './serve-command';

/**
 * Serves the production build for Playwright against a throwaway database on TEST_DATABASE_URL's server,
 * migrated and seeded with the demo data set, and drops that database when Playwright stops the server.
 */
runMain(async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  const portIndex = process.argv.indexOf('--port');
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : NaN;
  // No default: a fixed port may be held by another program; playwright.config.ts passes E2E_PORT.
  if (!Number.isInteger(port) || port <= 0) throw new Error('Pass the port to serve on: --port <port>.');

  const name = uniqueName('et_e2e');
  const url = await createDatabase(serverUrl, name);
  await migrateDatabase(url);
  const connection = connect(url, { max: 2 });
  await seedDatabase(connection.db, { demo: true });
  await connection.sql.end();

  // The production server itself, not through npx, so that stopping this script stops it.
  const child = spawn(process.execPath, serveArguments(port), {
    cwd: path.resolve(import.meta.dirname, '..'),
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      // Errors and warnings only: a line per request would bury the test report (the cluster spec checks them).
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });

  const shutdown = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await dropDatabase(serverUrl, name).catch(() => {});
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  child.once('exit', (code) => {
    void dropDatabase(serverUrl, name).finally(() => process.exit(code ?? 1));
  });
});

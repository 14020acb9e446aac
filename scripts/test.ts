import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { env, parseEnv } from '@/lib/env';
import { run, runMain } from './cli';
import { checkReachable, dataDir } from './database';

/**
 * A port no one listens on now: the system hands out a free one for port 0. Other programs on the
 * machine hold ports too, so a guessed or fixed one can be taken.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port.')),
      );
    });
  });
}

/**
 * `npm test`: the whole suite. Unit and data-layer tests (Vitest), then a production build and the
 * browser tests (Playwright). Databases are throwaway: on a fresh embedded PostgreSQL under .data/,
 * or, when DATABASE_URL is set, on that server (each test file gets its own new database there).
 *
 *   npm test                 everything
 *   npm test -- --db-only    Vitest only (what CI repeats against the machine's PostgreSQL)
 *   npm test -- --e2e-only   build and Playwright only
 */
runMain(async () => {
  parseEnv(process.env);
  const args = new Set(process.argv.slice(2));
  const runVitest = !args.has('--e2e-only');
  const runPlaywright = !args.has('--db-only');

  let embedded: EmbeddedServer | undefined;
  let embeddedDir: string | undefined;
  let serverUrl = env().DATABASE_URL;
  if (serverUrl) {
    await checkReachable(serverUrl);
    console.log(`Tests use the PostgreSQL server at DATABASE_URL (throwaway databases are created there).`);
  } else {
    await mkdir(dataDir, { recursive: true });
    embeddedDir = await mkdtemp(path.join(dataDir, 'test-'));
    embedded = await startEmbeddedPostgres({ dir: embeddedDir, port: await freePort() });
    serverUrl = embedded.url('postgres');
    console.log(`Tests use a throwaway embedded PostgreSQL on port ${embedded.port}.`);
  }

  const cleanup = async () => {
    await embedded?.stop().catch(() => {});
    if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  const testEnv = {
    ...process.env,
    TEST_DATABASE_URL: serverUrl,
    NEXT_DIST_DIR: '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  let failed = false;
  try {
    if (runVitest) {
      console.log('\n== Unit and data-layer tests (Vitest) ==');
      failed = (await run('npx', ['vitest', 'run'], { env: testEnv })) !== 0 || failed;
    }
    if (runPlaywright) {
      console.log('\n== Production build for the browser tests ==');
      const built = (await run('npx', ['next', 'build'], { env: { ...testEnv, NODE_ENV: 'production' } })) === 0;
      if (!built) failed = true;
      else {
        console.log('\n== Browser tests (Playwright) ==');
        // Picked now, not before the build: the port must still be free when the server starts.
        const e2eEnv = { ...testEnv, E2E_PORT: String(await freePort()) };
        failed = (await run('npx', ['playwright', 'test'], { env: e2eEnv })) !== 0 || failed;
      }
    }
  } finally {
    await cleanup();
  }
  if (failed) {
    console.error('\nSome tests failed.');
    process.exit(1);
  }
  console.log('\nAll tests passed.');
});

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  cleanEnv,
  freePort,
  isAlive,
  listeningPids,
  startProcess,
  waitFor,
  waitForHttp,
  type Started,
} from './ops-support';

/**
 * `npm start` as a supervisor sees it: when either of its children dies (kill -9, the OOM killer), it
 * stops the other and exits non-zero within seconds, leaving nothing listening. It serves the build the
 * browser tests use (`--no-build`), on its own ports, with an embedded PostgreSQL in a temp folder.
 */

test.describe.configure({ mode: 'serial' });

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
let dataDir: string;
let ports: { app: number; pg: number };

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'et-launcher-'));
  // The embedded PostgreSQL may run as another user (when we are root): it must reach its folder.
  chmodSync(dataDir, 0o755);
  ports = { app: await freePort(), pg: await freePort() };
});

test.afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function launch(): Started {
  return startProcess(
    tsx,
    ['scripts/start.ts', '--no-build'],
    cleanEnv({
      DATA_DIR: dataDir,
      PORT: String(ports.app),
      EMBEDDED_PG_PORT: String(ports.pg),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test',
    }),
    root,
  );
}

const postmasterPid = () =>
  Number(readFileSync(path.join(dataDir, 'pg', 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function expectExitWithin(started: Started, ms: number): Promise<number | null> {
  const code = await Promise.race([started.exited, new Promise<'hung'>((resolve) => setTimeout(resolve, ms, 'hung'))]);
  if (code === 'hung') {
    started.child.kill('SIGKILL');
    throw new Error(`the launcher was still running ${ms} ms after its child died:\n${started.output()}`);
  }
  return code;
}

async function expectNothingListening() {
  await waitFor(
    'the ports to be released',
    () => listeningPids(ports.app).length + listeningPids(ports.pg).length === 0,
    10_000,
  );
  expect(listeningPids(ports.app)).toEqual([]);
  expect(listeningPids(ports.pg)).toEqual([]);
}

for (const victim of ['Next.js', 'the embedded PostgreSQL'] as const) {
  test(`exits non-zero and leaves nothing running when ${victim} is killed with SIGKILL`, async () => {
    test.setTimeout(240_000);
    const started = launch();
    try {
      await waitForHttp(`http://127.0.0.1:${ports.app}/api/health`, 180_000);
    } catch (error) {
      started.child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${started.output()}`);
    }
    const pg = postmasterPid();
    const [next] = listeningPids(ports.app);
    expect(next).toBeDefined();
    process.kill(victim === 'Next.js' ? next! : pg, 'SIGKILL');

    const code = await expectExitWithin(started, 20_000);
    expect(code, started.output()).not.toBe(0);
    expect(code).not.toBeNull();
    expect(started.output()).toContain(victim === 'Next.js' ? 'Next.js stopped' : 'embedded PostgreSQL stopped');
    await expectNothingListening();
    expect(isAlive(next!)).toBe(false);
    await waitFor('PostgreSQL to exit', () => !isAlive(pg), 10_000);
  });
}

test('stops an orphaned embedded PostgreSQL of its own data folder at start', async () => {
  test.setTimeout(240_000);
  const first = launch();
  await waitForHttp(`http://127.0.0.1:${ports.app}/api/health`, 180_000);
  const pg = postmasterPid();
  const [next] = listeningPids(ports.app);
  // The launcher itself dies (tsx and the node process it runs): PostgreSQL and Next.js are orphaned.
  for (const pid of launcherPids()) process.kill(pid, 'SIGKILL');
  await first.exited;
  process.kill(next!, 'SIGKILL');
  await waitFor('Next.js to exit', () => !isAlive(next!), 10_000);
  expect(isAlive(pg)).toBe(true);

  const second = launch();
  try {
    await waitForHttp(`http://127.0.0.1:${ports.app}/api/health`, 180_000);
    expect(second.output()).toContain(`Stopping an orphaned embedded PostgreSQL (pid ${pg})`);
    expect(isAlive(pg)).toBe(false);
  } finally {
    second.child.kill('SIGTERM');
    await expectExitWithin(second, 30_000);
  }
  await expectNothingListening();
});

/** The processes of a launcher on this spec's data folder (tsx runs the script in a child). */
function launcherPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('scripts/start.ts')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`))
        pids.push(Number(entry));
    } catch {
      // gone already
    }
  }
  return pids;
}

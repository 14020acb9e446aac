import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { connect } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { EnvError, env, parseEnv } from '@/lib/env';
import { fail, run, runMain } from './cli';
import { appDataDir, resolveDatabase } from './database';
import { serveArguments } from './serve-command';
import { superviseChild } from './supervise';

/**
 * `npm start`: the app, ready to use. Without DATABASE_URL it runs an embedded PostgreSQL under .data/
 * (kept across restarts), migrated and seeded with the demo data set on first start. With DATABASE_URL
 * it migrates that database and seeds only the reference data (states, membership, frameworks): no
 * accounts, no demo content. `--dev` runs the development server instead of a production build;
 * `--no-build` serves the existing production build as it is (a deployment that builds elsewhere).
 *
 * A supervisor (systemd) can trust it: when Next.js or the embedded PostgreSQL dies, however it dies,
 * the other one is stopped and the launcher exits non-zero within seconds.
 */

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const sourceDirs = ['app', 'components', 'db', 'lib', 'messages', 'public'];
const log = (line: string) => console.log(line);

function newestSourceTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(distDir: string): boolean {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const configs = ['next.config.ts', 'package-lock.json', 'proxy.ts'].map((file) => path.join(root, file));
  const newest = Math.max(
    ...sourceDirs.map((dir) => newestSourceTime(path.join(root, dir))),
    ...configs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
  );
  return built > newest;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/** The configured secret; for the embedded set-up only, one generated once and kept in .data/. */
async function authSecret(embedded: boolean): Promise<string> {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!embedded)
    throw new EnvError(
      'NEXTAUTH_SECRET',
      'is required when DATABASE_URL is set (at least 32 characters; try: openssl rand -base64 32)',
    );
  const file = path.join(appDataDir(), 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

runMain(async () => {
  parseEnv(process.env);
  const dev = process.argv.includes('--dev');
  const noBuild = process.argv.includes('--no-build');
  const { PORT: port, NEXT_DIST_DIR: distDir } = env();
  if (!(await isPortFree(port)))
    throw new EnvError('PORT', `${port} is already in use; stop what runs there or set PORT to another port`);

  const database = await resolveDatabase(log);
  let server: ReturnType<typeof superviseChild> | undefined;
  let stopping = false;
  const stop = async (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    if (why) console.error(`Error: ${why}; stopping.`);
    await server?.stop();
    await database.stop().catch(() => {});
    process.exit(code);
  };
  // `on`, not `once`: Ctrl+C reaches every process of the terminal's group, and npm and tsx pass it on
  // too, so the same signal can arrive twice; a second one must not cut the shutdown short and leave
  // Next.js and the embedded PostgreSQL running without us.
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
  database.onUnexpectedExit((detail) => void stop(1, `the embedded PostgreSQL stopped (${detail})`));

  try {
    const secret = await authSecret(database.embedded);
    await migrateDatabase(database.url);

    // The seed only adds what is missing, so it runs on every start and never overwrites an edit.
    const connection = connect(database.url, { max: 2 });
    try {
      const seeded = await seedDatabase(connection.db, { demo: database.embedded });
      if (seeded.demoAccounts.length > 0) {
        log('\nDemo accounts (demo data only; never use them on a real install):');
        for (const account of seeded.demoAccounts) {
          log(
            `  ${account.role.padEnd(12)} ${account.email.padEnd(32)} ${account.password}${account.countryIso3 ? `  (${account.countryIso3})` : ''}`,
          );
        }
        log('');
      }
    } finally {
      await connection.sql.end({ timeout: 5 });
    }

    const childEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env().NEXTAUTH_URL ?? `http://localhost:${port}`,
      // No usage reports leave an install of this app.
      NEXT_TELEMETRY_DISABLED: '1',
    };
    if (!dev && noBuild && !existsSync(path.join(root, distDir, 'BUILD_ID'))) {
      throw new Error(`--no-build: there is no production build in ${distDir} (run \`npm run build\` first)`);
    }
    if (!dev && !noBuild && !buildIsCurrent(distDir)) {
      log('Building the production app (first start, or the code changed)…');
      const code = await run(process.execPath, [nextBin, 'build'], {
        cwd: root,
        env: { ...childEnv, NODE_ENV: 'production' },
      });
      if (code !== 0) throw new Error('the production build failed (see the output above)');
    }
    if (stopping) return;
    log(
      `Engagement Tracker: http://localhost:${port}  (Ctrl+C stops it${database.embedded ? ' and the embedded PostgreSQL' : ''})`,
    );
    // Next's own binary, not npx: a signal to this launcher must reach the server itself.
    // Production: our server around Next's handler, for the request log (scripts/serve.ts).
    server = superviseChild(process.execPath, dev ? [nextBin, 'dev', '-p', String(port)] : serveArguments(port), {
      cwd: root,
      env: { ...childEnv, NODE_ENV: dev ? 'development' : 'production' },
    });
    // Next.js never stops on its own: any exit we did not ask for is a failure, reported as one.
    server.onExit((detail, code) => void stop(code === 0 ? 1 : code, `Next.js stopped (${detail})`));
  } catch (error) {
    await database.stop().catch(() => {});
    fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
});

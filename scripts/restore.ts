import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { readBackupHeader, restoreDatabase } from '@/db/backup';
import { inspectLock } from '@/db/embedded-lock';
import { migrateDatabase } from '@/db/migrate';
import { env, parseEnv } from '@/lib/env';
import { fail, runMain } from './cli';
import { appDataDir, embeddedClusterDir, resolveDatabase } from './database';

/**
 * `npm run restore FILE [--force]`: restores a backup made by `npm run backup` into a fresh embedded
 * data folder (DATA_DIR/pg). An existing folder is never overwritten: without --force the restore
 * refuses; with it, the old folder is moved aside (pg.before-restore-<time>), never deleted. The app
 * must be stopped. For a database at DATABASE_URL, use the server's own pg_restore (see README).
 */
runMain(async () => {
  parseEnv(process.env);
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const fileArg = args.find((arg) => !arg.startsWith('--'));
  if (!fileArg) fail('usage: npm run restore FILE [-- --force]');
  if (env().DATABASE_URL)
    fail('DATABASE_URL is set: restore into your own server with pg_restore (see README), or unset it');
  const file = path.resolve(fileArg);
  if (!existsSync(file)) fail(`${file} does not exist`);
  const header = await readBackupHeader(file);

  const folder = path.join(appDataDir(), 'pg');
  if (existsSync(path.join(embeddedClusterDir(), 'PG_VERSION'))) {
    const lock = inspectLock(embeddedClusterDir());
    if (lock.kind === 'in_use' || lock.kind === 'orphan')
      fail(`the embedded PostgreSQL of ${folder} is running (pid ${lock.pid}): stop the app first`);
    if (!force) fail(`${folder} already holds a database; add -- --force to move it aside and restore anyway`);
    const aside = `${folder}.before-restore-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    await rename(folder, aside);
    console.log(`Moved the existing data folder to ${aside}.`);
  }

  const database = await resolveDatabase((line) => console.log(line));
  try {
    await migrateDatabase(database.url);
    await restoreDatabase({ url: database.url, file });
    console.log(`Restored ${file} (made ${header.createdAt}) into ${folder}. Start the app with: npm start`);
  } finally {
    await database.stop();
  }
});

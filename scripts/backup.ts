import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupDatabase } from '@/db/backup';
import { env, parseEnv } from '@/lib/env';
import { runMain } from './cli';
import { appDataDir, resolveDatabase, runningEmbeddedUrl } from './database';

/**
 * `npm run backup [FILE]`: a consistent, compressed backup of the app's database, safe while the app
 * runs (one read-only snapshot; see db/backup.ts). Without FILE it goes to DATA_DIR/backups/. The
 * embedded PostgreSQL is used where it runs, or started for the backup and stopped again. With
 * DATABASE_URL it backs that database up too, but the server's own pg_dump is the better tool there.
 */

function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.join(appDataDir(), 'backups', `engagement-tracker-${stamp}.et-backup.gz`);
}

runMain(async () => {
  parseEnv(process.env);
  const file = path.resolve(process.argv[2] ?? defaultFile());
  await mkdir(path.dirname(file), { recursive: true });

  const running = env().DATABASE_URL ? null : await runningEmbeddedUrl();
  const database = running
    ? { url: running, stop: async () => {} }
    : await resolveDatabase((line) => console.log(line));
  try {
    if (env().DATABASE_URL) console.log('Backing up DATABASE_URL (pg_dump -Fc is the better tool there: see README).');
    const summary = await backupDatabase({ url: database.url, file });
    const total = Object.values(summary.rows).reduce((sum, rows) => sum + rows, 0);
    const size = (await stat(file)).size;
    console.log(
      `Backup written: ${file}\n  ${summary.tables.length} tables, ${total} rows, ${(size / 1024).toFixed(0)} KiB, ` +
        `migration level ${summary.migrations.length}. Restore with: npm run restore ${path.relative(process.cwd(), file)}`,
    );
  } finally {
    await database.stop();
  }
});

import { sql } from 'drizzle-orm';
import { connect, type Database } from '@/db/client';
import { checkPublicFigures } from '@/db/queries/figure-check';
import { parseEnv } from '@/lib/env';
import { runMain } from './cli';
import { resolveDatabase } from './database';

// `npm run figures:check`: recomputes every public figure (per state, round and standard) from the
// commitments and reports, and lists any state whose stored figures differ; exits with 1 if one does.
// `-- --repair` then recomputes the stored figures from the reports, in one transaction.
async function check(database: Database, repair: boolean): Promise<boolean> {
  const drift = await checkPublicFigures({ executor: database });
  if (drift.length === 0) {
    console.log('The public figures agree with the reports: no drift.');
    return true;
  }
  for (const { iso3, what, stored, recomputed } of drift)
    console.log(`${iso3} ${what}: stored ${JSON.stringify(stored)}, from the reports ${JSON.stringify(recomputed)}`);
  console.log(`${drift.length} difference(s).`);
  if (!repair) {
    console.log('Run `npm run figures:check -- --repair` to recompute the stored figures from the reports.');
    return false;
  }
  await database.execute(sql`select refresh_public_figures(array(select id from countries))`);
  const left = await checkPublicFigures({ executor: database });
  console.log(left.length === 0 ? 'Repaired: no drift left.' : `${left.length} difference(s) left.`);
  return left.length === 0;
}

runMain(async () => {
  parseEnv(process.env);
  const database = await resolveDatabase((line) => console.log(line));
  const connection = connect(database.url, { max: 2 });
  let agreed: boolean;
  try {
    agreed = await check(connection.db, process.argv.includes('--repair'));
  } finally {
    await connection.sql.end({ timeout: 5 });
    await database.stop();
  }
  if (!agreed) process.exit(1);
});

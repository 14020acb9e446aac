import { closeDb, connect } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { parseEnv } from '@/lib/env';
import { runMain } from './cli';
import { resolveDatabase } from './database';

// `npm run db:seed [-- --no-demo]`: applies migrations, then loads the reference data and (unless
// --no-demo) the demo data set into DATABASE_URL or the embedded server. Safe to run again.
runMain(async () => {
  parseEnv(process.env);
  const demo = !process.argv.slice(2).includes('--no-demo');
  const database = await resolveDatabase((line) => console.log(line));
  const connection = connect(database.url, { max: 1 });
  try {
    await migrateDatabase(database.url);
    const { demoAccounts } = await seedDatabase(connection.db, { demo });
    console.log(demo ? 'Reference data and demo data are loaded.' : 'Reference data is loaded.');
    if (demoAccounts.length > 0) {
      console.log('Demo accounts (demo data only; never use these for real data):');
      for (const account of demoAccounts) {
        const country = account.countryIso3 ? ` (${account.countryIso3})` : '';
        console.log(`  ${account.role}${country}: ${account.email} / ${account.password}`);
      }
    }
  } finally {
    await connection.sql.end({ timeout: 5 });
    await closeDb();
    await database.stop();
  }
});

import { migrateDatabase } from '@/db/migrate';
import { parseEnv } from '@/lib/env';
import { runMain } from './cli';
import { resolveDatabase } from './database';

// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded server).
runMain(async () => {
  parseEnv(process.env);
  const database = await resolveDatabase((line) => console.log(line));
  try {
    await migrateDatabase(database.url);
    console.log('Migrations applied.');
  } finally {
    await database.stop();
  }
});

import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueName } from './databases';

// Each test file runs against its own fresh, migrated database, cloned from the run's template.
const serverUrl = inject('testServerUrl');
const name = uniqueName('et_test');
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject('templateDatabase'));

afterAll(async () => {
  const { closeDb } = await import('@/db/client');
  await closeDb();
  await dropDatabase(serverUrl, name);
});

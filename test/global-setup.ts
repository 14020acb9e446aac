import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, uniqueName } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run; each test file then gets a fresh copy of it (test/setup-db.ts).
 * TEST_DATABASE_URL is set by scripts/test.ts: the embedded server, or the server DATABASE_URL names.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test` (scripts/test.ts).');
  const template = uniqueName('et_template');
  const url = await createDatabase(serverUrl, template);
  await migrateDatabase(url);
  project.provide('testServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(serverUrl, template);
  };
}

import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests import server modules directly.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    // Every build folder (.next, .next-test, .next-bench) links packages whose own tests must not run here.
    exclude: ['**/node_modules/**', '.next*/**', '.data/**', 'e2e/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-db.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // next-intl's ESM build imports 'next/navigation' without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
    maxWorkers: 2,
  },
});

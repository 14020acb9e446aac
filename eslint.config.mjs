import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

/**
 * Next.js's presets, plus the house rules the presets leave out: type-only imports marked as such, the
 * environment read in one place, and no drizzle `update`/`delete` without a `where`.
 */
const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next*/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
  {
    plugins: { drizzle },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Every drizzle client here is named `db()`, a transaction `tx` or an `executor`.
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx', 'executor'] }],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx', 'executor'] }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through env() from lib/env.ts, which validates it once.',
        },
      ],
    },
  },
  {
    // The exceptions, each for a reason: lib/env.ts is the one reader; the shared cache handler is loaded
    // by Next.js outside the bundle and cannot import lib/env.ts; launchers and test tooling validate the
    // environment with parseEnv(process.env) and hand it on to the processes they start;
    // instrumentation.ts reads NEXT_RUNTIME, which Next.js sets per runtime and which is no configuration.
    files: [
      'lib/env.ts',
      'lib/cache/shared-tag-cache.mjs',
      'instrumentation.ts',
      'e2e/**',
      '**/*.test.ts',
      'scripts/**',
      'bench/**',
      'test/**',
      'playwright.config.ts',
      'vitest.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
];

export default config;

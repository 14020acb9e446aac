// Lets command-line scripts (every `tsx` entry in package.json, the benchmark included) import server
// modules outside Next.js: `server-only` guards client bundles, and a script run by Node is not one.
// Only `server-only` is resolved with the `react-server` condition. Passing `--conditions=react-server`
// to Node instead would apply it to every package: React would load its server build, which has no
// hooks, and next-intl (mail templates, reminders, links) would fail to load. Tests do the same as
// this hook, through an alias in vitest.config.ts. Loaded with `node --import` (tsx passes it on).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return next(specifier, { ...context, conditions: ['react-server', ...context.conditions] });
        return next(specifier, context);
      }
    `),
  import.meta.url,
);

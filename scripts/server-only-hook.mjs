// Lets command-line scripts (reminders) use server modules outside Next.js: `server-only` guards
// client bundles, and a script run by Node is not one. Loaded with `node --import`.
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

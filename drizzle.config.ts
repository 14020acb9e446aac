import { defineConfig } from 'drizzle-kit';

// Generation only: drizzle-kit compares db/schema.ts with the committed snapshots and writes SQL.
// Migrations are applied by `npm run db:migrate` (scripts/migrate.ts), never by `drizzle-kit push`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});

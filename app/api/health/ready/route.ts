import journal from '@/db/migrations/meta/_journal.json';
import { pendingMigrations, pingDatabase } from '@/db/queries/health';

/**
 * Readiness: this server can serve real requests. The database answers and has every migration this
 * build knows of (db/migrations/meta/_journal.json against drizzle's own table). A load balancer
 * sends traffic only where this is 200; /api/health answers for liveness alone.
 */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  if (!(await pingDatabase()))
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers });
  let pending: string[];
  try {
    pending = await pendingMigrations({ journal: journal.entries });
  } catch {
    pending = journal.entries.map((entry) => entry.tag);
  }
  if (pending.length > 0)
    return Response.json(
      { status: 'unavailable', database: 'ok', pendingMigrations: pending },
      { status: 503, headers },
    );
  return Response.json({ status: 'ok', database: 'ok', migrations: journal.entries.length }, { headers });
}

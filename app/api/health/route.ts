import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/** Liveness and database reachability, for load balancers and the test runner. Never cached. */
export async function GET() {
  try {
    await db().execute(sql`select 1`);
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}

import { pingDatabase } from '@/db/queries/health';

/** Liveness and database reachability, for load balancers and the test runner. Never cached. */
export async function GET() {
  const ok = await pingDatabase();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

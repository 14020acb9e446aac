import { listCommitmentsForExport } from '@/db/queries/commitment-lists';
import { recordAuditEvent } from '@/db/queries/audit';
import { getCurrentUser } from '@/lib/auth/session';
import { commitmentsToCsv } from '@/lib/csv/export';
import { can } from '@/lib/permissions';
import { commitmentFiltersSchema } from '@/lib/validation/commitment';

/**
 * Commitments as CSV, with the list's filters. A focal point gets their own state's commitments only,
 * whatever the query says; anyone else without the permission gets a 404, as for a page.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const filters = commitmentFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const countryId = user?.role === 'focal_point' ? user.countryId : filters.countryId;
  if (
    !user ||
    !(user.role === 'focal_point'
      ? can(user, 'commitment.export', { countryId: countryId ?? null })
      : can(user, 'commitment.export'))
  ) {
    if (user)
      await recordAuditEvent({
        event: {
          action: 'commitment.export',
          outcome: 'denied',
          actorId: user.id,
          actorRole: user.role,
          countryId: countryId ?? null,
        },
      });
    return new Response('Not found', { status: 404 });
  }
  const rows = await listCommitmentsForExport({ filters: { ...filters, countryId: countryId ?? undefined } });
  const today = new Date().toISOString().slice(0, 10);
  return new Response(commitmentsToCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="commitments-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

import { listCommitmentsForExport } from '@/db/queries/commitment-lists';
import { defineReadRoute } from '@/lib/actions/define-read-route';
import { commitmentsToCsv } from '@/lib/csv/export';
import { isoDate } from '@/lib/dates';
import { commitmentFiltersSchema } from '@/lib/validation/commitment';

/**
 * Commitments as CSV, with the list's filters. A focal point gets their own state's commitments only,
 * whatever the query says; anyone else without the permission gets a 404, as for a page.
 */
export const GET = defineReadRoute({
  name: 'commitment.export',
  access: 'commitment.export',
  handler: async ({ user, url, authorize }) => {
    const filters = commitmentFiltersSchema.parse(Object.fromEntries(url.searchParams));
    const countryId = user.role === 'focal_point' ? user.countryId : filters.countryId;
    authorize({ countryId: countryId ?? null });
    const rows = await listCommitmentsForExport({ filters: { ...filters, countryId: countryId ?? undefined } });
    return new Response(commitmentsToCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="commitments-${isoDate()}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

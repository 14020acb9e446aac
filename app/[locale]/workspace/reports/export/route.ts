import { listReportsForExport } from '@/db/queries/report-lists';
import { defineReadRoute } from '@/lib/actions/define-read-route';
import { reportsToCsv } from '@/lib/csv/export';
import { isoDate } from '@/lib/dates';

/** Every progress report as CSV, both voices side by side, for the secretariat. */
export const GET = defineReadRoute({
  name: 'report.export',
  access: 'report.review',
  handler: async () => {
    const rows = await listReportsForExport();
    return new Response(reportsToCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="reports-${isoDate()}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

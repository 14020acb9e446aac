import { listReportsForExport } from '@/db/queries/report-lists';
import { getCurrentUser } from '@/lib/auth/session';
import { reportsToCsv } from '@/lib/csv/export';
import { can } from '@/lib/permissions';

/** Every progress report as CSV, both voices side by side, for the secretariat. */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !can(user, 'report.review')) return new Response('Not found', { status: 404 });
  const rows = await listReportsForExport();
  const today = new Date().toISOString().slice(0, 10);
  return new Response(reportsToCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reports-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

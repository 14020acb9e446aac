import { bulkFileHandler } from '../../_lib/bulk-handlers';
import { preflight } from '../../_lib/respond';

export const dynamic = 'force-dynamic';

/** /api/v1/bulk/commitments.csv: one table of the bulk download, whole. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return bulkFileHandler(request, (await params).file);
}
export const OPTIONS = preflight;

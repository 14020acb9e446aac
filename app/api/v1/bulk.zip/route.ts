import { bulkZipHandler } from '../_lib/bulk-handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = bulkZipHandler;
export const OPTIONS = preflight;

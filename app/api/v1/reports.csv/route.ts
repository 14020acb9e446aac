import { reportsHandler } from '../_lib/handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = (request: Request) => reportsHandler(request, 'csv');
export const OPTIONS = preflight;

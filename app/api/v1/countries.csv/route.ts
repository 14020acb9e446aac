import { countriesHandler } from '../_lib/handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = (request: Request) => countriesHandler(request, 'csv');
export const OPTIONS = preflight;

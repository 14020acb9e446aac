import { standardsHandler } from '../_lib/handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = (request: Request) => standardsHandler(request, 'json');
export const OPTIONS = preflight;

import { commitmentsHandler } from '../_lib/handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = (request: Request) => commitmentsHandler(request, 'csv');
export const OPTIONS = preflight;

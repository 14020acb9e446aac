import { dataPackageHandler } from '../_lib/bulk-handlers';
import { preflight } from '../_lib/respond';

export const dynamic = 'force-dynamic';
export const GET = dataPackageHandler;
export const OPTIONS = preflight;

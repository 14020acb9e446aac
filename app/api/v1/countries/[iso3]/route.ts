import { countryHandler } from '../../_lib/handlers';
import { splitExtension } from '../../_lib/params';
import { preflight } from '../../_lib/respond';

export const dynamic = 'force-dynamic';

/** /api/v1/countries/nor (JSON), /api/v1/countries/nor.json, /api/v1/countries/nor.csv (its commitments). */
export async function GET(request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const { id, format } = splitExtension((await params).iso3);
  return countryHandler(request, id, format ?? 'json');
}
export const OPTIONS = preflight;

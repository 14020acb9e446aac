import { buildOpenApiDocument } from '../_lib/openapi';
import { noParams, parseParams } from '../_lib/params';
import { preflight, sendJson } from '../_lib/respond';

export const dynamic = 'force-dynamic';

// Generated once per server: it depends on the code only.
const document = buildOpenApiDocument();

export function GET(request: Request) {
  const params = parseParams(new URL(request.url), noParams);
  if (!params.ok) return params.response;
  return sendJson(request, document);
}
export const OPTIONS = preflight;

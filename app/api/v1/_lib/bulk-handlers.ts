import { siteOrigin } from '@/lib/site-url';
import { buildBulkFiles, dataPackage, zipBulk } from './bulk';
import { noParams, parseParams } from './params';
import { notFoundResponse, send, sendJson } from './respond';
import { isBulkFileName } from './table-schemas';

/** The bulk download, its files one by one, and the data package on its own. */

export async function bulkZipHandler(request: Request): Promise<Response> {
  const params = parseParams(new URL(request.url), noParams);
  if (!params.ok) return params.response;
  const origin = await siteOrigin();
  const bulk = await buildBulkFiles(origin);
  return send(request, zipBulk(bulk, origin), {
    contentType: 'application/zip',
    filename: `engagement-tracker-${bulk.dataDate.toISOString().slice(0, 10)}.zip`,
  });
}

export async function bulkFileHandler(request: Request, file: string): Promise<Response> {
  const params = parseParams(new URL(request.url), noParams);
  if (!params.ok) return params.response;
  if (!isBulkFileName(file)) return notFoundResponse(`The file ${file}`);
  const bulk = await buildBulkFiles(await siteOrigin());
  return send(request, bulk.files[file], { contentType: 'text/csv; charset=utf-8', filename: file });
}

export async function dataPackageHandler(request: Request): Promise<Response> {
  const params = parseParams(new URL(request.url), noParams);
  if (!params.ok) return params.response;
  const origin = await siteOrigin();
  const { dataDate } = await buildBulkFiles(origin);
  return sendJson(request, dataPackage(origin, dataDate, 'absolute'));
}

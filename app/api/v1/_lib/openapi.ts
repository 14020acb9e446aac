import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { commitmentParams, countryParams, countryPath, noParams, reportParams, standardParams } from './params';
import {
  asOfSchema,
  commitmentSchema,
  countrySchema,
  errorSchema,
  listOf,
  oneOf,
  pageOf,
  profileSchema,
  reportSchema,
  standardSchema,
} from './schemas';
import { BULK_FILE_NAMES } from './table-schemas';

/**
 * The OpenAPI 3.1 document, generated from the zod schemas that parse each endpoint's parameters
 * (./params.ts) and type its responses (./schemas.ts), so that the contract cannot drift from the code.
 * The contract test (openapi.test.ts) calls every endpoint and validates each response against it.
 */

const headers = z.object({
  ETag: z.string().meta({ description: 'Strong validator of the exact bytes; send it back as If-None-Match' }),
  'Cache-Control': z.string(),
});
const linkHeader = headers.extend({ Link: z.string().optional().meta({ description: 'rel="next" of a page' }) });

function responses(json: z.ZodType, { csv = true, paged = false, notFound = false } = {}): ZodOpenApiResponsesObject {
  return {
    '200': {
      description: csv ? 'OK. The same path with .csv answers as CSV.' : 'OK',
      headers: paged ? linkHeader : headers,
      content: { 'application/json': { schema: json }, ...(csv ? { 'text/csv': { schema: z.string() } } : {}) },
    },
    '304': { description: 'Not modified: If-None-Match matched the ETag', headers },
    '400': {
      description: 'A bad parameter, named in `parameter`',
      content: { 'application/json': { schema: errorSchema } },
    },
    ...(notFound
      ? { '404': { description: 'No such state', content: { 'application/json': { schema: errorSchema } } } }
      : {}),
  };
}

const get = (operation: ZodOpenApiOperationObject) => ({ get: operation });

export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Engagement Tracker open data',
      version: '1.2.0',
      description:
        'Published commitments under the Civil Society Standards, their verified status and verified progress reports. Lists in CSV cells are separated by ";". Every response carries an ETag; CORS is open to every origin.',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/countries': get({
        operationId: 'listCountries',
        summary: 'Every state, with its standing and score',
        requestParams: { query: noParams },
        responses: responses(listOf(countrySchema)),
      }),
      '/countries/{iso3}': get({
        operationId: 'getCountry',
        summary: "One state's scorecard; with as_of, as it was public at the end of that day",
        requestParams: { path: countryPath, query: countryParams },
        responses: responses(z.union([oneOf(profileSchema), oneOf(asOfSchema)]), { notFound: true }),
      }),
      '/commitments': get({
        operationId: 'listCommitments',
        summary: 'Published commitments, by reference, a page at a time',
        requestParams: { query: commitmentParams },
        responses: responses(pageOf(commitmentSchema), { paged: true }),
      }),
      '/standards': get({
        operationId: 'listStandards',
        summary: 'Standards, each with its framework, and the progress of the commitments that serve them',
        requestParams: { query: standardParams },
        responses: responses(listOf(standardSchema)),
      }),
      '/reports': get({
        operationId: 'listReports',
        summary: 'Verified progress reports, newest verification first, a page at a time',
        requestParams: { query: reportParams },
        responses: responses(pageOf(reportSchema), { paged: true }),
      }),
      '/bulk.zip': get({
        operationId: 'getBulk',
        summary: 'Every public table as CSV with its Frictionless data package (datapackage.json), in one zip',
        requestParams: { query: noParams },
        responses: {
          '200': { description: 'OK', headers, content: { 'application/zip': { schema: z.string() } } },
          '304': { description: 'Not modified: If-None-Match matched the ETag', headers },
          '400': { description: 'A bad parameter', content: { 'application/json': { schema: errorSchema } } },
        },
      }),
      '/bulk/{file}': get({
        operationId: 'getBulkFile',
        summary: 'One table of the bulk download, whole (not paged)',
        requestParams: {
          path: z.object({ file: z.enum(BULK_FILE_NAMES).meta({ description: 'A file named in the data package' }) }),
          query: noParams,
        },
        responses: {
          '200': { description: 'OK', headers, content: { 'text/csv': { schema: z.string() } } },
          '304': { description: 'Not modified: If-None-Match matched the ETag', headers },
          '400': { description: 'A bad parameter', content: { 'application/json': { schema: errorSchema } } },
          '404': { description: 'No such file', content: { 'application/json': { schema: errorSchema } } },
        },
      }),
      '/datapackage.json': get({
        operationId: 'getDataPackage',
        summary: 'The Frictionless data package describing the bulk files, with links to each',
        requestParams: { query: noParams },
        responses: responses(z.object({}).loose().meta({ description: 'A Tabular Data Package descriptor' }), {
          csv: false,
        }),
      }),
      '/openapi.json': get({
        operationId: 'getOpenApi',
        summary: 'This document',
        requestParams: { query: noParams },
        responses: responses(z.object({}).loose(), { csv: false }),
      }),
    },
  });
}

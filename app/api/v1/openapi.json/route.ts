import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { STANDINGS } from '@/lib/standing';
import { preflight, sendJson } from '../_lib/respond';

export const dynamic = 'force-dynamic';

const page = (item: string) => ({
  type: 'object',
  properties: {
    data: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    next_cursor: { type: ['string', 'null'] },
    links: { type: 'object', properties: { next: { type: ['string', 'null'], format: 'uri' } } },
    licence: { type: 'string' },
  },
});

const csvOrJson = (schema: object) => ({
  description: 'OK',
  headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
  content: { 'application/json': { schema } },
});

const errors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  '400': {
    description: 'A bad parameter',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};

const param = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const pagingParams = [
  param('limit', 'Page size', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
  param('cursor', 'next_cursor of the previous page'),
];
const distribution = {
  type: 'object',
  properties: Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, { type: 'integer' }])),
};

/** The OpenAPI 3.1 description of the open-data API. CSV variants: append `.csv` to any path. */
const document = {
  openapi: '3.1.0',
  info: {
    title: 'Engagement Tracker open data',
    version: '1.0.0',
    description:
      'Published commitments under the Civil Society Standards, their verified status and verified progress reports. Every path also answers as CSV with a .csv suffix.',
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/countries': {
      get: {
        summary: 'Every state',
        responses: {
          '200': csvOrJson({
            type: 'object',
            properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Country' } } },
          }),
          ...errors,
        },
      },
    },
    '/countries/{iso3}': {
      get: {
        summary: "One state's scorecard",
        parameters: [
          { name: 'iso3', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z]{3}$' } },
        ],
        responses: { '200': csvOrJson({ type: 'object' }), '404': { description: 'No such state' }, ...errors },
      },
    },
    '/commitments': {
      get: {
        summary: 'Published commitments',
        parameters: [
          param('country', 'ISO 3166-1 alpha-3 code'),
          param('standard', 'Standard code'),
          param('status', 'Implementation status', { type: 'string', enum: IMPLEMENTATION_STATUSES }),
          ...pagingParams,
        ],
        responses: { '200': csvOrJson(page('Commitment')), ...errors },
      },
    },
    '/standards': {
      get: { summary: 'Standards and progress', responses: { '200': csvOrJson({ type: 'object' }), ...errors } },
    },
    '/reports': {
      get: {
        summary: 'Verified progress reports',
        parameters: [
          param('country', 'ISO 3166-1 alpha-3 code'),
          param('commitment', 'Commitment reference'),
          ...pagingParams,
        ],
        responses: { '200': csvOrJson(page('Report')), ...errors },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        properties: { error: { type: 'string' }, parameter: { type: 'string' }, message: { type: 'string' } },
      },
      Country: {
        type: 'object',
        properties: {
          iso3: { type: 'string' },
          iso2: { type: 'string' },
          name: { type: 'string' },
          region: { type: 'string' },
          standing: { type: 'string', enum: STANDINGS },
          published_commitments: { type: 'integer' },
          distribution,
          score: { type: ['number', 'null'] },
          trend: { type: ['string', 'null'], enum: ['up', 'down', 'same', 'new', null] },
          previous_round_score: { type: ['number', 'null'] },
          last_verified_at: { type: ['string', 'null'], format: 'date-time' },
          url: { type: 'string', format: 'uri' },
        },
      },
      Commitment: {
        type: 'object',
        properties: {
          ref: { type: 'string' },
          country: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          standards: { type: 'array', items: { type: 'string' } },
          status: { type: 'string', enum: IMPLEMENTATION_STATUSES },
          made_at: { type: 'string' },
          made_on: { type: ['string', 'null'], format: 'date' },
          source_url: { type: ['string', 'null'] },
          responsible_body: { type: 'string' },
          target_date: { type: ['string', 'null'], format: 'date' },
          published_at: { type: ['string', 'null'], format: 'date-time' },
          url: { type: 'string', format: 'uri' },
        },
      },
      Report: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          commitment: { type: 'string' },
          country: { type: 'string' },
          round: { type: ['string', 'null'] },
          claimed_status: { type: 'string', enum: IMPLEMENTATION_STATUSES },
          narrative: { type: 'string' },
          evidence: {
            type: 'array',
            items: { type: 'object', properties: { label: { type: 'string' }, url: { type: 'string' } } },
          },
          reported_on: { type: 'string', format: 'date' },
          assessed_status: { type: 'string', enum: IMPLEMENTATION_STATUSES },
          public_note: { type: ['string', 'null'] },
          verified_at: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
};

export const GET = (request: Request) => sendJson(request, document);
export const OPTIONS = preflight;

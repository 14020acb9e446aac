import { z } from 'zod';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { badRequest } from './respond';

/**
 * Query parameters of the open-data API, validated in one place. Unknown parameters are refused too,
 * so a misspelt filter ("satus=complete") is reported instead of silently returning everything.
 */

const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 3166-1 alpha-3 code, such as NOR')
  .transform((v) => v.toUpperCase());
const standard = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, 'must be a standard code, such as CSS-1')
  .transform((v) => v.toUpperCase());
const framework = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, 'must be a framework code, such as CSS')
  .transform((v) => v.toUpperCase());
const status = z.enum(IMPLEMENTATION_STATUSES, { error: `must be one of: ${IMPLEMENTATION_STATUSES.join(', ')}` });
const ref = z
  .string()
  .regex(/^[A-Za-z]{3}-[0-9]{4}-[0-9]{2,}$/, 'must be a commitment reference, such as NOR-2018-01')
  .transform((v) => v.toUpperCase());
const limit = z.coerce
  .number({ error: 'must be a whole number from 1 to 1000' })
  .int('must be a whole number from 1 to 1000')
  .min(1, 'must be a whole number from 1 to 1000')
  .max(1000, 'must be a whole number from 1 to 1000')
  .default(100);
const cursor = z.string().max(200, 'is not a cursor this API issued');
const since = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date and time, such as 2025-01-31T00:00:00Z' })
  .transform((value) => new Date(value).toISOString());

/** A calendar day, YYYY-MM-DD, that exists (no 31 February) and is not after today (UTC). */
export const asOfDay = z.iso
  .date({ error: 'must be a date, YYYY-MM-DD, such as 2024-06-30' })
  .refine((value) => value <= new Date().toISOString().slice(0, 10), 'must not be after today (UTC)');

export const commitmentParams = z.strictObject({
  country: iso3.optional().meta({ description: 'ISO 3166-1 alpha-3 code of the state, such as NOR' }),
  standard: standard.optional().meta({ description: 'Standard code, such as CSS-1' }),
  status: status.optional().meta({ description: 'Public (assessed) status' }),
  since: since
    .optional()
    .meta({ description: 'Only commitments whose public record changed after this instant (updated_at > since)' }),
  limit: limit.meta({ description: 'Page size, 1 to 1000' }),
  cursor: cursor.optional().meta({ description: 'next_cursor of the previous page' }),
});
export const reportParams = z.strictObject({
  country: iso3.optional().meta({ description: 'ISO 3166-1 alpha-3 code of the state, such as NOR' }),
  commitment: ref.optional().meta({ description: 'Commitment reference, such as NOR-2018-01' }),
  since: since.optional().meta({ description: 'Only reports verified after this instant (verified_at > since)' }),
  limit: limit.meta({ description: 'Page size, 1 to 1000' }),
  cursor: cursor.optional().meta({ description: 'next_cursor of the previous page' }),
});
export const standardParams = z.strictObject({
  framework: framework.optional().meta({ description: "Only this framework's standards: its code, such as CSS" }),
});
export const countryParams = z.strictObject({
  as_of: asOfDay
    .optional()
    .meta({ description: 'The scorecard as it was public at the end of this day (UTC), YYYY-MM-DD, not after today' }),
});
export const countryPath = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .meta({ description: 'ISO 3166-1 alpha-3 code, such as nor; .csv for its commitments as CSV' }),
});
export const noParams = z.strictObject({});

/** The parsed parameters, or a 400 response that names the first bad parameter. */
export function parseParams<S extends z.ZodType>(
  url: URL,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; response: Response } {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in raw) return { ok: false, response: badRequest(key, 'is given more than once') };
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    return { ok: false, response: badRequest(issue.keys[0] ?? 'query', 'is not a parameter of this endpoint') };
  }
  return { ok: false, response: badRequest(String(issue.path[0] ?? 'query'), issue.message) };
}

/** Opaque cursors: base64url JSON, so clients treat them as tokens and the format can change. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(token: string, schema: z.ZodType<T>): T | null {
  try {
    const result = schema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** `/api/v1/countries/nor.csv` → { id: 'nor', format: 'csv' }. */
export function splitExtension(segment: string): { id: string; format: 'json' | 'csv' | null } {
  const match = /^(.*?)(?:\.(json|csv))?$/.exec(segment);
  return { id: match?.[1] ?? segment, format: (match?.[2] as 'json' | 'csv' | undefined) ?? 'json' };
}

import { z } from 'zod';
import { contentLanguageEnum, datePrecisionEnum, membershipEventTypeEnum } from '@/db/schema';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { STANDINGS } from '@/lib/standing';

/**
 * The response shapes of the open-data API as zod schemas. The serializers are typed by them (so a
 * field cannot be added to a response without being described here) and the OpenAPI document is
 * generated from them, so the document and the responses cannot drift apart.
 */

const isoDateTime = z.iso.datetime().meta({ description: 'ISO 8601 date and time, UTC' });
const isoDate = z.iso.date().meta({ description: 'ISO 8601 date (YYYY-MM-DD)' });
const url = z.url();
const score = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .meta({ description: 'Score from 0 to 1, four decimals; null when no commitment counts' });

export const statusSchema = z.enum(IMPLEMENTATION_STATUSES).meta({ id: 'Status' });
export const standingSchema = z.enum(STANDINGS).meta({ id: 'Standing' });
const trend = z.enum(['up', 'down', 'same', 'new']).nullable();

export const distributionSchema = z
  .object(
    Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, z.number().int().min(0)])) as Record<
      (typeof IMPLEMENTATION_STATUSES)[number],
      z.ZodNumber
    >,
  )
  .meta({ id: 'Distribution', description: 'Published commitments per status' });

export const countrySchema = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    name: z.string(),
    region: z.string().meta({ description: 'Region: its English UN M49 name' }),
    region_code: z
      .string()
      .meta({ description: 'Region: its UN M49 code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania)' }),
    standing: standingSchema,
    published_commitments: z.number().int().min(0),
    distribution: distributionSchema,
    score,
    trend,
    previous_round_score: score,
    last_verified_at: isoDateTime.nullable(),
    url,
  })
  .meta({ id: 'Country' });

export const commitmentSchema = z
  .object({
    ref: z.string(),
    country: z.string(),
    title: z.string(),
    description: z.string(),
    language: z
      .enum(contentLanguageEnum.enumValues)
      .meta({ description: 'BCP 47 code of the language its title, description and reports were written in' }),
    standards: z.array(z.string()),
    status: statusSchema.meta({ description: "The secretariat's assessed status (the public status)" }),
    claimed_status: statusSchema
      .nullable()
      .meta({ description: "The state's claim in the latest verified report; null before any" }),
    public_note: z.string().nullable().meta({ description: "The secretariat's public note on that report" }),
    verified_at: isoDateTime.nullable().meta({ description: 'When that report was verified' }),
    made_at: z.string(),
    made_on: isoDate.nullable(),
    source_url: z.string().nullable(),
    responsible_body: z.string(),
    target_date: isoDate.nullable(),
    published_at: isoDateTime.nullable(),
    updated_at: isoDateTime.meta({ description: 'Last change to the public record; what since= compares' }),
    url,
  })
  .meta({ id: 'Commitment' });

export const reportSchema = z
  .object({
    id: z.number().int(),
    commitment: z.string(),
    country: z.string(),
    round: z.string().nullable(),
    claimed_status: statusSchema,
    narrative: z.string(),
    evidence: z.array(z.object({ label: z.string(), url: z.string() })),
    reported_on: isoDate,
    assessed_status: statusSchema,
    public_note: z.string().nullable(),
    verified_at: isoDateTime,
  })
  .meta({ id: 'Report' });

export const standardSchema = z
  .object({
    code: z.string(),
    framework: z.string().meta({ description: 'Code of the framework the standard belongs to, such as CSS' }),
    framework_name: z.string().meta({ description: 'Name of that framework, in English' }),
    title: z.string().meta({ description: 'Title, in English' }),
    description: z.string().meta({ description: 'Description, in English' }),
    position: z.number().int().meta({ description: 'Order within the framework' }),
    retired_on: isoDate
      .nullable()
      .meta({
        description: 'When the standard was retired (no longer offered for new commitments); null while in use',
      }),
    published_commitments: z.number().int().min(0),
    countries: z.number().int().min(0),
    distribution: distributionSchema,
    score,
    url,
  })
  .meta({ id: 'Standard' });

export const scorecardCommitmentSchema = z
  .object({
    ref: z.string(),
    title: z.string(),
    standards: z.array(z.string()),
    status: statusSchema,
    target_date: isoDate.nullable(),
    claimed_status: statusSchema.nullable(),
    assessed_status: statusSchema.nullable(),
    public_note: z.string().nullable(),
    verified_at: isoDateTime.nullable(),
    url,
  })
  .meta({ id: 'ScorecardCommitment' });

export const profileSchema = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    name: z.string(),
    region: z.string().meta({ description: 'Region: its English UN M49 name' }),
    region_code: z
      .string()
      .meta({ description: 'Region: its UN M49 code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania)' }),
    standing: standingSchema,
    membership_events: z.array(
      z.object({
        type: z.enum(membershipEventTypeEnum.enumValues),
        date: isoDate.nullable(),
        date_precision: z.enum(datePrecisionEnum.enumValues),
        decision_reference: z
          .string()
          .nullable()
          .meta({ description: 'The Council decision or meeting that took it: its reference' }),
        decision_title: z.string().nullable().meta({ description: 'The Council decision or meeting: its title' }),
        note: z.string(),
        source_url: z.string().nullable(),
      }),
    ),
    score,
    trend,
    distribution: distributionSchema,
    last_verified_at: isoDateTime.nullable(),
    score_by_round: z.array(z.object({ round: z.string(), deadline: isoDate, score })),
    commitments: z.array(scorecardCommitmentSchema),
    url,
  })
  .meta({ id: 'CountryProfile' });

export const asOfSchema = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    name: z.string(),
    region: z.string().meta({ description: 'Region: its English UN M49 name' }),
    region_code: z
      .string()
      .meta({ description: 'Region: its UN M49 code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania)' }),
    as_of: isoDate.meta({ description: 'The day; the record as it was public at its end (UTC)' }),
    standing: standingSchema,
    score,
    distribution: distributionSchema,
    published_commitments: z.number().int().min(0),
    last_verified_at: isoDateTime.nullable(),
    commitments: z.array(scorecardCommitmentSchema),
    changes_since: z.array(
      z.object({
        ref: z.string(),
        title: z.string(),
        change: z.enum(['added', 'removed', 'status', 'verified']),
        status_then: statusSchema.nullable(),
        status_now: statusSchema.nullable(),
      }),
    ),
    citation: z.string(),
    url,
  })
  .meta({ id: 'CountryAsOf', description: "A state's scorecard as it was public at the end of a past day" });

export const errorSchema = z
  .object({ error: z.enum(['invalid_parameter', 'not_found']), parameter: z.string().optional(), message: z.string() })
  .meta({ id: 'Error' });

const licence = z.string().meta({ description: 'The licence of the data, CC BY 4.0' });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), licence });
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next_cursor: z.string().nullable(),
    links: z.object({ next: url.nullable() }),
    licence,
  });
export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item, licence });

export type CountryOut = z.input<typeof countrySchema>;
export type CommitmentOut = z.input<typeof commitmentSchema>;
export type ReportOut = z.input<typeof reportSchema>;
export type StandardOut = z.input<typeof standardSchema>;
export type ProfileOut = z.input<typeof profileSchema>;
export type AsOfOut = z.input<typeof asOfSchema>;

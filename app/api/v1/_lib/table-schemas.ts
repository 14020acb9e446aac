import { contentLanguageEnum, datePrecisionEnum, membershipEventTypeEnum } from '@/db/schema';
import { LIST_SEPARATOR } from '@/lib/csv/dialect';
import { IMPLEMENTATION_STATUSES } from '@/lib/scoring';
import { REGION_CODES } from '@/lib/regions';
import { STANDINGS } from '@/lib/standing';

/**
 * The CSV files' columns as Frictionless Table Schemas (specs.frictionlessdata.io/table-schema): one
 * definition per file gives both the column order the CSV writer uses and the schema the data package
 * publishes, so a column cannot be added to one without the other. An empty cell is a missing value.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'datetime';

export type Field = {
  name: string;
  type: FieldType;
  description: string;
  format?: 'uri';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
};

export type TableSchema = {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
};

const required = { required: true } as const;
const iso3 = (description: string): Field => ({
  name: 'country',
  type: 'string',
  description,
  constraints: { required: true, pattern: '[A-Z]{3}' },
});
const status = (name: string, description: string, mandatory = true): Field => ({
  name,
  type: 'string',
  description,
  constraints: { ...(mandatory ? required : {}), enum: IMPLEMENTATION_STATUSES },
});
const score = (name: string, description: string): Field => ({
  name,
  type: 'number',
  description,
  constraints: { minimum: 0, maximum: 1 },
});
const link = (description: string): Field => ({
  name: 'url',
  type: 'string',
  format: 'uri',
  description,
  constraints: required,
});
const list = `A list, items separated by "${LIST_SEPARATOR}"`;
const distribution: Field[] = IMPLEMENTATION_STATUSES.map((value) => ({
  name: `status_${value}`,
  type: 'integer',
  description: `Published commitments with the status ${value}`,
  constraints: { required: true, minimum: 0 },
}));
const toCountry = (field: string) => ({ fields: [field], reference: { resource: 'countries', fields: ['iso3'] } });

export const COUNTRY_TABLE: TableSchema = {
  fields: [
    {
      name: 'iso3',
      type: 'string',
      description: 'ISO 3166-1 alpha-3 code',
      constraints: { ...required, unique: true, pattern: '[A-Z]{3}' },
    },
    {
      name: 'iso2',
      type: 'string',
      description: 'ISO 3166-1 alpha-2 code',
      constraints: { ...required, pattern: '[A-Z]{2}' },
    },
    { name: 'name', type: 'string', description: 'Name in English', constraints: required },
    { name: 'region', type: 'string', description: 'Region: its English UN M49 name', constraints: required },
    {
      name: 'region_code',
      type: 'string',
      description: 'Region: its UN M49 code',
      constraints: { ...required, enum: REGION_CODES },
    },
    {
      name: 'standing',
      type: 'string',
      description: 'Standing on the Governing Council, from the membership events',
      constraints: { ...required, enum: STANDINGS },
    },
    {
      name: 'published_commitments',
      type: 'integer',
      description: 'Published commitments',
      constraints: { ...required, minimum: 0 },
    },
    ...distribution,
    score('score', 'Score of the published commitments, 0 to 1; empty when none counts'),
    {
      name: 'trend',
      type: 'string',
      description: 'Movement between the last two reporting rounds',
      constraints: { enum: ['up', 'down', 'same', 'new'] },
    },
    score('previous_round_score', 'Score at the end of the round before the last'),
    {
      name: 'last_verified_at',
      type: 'datetime',
      description: 'When a report on one of its commitments was last verified',
    },
    link('Scorecard page'),
  ],
  primaryKey: ['iso3'],
  missingValues: [''],
};

export const COMMITMENT_TABLE: TableSchema = {
  fields: [
    {
      name: 'ref',
      type: 'string',
      description: 'Commitment reference',
      constraints: { ...required, unique: true, pattern: '[A-Z]{3}-[0-9]{4}-[0-9]{2,}' },
    },
    iso3('ISO 3166-1 alpha-3 code of the state that made it'),
    { name: 'title', type: 'string', description: 'Title', constraints: required },
    { name: 'description', type: 'string', description: 'Description' },
    {
      name: 'language',
      type: 'string',
      description: 'BCP 47 code of the language its title, description and reports were written in',
      constraints: { ...required, enum: contentLanguageEnum.enumValues },
    },
    { name: 'standards', type: 'string', description: `Codes of the standards it serves. ${list}` },
    status('status', "The public status: the secretariat's assessment in the latest verified report"),
    status('claimed_status', "The state's claim in the latest verified report", false),
    { name: 'public_note', type: 'string', description: "The secretariat's public note on that report" },
    { name: 'verified_at', type: 'datetime', description: 'When that report was verified' },
    { name: 'made_at', type: 'string', description: 'Where the commitment was made' },
    { name: 'made_on', type: 'date', description: 'When the commitment was made' },
    { name: 'source_url', type: 'string', description: 'Source of the commitment' },
    { name: 'responsible_body', type: 'string', description: 'Body responsible for it' },
    { name: 'target_date', type: 'date', description: 'Target date' },
    { name: 'published_at', type: 'datetime', description: 'When it was first published' },
    { name: 'updated_at', type: 'datetime', description: 'Last change to its public record', constraints: required },
    link('Commitment page'),
  ],
  primaryKey: ['ref'],
  foreignKeys: [toCountry('country')],
  missingValues: [''],
};

export const REPORT_TABLE: TableSchema = {
  fields: [
    {
      name: 'id',
      type: 'integer',
      description: 'Report number',
      constraints: { ...required, unique: true, minimum: 1 },
    },
    { name: 'commitment', type: 'string', description: 'Reference of the commitment', constraints: required },
    iso3('ISO 3166-1 alpha-3 code of the state'),
    { name: 'round', type: 'string', description: 'Reporting round' },
    status('claimed_status', "The state's claim"),
    { name: 'narrative', type: 'string', description: "The state's account" },
    { name: 'evidence', type: 'string', description: `Evidence links, each "label <url>". ${list}` },
    { name: 'reported_on', type: 'date', description: 'Date of the report', constraints: required },
    status('assessed_status', "The secretariat's assessment"),
    { name: 'public_note', type: 'string', description: "The secretariat's public note" },
    { name: 'verified_at', type: 'datetime', description: 'When the secretariat verified it', constraints: required },
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['commitment'], reference: { resource: 'commitments', fields: ['ref'] } },
    toCountry('country'),
  ],
  missingValues: [''],
};

export const STANDARD_TABLE: TableSchema = {
  fields: [
    { name: 'code', type: 'string', description: 'Standard code', constraints: { ...required, unique: true } },
    { name: 'framework', type: 'string', description: 'Code of its framework, such as CSS', constraints: required },
    { name: 'framework_name', type: 'string', description: 'Name of its framework, in English', constraints: required },
    { name: 'title', type: 'string', description: 'Title, in English', constraints: required },
    { name: 'description', type: 'string', description: 'Description, in English' },
    { name: 'position', type: 'integer', description: 'Order within the framework', constraints: required },
    {
      name: 'retired_on',
      type: 'date',
      description: 'When it was retired (no longer offered for new commitments); empty while in use',
    },
    {
      name: 'published_commitments',
      type: 'integer',
      description: 'Published commitments that serve it',
      constraints: { ...required, minimum: 0 },
    },
    {
      name: 'countries',
      type: 'integer',
      description: 'States with such a commitment',
      constraints: { ...required, minimum: 0 },
    },
    ...distribution,
    score('score', 'Score of those commitments, 0 to 1'),
    link('Standard page'),
  ],
  primaryKey: ['code'],
  missingValues: [''],
};

export const MEMBERSHIP_TABLE: TableSchema = {
  fields: [
    iso3('ISO 3166-1 alpha-3 code of the state'),
    {
      name: 'sequence',
      type: 'integer',
      description: 'Order of the event within the state',
      constraints: { ...required, minimum: 1 },
    },
    {
      name: 'type',
      type: 'string',
      description: 'What happened',
      constraints: { ...required, enum: membershipEventTypeEnum.enumValues },
    },
    { name: 'date', type: 'date', description: 'When, as far as known (see date_precision)' },
    {
      name: 'date_precision',
      type: 'string',
      description: 'How much of the date is known',
      constraints: { ...required, enum: datePrecisionEnum.enumValues },
    },
    {
      name: 'decision_reference',
      type: 'string',
      description: 'The Council decision or meeting that took it: its reference',
    },
    { name: 'decision_title', type: 'string', description: 'The Council decision or meeting: its title' },
    { name: 'note', type: 'string', description: 'Note' },
    { name: 'source_url', type: 'string', description: 'Source' },
  ],
  primaryKey: ['country', 'sequence'],
  foreignKeys: [toCountry('country')],
  missingValues: [''],
};

export const ROUND_SCORE_TABLE: TableSchema = {
  fields: [
    iso3('ISO 3166-1 alpha-3 code of the state'),
    { name: 'round', type: 'string', description: 'Reporting round', constraints: required },
    { name: 'deadline', type: 'date', description: 'Deadline of the round', constraints: required },
    score('score', 'Score at the end of the round, 0 to 1'),
    {
      name: 'counted',
      type: 'integer',
      description: 'Commitments that counted',
      constraints: { ...required, minimum: 0 },
    },
  ],
  foreignKeys: [toCountry('country')],
  missingValues: [''],
};

/** The files of the bulk download, one per public table. */
export const BULK_FILE_NAMES = [
  'countries.csv',
  'commitments.csv',
  'reports.csv',
  'standards.csv',
  'membership-events.csv',
  'scores-by-round.csv',
] as const;
export type BulkFileName = (typeof BULK_FILE_NAMES)[number];

export const BULK_RESOURCES: Record<BulkFileName, { name: string; title: string; table: TableSchema }> = {
  'countries.csv': { name: 'countries', title: 'States, their standing and score', table: COUNTRY_TABLE },
  'commitments.csv': { name: 'commitments', title: 'Published commitments', table: COMMITMENT_TABLE },
  'reports.csv': { name: 'reports', title: 'Verified progress reports', table: REPORT_TABLE },
  'standards.csv': { name: 'standards', title: 'Standards and their progress', table: STANDARD_TABLE },
  'membership-events.csv': {
    name: 'membership-events',
    title: 'Membership of the Governing Council',
    table: MEMBERSHIP_TABLE,
  },
  'scores-by-round.csv': { name: 'scores-by-round', title: 'Score of each state by round', table: ROUND_SCORE_TABLE },
};

export function isBulkFileName(name: string): name is BulkFileName {
  return (BULK_FILE_NAMES as readonly string[]).includes(name);
}

export function columnsOf(table: TableSchema): string[] {
  return table.fields.map((field) => field.name);
}

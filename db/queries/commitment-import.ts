import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { commitments, countries, standards, type ContentLanguage, type ImplementationStatus } from '@/db/schema';
import type { CommitmentSnapshot } from './commitments';

/**
 * The rows of a CSV import: the facts a file is checked against, and the multi-row INSERTs that write
 * thousands of commitments at once. Checking, references and auditing are the service's, in
 * lib/workflow/import.ts.
 */

/** What the database knows that a file's rows are checked against. */
export type ImportFacts = {
  /** Country ids by upper-case ISO 3166 alpha-3 code. */
  countries: Map<string, number>;
  /** Standard ids by upper-case standard code (CSS-1). */
  standards: Map<string, number>;
  /** Upper-case codes of the retired standards. */
  retiredStandards: Set<string>;
  /** References of the file that already exist. */
  existingRefs: Set<string>;
  /** The ids of the stored commitments, by reference: those the file names and those it repeats. */
  existingIds: Map<string, number>;
  /** Stored commitments that a row without a reference repeats, each with the row's own values it matched. */
  existingMatches: Array<{ iso3: string; title: string; madeOn: string | null; ref: string; id: number }>;
};

/** A row without a reference, as the file gives it: its state's code, title and the day it was made. */
export type ImportMatchKey = { iso3: string; title: string; madeOn: string | null };

/** One commitment to write, checked, with its reference. */
export type ImportedCommitmentValues = {
  countryId: number;
  ref: string;
  title: string;
  description: string;
  madeAt: string;
  madeOn: string | null;
  sourceUrl: string | null;
  responsibleBody: string;
  targetDate: string | null;
  language: ContentLanguage;
  standardIds: number[];
  status: ImplementationStatus;
  publication: 'draft' | 'published';
};

export async function getImportLookups({
  refs,
  keys = [],
  executor = db(),
}: {
  refs: string[];
  /** Rows without a reference: a stored commitment of the same state, title (ignoring case and spacing) and date matches. */
  keys?: ImportMatchKey[];
  executor?: Executor;
}): Promise<ImportFacts> {
  const [countryRows, standardRows, existing, matches] = await Promise.all([
    executor.select({ id: countries.id, iso3: countries.iso3 }).from(countries),
    executor.select({ id: standards.id, code: standards.code, retiredAt: standards.retiredAt }).from(standards),
    refs.length === 0
      ? Promise.resolve([])
      : executor
          .select({ id: commitments.id, ref: commitments.ref })
          .from(commitments)
          .where(inArray(commitments.ref, refs)),
    keys.length === 0
      ? Promise.resolve([])
      : executor.execute<{ iso3: string; title: string; madeOn: string | null; ref: string; id: number }>(sql`
          select distinct on (k.iso3, k.title, k.made_on) k.iso3, k.title, k.made_on as "madeOn", c.ref, c.id
          from jsonb_to_recordset(${JSON.stringify(keys.map((key) => ({ iso3: key.iso3, title: key.title, made_on: key.madeOn })))}::jsonb)
            as k(iso3 text, title text, made_on text)
          join countries co on upper(co.iso3) = upper(k.iso3)
          join commitments c on c.country_id = co.id
            and lower(regexp_replace(btrim(c.title), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim(k.title), '\\s+', ' ', 'g'))
            and c.made_on is not distinct from k.made_on::date
          order by k.iso3, k.title, k.made_on, c.ref`),
  ]);
  return {
    countries: new Map(countryRows.map((row) => [row.iso3.toUpperCase(), row.id])),
    standards: new Map(standardRows.map((row) => [row.code.toUpperCase(), row.id])),
    retiredStandards: new Set(
      standardRows.filter((row) => row.retiredAt !== null).map((row) => row.code.toUpperCase()),
    ),
    existingRefs: new Set(existing.map((row) => row.ref)),
    existingIds: new Map([...existing, ...matches].map((row) => [row.ref, row.id])),
    existingMatches: [...matches],
  };
}

/** Every reference in use that starts with one of `prefixes` (such as `NOR-2018-`, nine characters each). */
export async function listRefsWithPrefixes({
  executor,
  prefixes,
}: {
  executor: Executor;
  prefixes: string[];
}): Promise<string[]> {
  if (prefixes.length === 0) return [];
  const rows = await executor
    .select({ ref: commitments.ref })
    .from(commitments)
    .where(inArray(sql`left(${commitments.ref}, 9)`, prefixes));
  return rows.map((row) => row.ref);
}

type InsertedCommitment = Omit<CommitmentSnapshot, 'standardIds'>;

// Each chunk travels as one JSON document that PostgreSQL expands with jsonb_to_recordset: a multi-row
// INSERT with bound parameters would carry 14 per row, and binding 10,000 rows' worth of them costs
// more than writing the rows.
const INSERT_CHUNK = 5_000;

/** Writes the commitments and their standard links; returns each as the audit log records it. */
export async function insertImportedCommitments({
  executor,
  createdById,
  rows,
}: {
  executor: Executor;
  createdById: string;
  rows: ImportedCommitmentValues[];
}): Promise<CommitmentSnapshot[]> {
  const snapshots: CommitmentSnapshot[] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const payload = JSON.stringify(
      chunk.map((row) => ({
        country_id: row.countryId,
        ref: row.ref,
        title: row.title,
        description: row.description,
        made_at: row.madeAt,
        made_on: row.madeOn,
        source_url: row.sourceUrl,
        responsible_body: row.responsibleBody,
        target_date: row.targetDate,
        language: row.language,
        status: row.status,
        publication: row.publication,
      })),
    );
    const inserted = await executor.execute<InsertedCommitment>(sql`
      insert into commitments (country_id, ref, title, description, made_at, made_on, source_url, responsible_body, target_date, language, status, publication, published_at, created_by_id, updated_by_id)
      select x.country_id, x.ref, x.title, x.description, x.made_at, x.made_on, x.source_url, x.responsible_body, x.target_date,
        x.language::content_language, x.status::implementation_status, x.publication::publication_state,
        case when x.publication = 'published' then now() end, ${createdById}::uuid, ${createdById}::uuid
      from jsonb_to_recordset(${payload}::jsonb) as x(country_id integer, ref text, title text, description text, made_at text, made_on date,
        source_url text, responsible_body text, target_date date, language text, status text, publication text)
      returning id, country_id as "countryId", ref, title, description, made_at as "madeAt", made_on as "madeOn", source_url as "sourceUrl",
        responsible_body as "responsibleBody", target_date as "targetDate", language, publication, status, version, published_at as "publishedAt",
        archived_at as "archivedAt", updated_at as "updatedAt"`);
    const standardsByRef = new Map(chunk.map((row) => [row.ref, row.standardIds]));
    const links = [...inserted].flatMap((row) =>
      (standardsByRef.get(row.ref) ?? []).map((standardId) => ({ commitment_id: row.id, standard_id: standardId })),
    );
    if (links.length > 0) {
      await executor.execute(sql`
        insert into commitment_standards (commitment_id, standard_id)
        select l.commitment_id, l.standard_id from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(commitment_id integer, standard_id integer)`);
    }
    snapshots.push(...[...inserted].map((row) => ({ ...row, standardIds: standardsByRef.get(row.ref) ?? [] })));
  }
  return snapshots;
}

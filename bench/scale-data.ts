import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { M49_REGIONS } from '@/lib/regions';

/**
 * The benchmark's scale data set: N states, commitments and progress reports over R rounds, loaded with
 * COPY (identity values included, sequences moved past them afterwards). Deterministic for a given seed,
 * so two runs measure the same data. Reference data (the real states and the Civil Society Standards)
 * must already be seeded; synthetic states fill the rest up to `countries`.
 */

export type ScaleOptions = { countries: number; commitments: number; reports: number; rounds: number; seed?: number };
export type ScaleResult = { rows: Record<string, number>; seconds: number };

const statuses = ['not_started', 'limited', 'substantial', 'complete', 'withdrawn', 'no_information'] as const;
// Rough shape of a real tracker: most commitments part-way, few withdrawn.
const statusWeights = [0.18, 0.27, 0.24, 0.2, 0.03, 0.08];

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[], weights: readonly number[]): T {
  let roll = random();
  for (let i = 0; i < values.length; i += 1) {
    roll -= weights[i]!;
    if (roll <= 0) return values[i]!;
  }
  return values[values.length - 1]!;
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function line(values: (string | number | null)[]): string {
  return `${values
    .map((value) =>
      value === null
        ? '\\N'
        : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
    )
    .join('\t')}\n`;
}

async function copy(sql: postgres.Sql, statement: string, rows: Iterable<(string | number | null)[]>): Promise<void> {
  const writable = await sql.unsafe(statement).writable();
  async function* chunks() {
    let buffer = '';
    for (const row of rows) {
      buffer += line(row);
      if (buffer.length > 1 << 20) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), writable);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function loadScaleData(sql: postgres.Sql, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const random = prng(options.seed ?? 20160301);

  const existing = await sql<{ id: number; iso3: string }[]>`select id, iso3 from countries order by id`;
  const usedIso3 = new Set(existing.map((row) => row.iso3));
  const usedIso2 = new Set((await sql<{ iso2: string }[]>`select iso2 from countries`).map((row) => row.iso2));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const synthetic: { iso3: string; iso2: string; name: string; region_code: string }[] = [];
  for (let a = 0; synthetic.length + existing.length < options.countries && a < 26 * 26 * 26; a += 1) {
    const iso3 = `X${letters[Math.floor(a / 26) % 26]}${letters[a % 26]}`;
    if (usedIso3.has(iso3)) continue;
    let iso2 = '';
    for (let b = 0; b < 26 * 26; b += 1) {
      const candidate = `${letters[Math.floor(b / 26)]}${letters[b % 26]}`;
      if (!usedIso2.has(candidate)) {
        iso2 = candidate;
        break;
      }
    }
    usedIso2.add(iso2);
    synthetic.push({
      iso3,
      iso2,
      name: `Benchmark State ${synthetic.length + 1}`,
      region_code: M49_REGIONS[synthetic.length % M49_REGIONS.length]!.code,
    });
  }
  if (synthetic.length > 0) await sql`insert into countries ${sql(synthetic)}`;
  const countries = await sql<{ id: number; iso3: string }[]>`select id, iso3 from countries order by id`;
  const withEvents = new Set(
    (await sql<{ country_id: number }[]>`select distinct country_id from membership_events`).map((r) => r.country_id),
  );
  const events = countries
    .filter((country) => !withEvents.has(country.id))
    .map((country) => ({
      country_id: country.id,
      type: 'joined',
      sequence: 1,
      occurred_on: null,
      date_precision: 'unknown',
      note: 'Benchmark data.',
    }));
  if (events.length > 0) await sql`insert into membership_events ${sql(events)}`;

  const standards = (await sql<{ id: number }[]>`select id from standards order by position`).map((row) => row.id);
  if (standards.length === 0) throw new Error('seed the reference data before loading the scale data');
  const [reviewer] = await sql<{ id: string }[]>`
    insert into users (email, name, role) values ('bench-reviewer@example.org', 'Benchmark reviewer', 'secretariat')
    on conflict do nothing returning id`;
  const reviewerId =
    reviewer?.id ??
    (await sql<{ id: string }[]>`select id from users where email = 'bench-reviewer@example.org'`)[0]!.id;

  // Rounds: one every six months, the last one open.
  const base = await sql<{ max: number | null }[]>`select max(id) as max from reporting_rounds`;
  const firstRoundId = (base[0]?.max ?? 0) + 1;
  const today = new Date();
  const rounds = Array.from({ length: options.rounds }, (_, i) => {
    const deadline = new Date(today);
    deadline.setUTCMonth(deadline.getUTCMonth() - 6 * (options.rounds - 1 - i) + (i === options.rounds - 1 ? 1 : 0));
    const opens = new Date(deadline);
    opens.setUTCMonth(opens.getUTCMonth() - 2);
    const open = i === options.rounds - 1;
    return [
      firstRoundId + i,
      `Benchmark round ${i + 1}`,
      isoDate(opens),
      isoDate(deadline),
      open ? 'open' : 'closed',
    ] as const;
  });
  await sql`update reporting_rounds set status = 'closed' where status = 'open'`;
  await copy(
    sql,
    'copy reporting_rounds (id, title, opens_on, deadline, status) from stdin',
    rounds.map((r) => [...r]),
  );

  const commitmentBase =
    ((await sql<{ max: number | null }[]>`select max(id) as max from commitments`)[0]?.max ?? 0) + 1;
  const perCountry = Math.ceil(options.commitments / countries.length);
  const commitmentRows: (string | number | null)[][] = [];
  const links: (string | number | null)[][] = [];
  const finalStatus: string[] = [];
  const commitmentCountry: number[] = [];
  for (let i = 0; i < options.commitments; i += 1) {
    const country = countries[Math.floor(i / perCountry)]!;
    const id = commitmentBase + i;
    const year = 2016 + (i % 10);
    const publication = pick(random, ['published', 'draft', 'archived'] as const, [0.9, 0.07, 0.03]);
    const status = pick(random, statuses, statusWeights);
    finalStatus.push(status);
    commitmentCountry.push(country.id);
    const target = new Date(Date.UTC(year + 2 + Math.floor(random() * 4), Math.floor(random() * 12), 1));
    commitmentRows.push([
      id,
      country.id,
      `${country.iso3}-${year}-${String((i % perCountry) + 1).padStart(3, '0')}`,
      `Benchmark commitment ${i + 1}`,
      'A commitment generated for the benchmark, with a description of ordinary length for a real one.',
      'Governing Council meeting',
      `${year}-03-15`,
      'Ministry of Foreign Affairs',
      isoDate(target),
      publication,
      status,
      publication === 'published' ? `${year}-04-01T00:00:00Z` : null,
    ]);
    const count = 1 + Math.floor(random() * 3);
    const start = Math.floor(random() * standards.length);
    for (let s = 0; s < Math.min(count, standards.length); s += 1)
      links.push([id, standards[(start + s) % standards.length]!]);
  }
  await copy(
    sql,
    'copy commitments (id, country_id, ref, title, description, made_at, made_on, responsible_body, target_date, publication, status, published_at) from stdin',
    commitmentRows,
  );
  await copy(sql, 'copy commitment_standards (commitment_id, standard_id) from stdin', links);

  // Reports: spread evenly over the rounds; past rounds verified (a few returned), the open round mixed.
  const reportBase =
    ((await sql<{ max: number | null }[]>`select max(id) as max from progress_reports`)[0]?.max ?? 0) + 1;
  const perCommitment = Math.max(1, Math.round(options.reports / options.commitments));
  function* reportRows() {
    let id = reportBase;
    for (let c = 0; c < options.commitments && id - reportBase < options.reports; c += 1) {
      for (let r = 0; r < perCommitment && id - reportBase < options.reports; r += 1) {
        const round = rounds[Math.min(rounds.length - 1, Math.floor((r * rounds.length) / perCommitment))]!;
        const last = round[4] === 'open';
        const state = last
          ? pick(random, ['draft', 'submitted', 'verified', 'returned'] as const, [0.25, 0.35, 0.3, 0.1])
          : pick(random, ['verified', 'returned'] as const, [0.95, 0.05]);
        const claimed = pick(random, statuses, statusWeights);
        const verified = state === 'verified';
        const submitted = state !== 'draft';
        const reviewed = verified || state === 'returned';
        yield [
          id,
          commitmentBase + c,
          commitmentCountry[c]!,
          round[0],
          claimed,
          'Progress narrative generated for the benchmark: what was done in the period, by whom, and what remains.',
          '[{"label":"Evidence","url":"https://example.org/evidence"}]',
          round[3],
          state,
          submitted ? `${round[3]}T12:00:00Z` : null,
          reviewed ? reviewerId : null,
          reviewed ? `${round[3]}T18:00:00Z` : null,
          verified ? (r === perCommitment - 1 ? finalStatus[c]! : claimed) : null,
          verified ? 'Verified against the evidence provided.' : null,
          state === 'returned' ? 'Please add evidence for the claimed status.' : null,
        ];
        id += 1;
      }
    }
  }
  await copy(
    sql,
    'copy progress_reports (id, commitment_id, country_id, round_id, claimed_status, narrative, evidence, reported_on, state, submitted_at, reviewer_id, reviewed_at, assessed_status, public_note, return_reason) from stdin',
    reportRows(),
  );

  for (const table of ['reporting_rounds', 'commitments', 'progress_reports']) {
    await sql.unsafe(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
  await sql`analyze`;

  const counts: Record<string, number> = {};
  for (const table of ['countries', 'commitments', 'commitment_standards', 'progress_reports', 'reporting_rounds']) {
    const [row] = await sql.unsafe<{ count: number }[]>(`select count(*)::int as count from ${table}`);
    counts[table] = row?.count ?? 0;
  }
  return { rows: counts, seconds: (performance.now() - started) / 1000 };
}

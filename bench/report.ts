import type { FreshnessResults } from './freshness';
import { LIGHTHOUSE_AIMS, type LighthouseCategory, type LighthouseResults } from './lighthouse';
import type { Load, Percentiles, Weight } from './measure';
import type { ScaleOptions } from './scale-data';
import type { WriteResults } from './writes';

export type BenchResults = {
  date: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  command: string;
  buildSeconds: number;
  load: { scale: ScaleOptions; seconds: number; rows: Record<string, number>; rowsPerSecond: number };
  queries: Record<
    string,
    Record<
      string,
      {
        timing: Percentiles;
        statements: number;
        executionMs: number;
        plans: { query: string; executionMs: number; planningMs: number; plan: string }[];
      }
    >
  >;
  /** `twin`: the static copy of the same page, same bytes, served by the same server in the same run. */
  http: (Load & { twin?: string })[];
  rssMb: number | null;
  weight: Weight[];
  // Added later than the rest: a results.json from before them lacks these, and may carry an older `writes`.
  writes?: WriteResults;
  freshness?: FreshnessResults;
  lighthouse?: LighthouseResults;
  totalSeconds: number;
};

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : '**missed**');

function previousOf<T>(previous: BenchResults | null, pick: (results: BenchResults) => T | undefined): T | undefined {
  if (!previous) return undefined;
  try {
    return pick(previous);
  } catch {
    return undefined;
  }
}

export function renderResults(results: BenchResults, previous: BenchResults | null): string {
  const lines: string[] = [];
  const staticLoad = results.http.find((entry) => entry.url === '/robots.txt');
  const twinOf = (entry: { twin?: string }) => results.http.find((other) => other.url === entry.twin);
  const isTwin = (entry: { url: string }) => results.http.some((other) => other.twin === entry.url);
  // The page targets are about cached pages; the API answers each request afresh from cached data
  // (query parameters, ETag and If-None-Match), so it is reported on its own line.
  const measured = results.http.filter((entry) => entry.url !== '/robots.txt' && !isTwin(entry));
  const pages = measured.filter((entry) => !entry.url.startsWith('/api/'));
  const apis = measured.filter((entry) => entry.url.startsWith('/api/'));
  /** A page against its same-size static copy when there is one (older runs: against robots.txt). */
  const ratioOf = (entry: (typeof results.http)[number]) => {
    const reference = twinOf(entry) ?? staticLoad;
    return reference ? entry.requestsPerSecond / reference.requestsPerSecond : null;
  };
  const bigLabel = Object.keys(results.queries)[0]!;
  const smallLabel = Object.keys(results.queries)[1]!;
  const scorecardBig = results.queries[bigLabel]?.scorecard;
  const scorecardSmall = results.queries[smallLabel]?.scorecard;
  const ratios = pages.map(ratioOf).filter((ratio): ratio is number => ratio !== null);
  const minRatio = ratios.length ? Math.min(...ratios) : null;
  const maxP99 = pages.length ? Math.max(...pages.map((page) => page.p99)) : null;

  lines.push('# Benchmark results', '');
  lines.push(
    `Run of \`${results.command}\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC (${results.mode} scale), ${results.totalSeconds.toFixed(0)} s in all.`,
    '',
  );
  lines.push(
    `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GiB, Node ${results.machine.node}, ${results.machine.postgres}.`,
    '',
  );
  if (previous)
    lines.push(
      `Previous run, shown beside each figure in brackets: ${previous.date.slice(0, 16).replace('T', ' ')} UTC (${previous.mode} scale).`,
      '',
    );

  lines.push('## Targets', '', '| target | figure | verdict |', '| --- | --- | --- |');
  lines.push(
    `| cached public pages ≥ 50% of the throughput of a static file of the same size | lowest ratio ${minRatio === null ? 'n/a' : `${(minRatio * 100).toFixed(0)}%`} | ${verdict(minRatio === null ? null : minRatio >= 0.5)} |`,
  );
  lines.push(
    `| p99 under 100 ms at that load | highest page p99 ${maxP99 === null ? 'n/a' : ms(maxP99)} | ${verdict(maxP99 === null ? null : maxP99 < 100)} |`,
  );
  for (const api of apis) {
    const ratio = ratioOf(api);
    lines.push(
      `| (no target) the API, \`${api.url}\`, beside a static file of the same size | ${ratio === null ? 'n/a' : `${(ratio * 100).toFixed(0)}%`}, p99 ${ms(api.p99)} | shown |`,
    );
  }
  lines.push(
    `| scorecard query under 20 ms p95 at full scale | ${scorecardBig ? ms(scorecardBig.timing.p95) : 'n/a'} | ${verdict(scorecardBig ? scorecardBig.timing.p95 < 20 : null)} |`,
  );
  lines.push(
    `| scorecard no slower with 200 states than with 30 | ${scorecardBig && scorecardSmall ? `${ms(scorecardBig.timing.p95)} vs ${ms(scorecardSmall.timing.p95)}` : 'n/a'} | ${verdict(scorecardBig && scorecardSmall ? scorecardBig.timing.p95 <= scorecardSmall.timing.p95 * 1.25 + 1 : null)} |`,
  );
  const fresh = results.freshness;
  lines.push(
    `| a verified change public within 1 s | ${fresh?.maxMs == null ? 'n/a' : `median ${ms(fresh.medianMs ?? 0)}, max ${ms(fresh.maxMs)} over ${fresh.samples.length}${fresh.timedOut ? `, ${fresh.timedOut} never shown` : ''}`} | ${verdict(fresh ? fresh.timedOut === 0 && fresh.maxMs !== null && fresh.maxMs < 1000 : null)} |`,
  );
  const writes = results.writes;
  lines.push(
    `| CSV import ≥ 50% of a plain batched insert | ${writes ? `${(writes.ratio * 100).toFixed(0)}% (${writes.csvRowsPerSecond.toFixed(0)} vs ${writes.plainInsertRowsPerSecond.toFixed(0)} rows/s)` : 'n/a'} | ${verdict(writes ? writes.ratio >= 0.5 : null)} |`,
  );
  for (const [category, aim] of Object.entries(LIGHTHOUSE_AIMS) as [LighthouseCategory, number][]) {
    const scores = results.lighthouse?.pages.map((page) => page.scores[category]) ?? [];
    const lowest = scores.length && scores.every((score) => score !== null) ? Math.min(...(scores as number[])) : null;
    lines.push(
      `| Lighthouse ${category} ${aim === 100 ? '100' : `≥ ${aim}`} on every public page | ${lowest === null ? 'n/a' : `lowest ${lowest}`} | ${verdict(lowest === null ? null : lowest >= aim)} |`,
    );
  }
  lines.push(
    `| server RSS under 500 MB under load | ${results.rssMb === null ? 'n/a' : `${results.rssMb.toFixed(0)} MB`} | ${verdict(results.rssMb === null ? null : results.rssMb < 500)} |`,
    '',
  );

  lines.push('## Data load', '');
  lines.push(
    `${Object.entries(results.load.rows)
      .map(([table, count]) => `${count.toLocaleString('en')} ${table}`)
      .join(
        ', ',
      )}: loaded with COPY in ${results.load.seconds.toFixed(1)} s (${results.load.rowsPerSecond.toFixed(0)} rows/s)${previousOf(previous, (p) => ` [${p.load.seconds.toFixed(1)} s]`) ?? ''}. Build: ${results.buildSeconds.toFixed(0)} s.`,
    '',
  );

  lines.push(
    '## Throughput and latency',
    '',
    `autocannon, ${'10'} connections, each URL in turn against \`next start\`. Each page is set beside a static file of the same bytes (its copy in public/, served by the same server in the same run), which separates the cost of being a page from the cost of its size; \`/robots.txt\` shows what a tiny file costs. Responses are uncompressed (autocannon asks for no gzip).`,
    '',
  );
  lines.push(
    '| URL | req/s | same-size static file | ratio | vs /robots.txt | p50 | p99 | errors / non-2xx |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const entry of results.http) {
    if (isTwin(entry)) continue;
    const before = previousOf(previous, (p) => p.http.find((h) => h.url === entry.url));
    const twin = twinOf(entry);
    const ratio = twin ? entry.requestsPerSecond / twin.requestsPerSecond : null;
    const small = staticLoad ? entry.requestsPerSecond / staticLoad.requestsPerSecond : null;
    const pct = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(0)}%`);
    lines.push(
      `| \`${entry.url}\` | ${entry.requestsPerSecond.toFixed(0)}${before ? ` [${before.requestsPerSecond.toFixed(0)}]` : ''} | ${twin ? `${twin.requestsPerSecond.toFixed(0)} req/s, p99 ${twin.p99} ms` : '—'} | ${pct(ratio)} | ${pct(small)} | ${entry.p50} ms | ${entry.p99} ms${before ? ` [${before.p99}]` : ''} | ${entry.errors} / ${entry.non2xx} |`,
    );
  }
  lines.push(
    '',
    `Server peak RSS under load: ${results.rssMb === null ? 'n/a' : `${results.rssMb.toFixed(0)} MB`}${previousOf(previous, (p) => (p.rssMb === null ? undefined : ` [${p.rssMb.toFixed(0)} MB]`)) ?? ''}.`,
    '',
  );

  lines.push(
    '## Queries',
    '',
    'Wall-clock time of each data function through the driver, and the server-side execution time of its statements under EXPLAIN ANALYZE.',
    '',
  );
  lines.push(
    '| data set | function | p50 | p95 | statements | EXPLAIN ANALYZE total |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const [label, set] of Object.entries(results.queries)) {
    for (const [name, entry] of Object.entries(set)) {
      const before = previousOf(previous, (p) => p.queries[label]?.[name]);
      lines.push(
        `| ${label} | ${name} | ${ms(entry.timing.p50)} | ${ms(entry.timing.p95)}${before ? ` [${ms(before.timing.p95)}]` : ''} | ${entry.statements} | ${ms(entry.executionMs)} |`,
      );
    }
  }
  lines.push('');

  lines.push('## JavaScript per public page', '', '| page | scripts | kB gzipped |', '| --- | --- | --- |');
  for (const entry of results.weight) {
    const before = previousOf(previous, (p) => p.weight.find((w) => w.path === entry.path));
    const parts =
      entry.scriptsKb === undefined
        ? ''
        : ` (files ${entry.scriptsKb.toFixed(1)}, inline ${entry.inlineKb!.toFixed(1)})`;
    lines.push(
      `| \`${entry.path}\` | ${entry.scripts} | ${entry.gzipKb.toFixed(1)}${parts}${before ? ` [${before.gzipKb.toFixed(1)}]` : ''} |`,
    );
  }
  lines.push('');
  lines.push(...renderWrites(results, previous), ...renderFreshness(results), ...renderLighthouse(results, previous));
  return `${lines.join('\n')}\n`;
}

/** Older results.json files have no `ratio` in `writes`; their figures are only shown when the shape matches. */
function renderWrites(results: BenchResults, previous: BenchResults | null): string[] {
  const writes = results.writes;
  if (!writes) return [];
  const before = previousOf(previous, (p) => (p.writes && typeof p.writes.ratio === 'number' ? p.writes : undefined));
  const was = (value: number | undefined, digits = 0) => (value === undefined ? '' : ` [${value.toFixed(digits)}]`);
  return [
    '## Writes',
    '',
    `${writes.rows.toLocaleString('en')} commitments (with their standard links), into the full-scale database. The import is \`runCommitmentImport\` with mode \`all\`, from CSV text to committed rows with audit events; the plain insert is drizzle \`insert … values\` of the same rows in batches of 1,000 in one transaction, through the same postgres.js driver, after the imported rows were deleted.`,
    '',
    '| measure | figure |',
    '| --- | --- |',
    `| CSV import | ${writes.csvRowsPerSecond.toFixed(0)} rows/s${was(before?.csvRowsPerSecond)} (${writes.csvSeconds.toFixed(2)} s) |`,
    `| plain batched insert | ${writes.plainInsertRowsPerSecond.toFixed(0)} rows/s${was(before?.plainInsertRowsPerSecond)} (${writes.plainInsertSeconds.toFixed(2)} s) |`,
    `| import as a share of the plain insert | ${(writes.ratio * 100).toFixed(0)}%${before ? ` [${(before.ratio * 100).toFixed(0)}%]` : ''} |`,
    `| \`saveReport\` (submit), one new report per call | ${writes.submitPerSecond.toFixed(0)} calls/s${was(before?.submitPerSecond)} |`,
    `| \`verifyReport\`, moving the public status | ${writes.verifyPerSecond.toFixed(0)} calls/s${was(before?.verifyPerSecond)} |`,
    '',
    `Submit and verify: ${writes.calls} calls each, one after another on one connection, each its own transaction.`,
    '',
  ];
}

function renderFreshness(results: BenchResults): string[] {
  const fresh = results.freshness;
  if (!fresh) return [];
  const lines = [
    '## Freshness',
    '',
    `The secretariat signs in with Playwright (Chromium), opens each report's review screen and verifies it with a new assessed status; plain \`fetch\` requests to \`/countries/${fresh.iso3}\` start every 20 ms (at most 4 in flight) until the commitment's row shows that status. t0 is when the verify action's response reaches the browser (its headers); "from the click" also counts the action itself. The figure is when the first page showing the new status arrived.`,
    '',
    '| commitment | from the response | from the click | requests |',
    '| --- | --- | --- | --- |',
  ];
  for (const sample of fresh.samples) {
    lines.push(
      `| ${sample.ref} | ${sample.fromResponseMs === null ? 'never shown' : ms(sample.fromResponseMs)} | ${sample.fromClickMs === null ? 'n/a' : ms(sample.fromClickMs)} | ${sample.polls} |`,
    );
  }
  lines.push(
    '',
    `Median ${fresh.medianMs === null ? 'n/a' : ms(fresh.medianMs)}, max ${fresh.maxMs === null ? 'n/a' : ms(fresh.maxMs)}.`,
    '',
  );
  return lines;
}

function renderLighthouse(results: BenchResults, previous: BenchResults | null): string[] {
  const lighthouse = results.lighthouse;
  if (!lighthouse) return [];
  const categories = Object.keys(LIGHTHOUSE_AIMS) as LighthouseCategory[];
  const lines = [
    '## Lighthouse',
    '',
    `Lighthouse ${lighthouse.version}, ${lighthouse.preset === 'desktop' ? 'desktop preset (`--preset=desktop`: no mobile CPU or network throttling)' : 'mobile default (simulated slow 4G and 4× CPU slowdown)'}, headless Chromium, against the bench server with the full-scale data. Aims: ${categories.map((c) => `${c} ${LIGHTHOUSE_AIMS[c] === 100 ? '100' : `≥ ${LIGHTHOUSE_AIMS[c]}`}`).join(', ')}.`,
    '',
    `| page | ${categories.join(' | ')} |`,
    `| --- | ${categories.map(() => '---').join(' | ')} |`,
  ];
  const failing: string[] = [];
  for (const page of lighthouse.pages) {
    const before = previousOf(previous, (p) => p.lighthouse?.pages.find((entry) => entry.path === page.path));
    const cells = categories.map((category) => {
      const score = page.scores[category];
      const was = before?.scores[category];
      const shown = score === null ? 'n/a' : score < LIGHTHOUSE_AIMS[category] ? `**${score}**` : String(score);
      return `${shown}${was == null ? '' : ` [${was}]`}`;
    });
    lines.push(`| \`${page.path}\` | ${cells.join(' | ')} |`);
    if (page.error) failing.push(`- \`${page.path}\`: Lighthouse error: ${page.error}`);
    for (const [category, ids] of Object.entries(page.failing) as [LighthouseCategory, string[]][]) {
      const score = page.scores[category];
      const missed = score === null || score < LIGHTHOUSE_AIMS[category];
      failing.push(
        `- \`${page.path}\` ${category}${missed ? ' (**under its aim**)' : ''}: ${ids.length ? ids.map((id) => `\`${id}\``).join(', ') : 'no single audit failed'}`,
      );
    }
  }
  const misses = lighthouse.pages.some((page) =>
    categories.some((c) => page.scores[c] === null || page.scores[c]! < LIGHTHOUSE_AIMS[c]),
  );
  lines.push('', misses ? 'Some scores are under their aim (in bold).' : 'Every score meets its aim.');
  if (failing.length) {
    lines.push(
      '',
      "Audits that cost points, per page and category under 100 (performance: audits scoring under 0.9); each one's title, figure and first items are in results.json, `lighthouse.pages[].notes`:",
      '',
      ...failing,
    );
  }
  lines.push('');
  return lines;
}

import type { Load, Percentiles } from './measure';
import type { ScaleOptions } from './scale-data';

export type BenchResults = {
  date: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  command: string;
  buildSeconds: number;
  load: { scale: ScaleOptions; seconds: number; rows: Record<string, number>; rowsPerSecond: number };
  queries: Record<string, Record<string, { timing: Percentiles; statements: number; executionMs: number; plans: { query: string; executionMs: number; planningMs: number; plan: string }[] }>>;
  http: Load[];
  rssMb: number | null;
  weight: { path: string; scripts: number; gzipKb: number }[];
  writes?: { csvRowsPerSecond: number; plainInsertRowsPerSecond: number; rows: number };
  freshnessMs?: number | null;
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
  const pages = results.http.filter((entry) => entry.url !== '/robots.txt');
  const bigLabel = Object.keys(results.queries)[0]!;
  const smallLabel = Object.keys(results.queries)[1]!;
  const scorecardBig = results.queries[bigLabel]?.scorecard;
  const scorecardSmall = results.queries[smallLabel]?.scorecard;
  const minRatio = staticLoad && pages.length ? Math.min(...pages.map((page) => page.requestsPerSecond / staticLoad.requestsPerSecond)) : null;
  const maxP99 = pages.length ? Math.max(...pages.map((page) => page.p99)) : null;

  lines.push('# Benchmark results', '');
  lines.push(`Run of \`${results.command}\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC (${results.mode} scale), ${results.totalSeconds.toFixed(0)} s in all.`, '');
  lines.push(`Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GiB, Node ${results.machine.node}, ${results.machine.postgres}.`, '');
  if (previous) lines.push(`Previous run, shown beside each figure in brackets: ${previous.date.slice(0, 16).replace('T', ' ')} UTC (${previous.mode} scale).`, '');

  lines.push('## Targets', '', '| target | figure | verdict |', '| --- | --- | --- |');
  lines.push(`| cached public pages ≥ 50% of the static file's throughput | lowest ratio ${minRatio === null ? 'n/a' : `${(minRatio * 100).toFixed(0)}%`} | ${verdict(minRatio === null ? null : minRatio >= 0.5)} |`);
  lines.push(`| p99 under 100 ms at that load | highest page p99 ${maxP99 === null ? 'n/a' : ms(maxP99)} | ${verdict(maxP99 === null ? null : maxP99 < 100)} |`);
  lines.push(`| scorecard query under 20 ms p95 at full scale | ${scorecardBig ? ms(scorecardBig.timing.p95) : 'n/a'} | ${verdict(scorecardBig ? scorecardBig.timing.p95 < 20 : null)} |`);
  lines.push(
    `| scorecard no slower with 200 states than with 30 | ${scorecardBig && scorecardSmall ? `${ms(scorecardBig.timing.p95)} vs ${ms(scorecardSmall.timing.p95)}` : 'n/a'} | ${verdict(scorecardBig && scorecardSmall ? scorecardBig.timing.p95 <= scorecardSmall.timing.p95 * 1.25 + 1 : null)} |`,
  );
  lines.push(`| a verified change public within 1 s | ${results.freshnessMs == null ? 'n/a' : ms(results.freshnessMs)} | ${verdict(results.freshnessMs == null ? null : results.freshnessMs < 1000)} |`);
  lines.push(
    `| CSV import ≥ 50% of a plain batched insert | ${results.writes ? `${results.writes.csvRowsPerSecond.toFixed(0)} vs ${results.writes.plainInsertRowsPerSecond.toFixed(0)} rows/s` : 'n/a'} | ${verdict(results.writes ? results.writes.csvRowsPerSecond >= 0.5 * results.writes.plainInsertRowsPerSecond : null)} |`,
  );
  lines.push(`| server RSS under 500 MB under load | ${results.rssMb === null ? 'n/a' : `${results.rssMb.toFixed(0)} MB`} | ${verdict(results.rssMb === null ? null : results.rssMb < 500)} |`, '');

  lines.push('## Data load', '');
  lines.push(`${Object.entries(results.load.rows).map(([table, count]) => `${count.toLocaleString('en')} ${table}`).join(', ')}: loaded with COPY in ${results.load.seconds.toFixed(1)} s (${results.load.rowsPerSecond.toFixed(0)} rows/s)${previousOf(previous, (p) => ` [${p.load.seconds.toFixed(1)} s]`) ?? ''}. Build: ${results.buildSeconds.toFixed(0)} s.`, '');

  lines.push('## Throughput and latency', '', `autocannon, ${'10'} connections, each URL in turn against \`next start\`; the static file is served by the same server in the same run.`, '');
  lines.push('| URL | req/s | ratio to static | p50 | p99 | errors / non-2xx |', '| --- | --- | --- | --- | --- | --- |');
  for (const entry of results.http) {
    const before = previousOf(previous, (p) => p.http.find((h) => h.url === entry.url));
    const ratio = staticLoad ? entry.requestsPerSecond / staticLoad.requestsPerSecond : null;
    lines.push(
      `| \`${entry.url}\` | ${entry.requestsPerSecond.toFixed(0)}${before ? ` [${before.requestsPerSecond.toFixed(0)}]` : ''} | ${ratio === null ? 'n/a' : `${(ratio * 100).toFixed(0)}%`} | ${entry.p50} ms | ${entry.p99} ms${before ? ` [${before.p99}]` : ''} | ${entry.errors} / ${entry.non2xx} |`,
    );
  }
  lines.push('', `Server peak RSS under load: ${results.rssMb === null ? 'n/a' : `${results.rssMb.toFixed(0)} MB`}${previousOf(previous, (p) => (p.rssMb === null ? undefined : ` [${p.rssMb.toFixed(0)} MB]`)) ?? ''}.`, '');

  lines.push('## Queries', '', 'Wall-clock time of each data function through the driver, and the server-side execution time of its statements under EXPLAIN ANALYZE.', '');
  lines.push('| data set | function | p50 | p95 | statements | EXPLAIN ANALYZE total |', '| --- | --- | --- | --- | --- | --- |');
  for (const [label, set] of Object.entries(results.queries)) {
    for (const [name, entry] of Object.entries(set)) {
      const before = previousOf(previous, (p) => p.queries[label]?.[name]);
      lines.push(`| ${label} | ${name} | ${ms(entry.timing.p50)} | ${ms(entry.timing.p95)}${before ? ` [${ms(before.timing.p95)}]` : ''} | ${entry.statements} | ${ms(entry.executionMs)} |`);
    }
  }
  lines.push('');

  lines.push('## JavaScript per public page', '', '| page | scripts | kB gzipped |', '| --- | --- | --- |');
  for (const entry of results.weight) {
    const before = previousOf(previous, (p) => p.weight.find((w) => w.path === entry.path));
    lines.push(`| \`${entry.path}\` | ${entry.scripts} | ${entry.gzipKb.toFixed(1)}${before ? ` [${before.gzipKb.toFixed(1)}]` : ''} |`);
  }
  lines.push('');
  if (results.writes) {
    lines.push('## Writes', '', `CSV import of ${results.writes.rows} commitments: ${results.writes.csvRowsPerSecond.toFixed(0)} rows/s; the same rows as a plain batched insert through the same driver: ${results.writes.plainInsertRowsPerSecond.toFixed(0)} rows/s.`, '');
  }
  return `${lines.join('\n')}\n`;
}

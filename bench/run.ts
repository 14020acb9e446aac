import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { connect } from '@/db/client';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { getCountryProfile, listCountries } from '@/db/queries/countries';
import { getScoreHistories } from '@/db/queries/figures';
import { getOverviewFigures } from '@/db/queries/overview';
import { seedDatabase } from '@/db/seed';
import { env } from '@/lib/env';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';
import { freePort } from '../e2e/ops-support';
import { loadScaleData, type ScaleOptions } from './scale-data';
import { measureFreshness, prepareFreshnessProbes, chromiumPath, type FreshnessProbes } from './freshness';
import { measureLighthouse } from './lighthouse';
import { explain, javascriptWeight, load, peakRssMb, time, type Captured } from './measure';
import { measureWrites } from './writes';
import { renderResults, type BenchResults } from './report';
import { serveArguments } from '@/scripts/serve-command';

/**
 * `npm run bench` (full scale) or `npm run bench -- --quick` (under five minutes): builds the production app,
 * loads the scale data into fresh databases, measures, and writes bench/RESULTS.md and bench/results.json.
 * Uses a throwaway embedded PostgreSQL, or DATABASE_URL's server when it is set. Lighthouse runs with its
 * desktop preset; add `--lighthouse-mobile` for its mobile default. Freshness and Lighthouse need Chromium.
 */

const root = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
// Ports other programs on the machine do not hold.
const port = await freePort();
const baseUrl = `http://localhost:${port}`;
const full: ScaleOptions = quick
  ? { countries: 200, commitments: 10_000, reports: 100_000, rounds: 10 }
  : { countries: 200, commitments: 100_000, reports: 1_000_000, rounds: 10 };
const small: ScaleOptions = {
  ...full,
  countries: 30,
  commitments: Math.round((full.commitments * 30) / 200),
  reports: Math.round((full.reports * 30) / 200),
};
const loadSeconds = quick ? 5 : 15;
const writeScale = quick ? { rows: 5_000, calls: 100 } : { rows: 20_000, calls: 500 };
const freshnessReports = quick ? 3 : 5;
// Lighthouse's desktop preset (no mobile CPU and network throttling); `--lighthouse-mobile` for its mobile default.
const lighthousePreset = process.argv.includes('--lighthouse-mobile') ? 'mobile' : 'desktop';
const connections = 10;

function log(line: string) {
  console.log(`[bench] ${line}`);
}

async function prepareDatabase(serverUrl: string, scale: ScaleOptions) {
  const name = uniqueName('et_bench');
  const url = await createDatabase(serverUrl, name);
  await migrateDatabase(url);
  const connection = connect(url, { max: 1 });
  await seedDatabase(connection.db, { demo: false });
  await connection.sql.end();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const loaded = await loadScaleData(sql, scale);
  await sql.end();
  return { name, url, loaded };
}

/** Times the public data functions and EXPLAINs every statement they send. */
async function measureQueries(url: string) {
  const captured: Captured[] = [];
  let capturing = false;
  const connection = connect(url, {
    max: 1,
    debug: (_c, query, parameters) => capturing && captured.push({ query, parameters }),
  });
  const executor = connection.db;
  const cases = {
    scorecard: () => getCountryProfile({ iso3: 'NOR', executor }),
    countryList: () => listCountries({ executor }),
    overview: () => getOverviewFigures({ executor }),
    scoreHistories: () => getScoreHistories({ executor }),
  };
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const out: BenchResults['queries'][string] = {};
  for (const [label, fn] of Object.entries(cases)) {
    const timing = await time(fn, { warmup: 3, runs: quick ? 20 : 50 });
    captured.length = 0;
    capturing = true;
    await fn();
    capturing = false;
    const plans = await explain(sql, captured);
    out[label] = {
      timing,
      statements: plans.length,
      executionMs: plans.reduce((sum, plan) => sum + plan.executionMs, 0),
      plans,
    };
  }
  await sql.end();
  await connection.sql.end();
  return out;
}

function startServer(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, serveArguments(port), {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: '.next-bench',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
      NEXTAUTH_URL: baseUrl,
    },
  });
}

async function waitFor(url: string, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Peak RSS of the server and any processes it started. */
async function serverPeakRss(pid: number): Promise<number | null> {
  let pids = [pid];
  try {
    pids = pids.concat(
      execFileSync('pgrep', ['-P', String(pid)])
        .toString()
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    // no children
  }
  const values = await Promise.all(pids.map(peakRssMb));
  const known = values.filter((value): value is number => value !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

const PAGES = ['/', '/countries', '/countries/nor', '/api/v1/commitments?country=nor'];
const twinsDir = path.join(root, 'public', 'bench-static');

/** Where the same-size static copy of a page is served: /countries/nor → /bench-static/countries-nor.html. */
function twinOf(page: string): string {
  const slug =
    page
      .replace(/^\/api\/v1\//, 'api-')
      .replace(/[/?=&]+/g, '-')
      .replace(/^-|-$/g, '') || 'home';
  return `/bench-static/${slug}${page.startsWith('/api/') ? '.json' : '.html'}`;
}

/**
 * Writes each page's bytes, as the server answers them, into public/ as a static file. A page is then
 * compared with a static file of its own size, served by the same server: the cost of being a cached
 * page rather than a file, apart from the cost of its size. Next reads public/ when it starts, so this
 * runs on a server of its own before the measured one.
 */
async function writeStaticTwins(databaseUrl: string) {
  await withServer(databaseUrl, async () => {
    await mkdir(twinsDir, { recursive: true });
    for (const page of PAGES) {
      await fetch(baseUrl + page).then((r) => r.arrayBuffer());
      const body = Buffer.from(await (await fetch(baseUrl + page)).arrayBuffer());
      await writeFile(path.join(root, 'public', twinOf(page)), body);
    }
  });
}

/** Runs `measure` against a fresh `next start` (its cache is in memory only, so it starts empty), then stops it. */
async function withServer<T>(databaseUrl: string, measure: (server: ChildProcess) => Promise<T>): Promise<T> {
  const server = startServer(databaseUrl);
  try {
    await waitFor(`${baseUrl}/api/health`, 60);
    return await measure(server);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

async function measureHttp(databaseUrl: string, probes: FreshnessProbes) {
  log('writing a same-size static copy of each page');
  await writeStaticTwins(databaseUrl);
  try {
    return await withServer(databaseUrl, (server) => measurePages(server, probes));
  } finally {
    await rm(twinsDir, { recursive: true, force: true });
  }
}

async function measurePages(server: ChildProcess, probes: FreshnessProbes) {
  const targets = ['/robots.txt', ...PAGES.flatMap((page) => [page, twinOf(page)])];
  const available: string[] = [];
  for (const target of targets) {
    const response = await fetch(baseUrl + target);
    if (response.ok) available.push(target);
    else log(`${target} answers ${response.status}; not measured`);
    // Warm caches and the JIT before measuring.
    for (let i = 0; i < 20 && response.ok; i += 1) await fetch(baseUrl + target).then((r) => r.arrayBuffer());
  }
  const results: BenchResults['http'] = [];
  for (const target of available) {
    log(`load ${target} for ${loadSeconds} s at ${connections} connections`);
    const measured = await load(baseUrl + target, { connections, seconds: loadSeconds });
    results.push({ ...measured, url: target, ...(PAGES.includes(target) ? { twin: twinOf(target) } : {}) });
  }
  const rss = server.pid ? await serverPeakRss(server.pid) : null;
  const weight = [];
  for (const page of ['/', '/countries', '/countries/nor']) weight.push(await javascriptWeight(baseUrl, page));
  log(`freshness: verifying ${probes.targets.length} reports in the browser, polling /countries/${probes.iso3}`);
  const freshness = await measureFreshness(baseUrl, probes);
  log(`lighthouse (${lighthousePreset}) on the public pages`);
  const lighthouse = await measureLighthouse(root, baseUrl, ['/', '/countries', '/countries/nor'], {
    preset: lighthousePreset,
    chromePath: chromiumPath(),
  });
  return { results, rss, weight, freshness, lighthouse };
}

async function main() {
  const started = Date.now();
  const outDir = path.join(root, 'bench');
  const previous: BenchResults | null = existsSync(path.join(outDir, 'results.json'))
    ? (JSON.parse(await readFile(path.join(outDir, 'results.json'), 'utf8')) as BenchResults)
    : null;

  log('building the production app into .next-bench');
  const buildStart = Date.now();
  execFileSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: '.next-bench', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const buildSeconds = (Date.now() - buildStart) / 1000;

  let embedded: EmbeddedServer | undefined;
  let embeddedDir: string | undefined;
  let serverUrl = env().DATABASE_URL;
  if (!serverUrl) {
    await mkdir(path.join(root, '.data'), { recursive: true });
    embeddedDir = await mkdtemp(path.join(root, '.data', 'bench-'));
    embedded = await startEmbeddedPostgres({ dir: embeddedDir, port: await freePort() });
    serverUrl = embedded.url('postgres');
  }
  const databases: string[] = [];
  try {
    log(`loading ${full.countries} states, ${full.commitments} commitments, ${full.reports} reports`);
    const big = await prepareDatabase(serverUrl, full);
    databases.push(big.name);
    log(`loaded in ${big.loaded.seconds.toFixed(1)} s`);
    log(`loading the same per-state shape with ${small.countries} states`);
    const little = await prepareDatabase(serverUrl, small);
    databases.push(little.name);

    log('timing queries');
    const queries = {
      [`${full.countries} states`]: await measureQueries(big.url),
      [`${small.countries} states`]: await measureQueries(little.url),
    };
    const probes = await prepareFreshnessProbes(big.url, { iso3: 'nor', reports: freshnessReports });
    log('measuring HTTP');
    const http = await measureHttp(big.url, probes);
    log(
      `writes: CSV import of ${writeScale.rows} rows against a plain batched insert; ${writeScale.calls} submits and verifies`,
    );
    const writes = await measureWrites(big.url, writeScale);

    const pgVersion = (
      await (async () => {
        const sql = postgres(big.url, { max: 1 });
        const [row] = await sql<{ version: string }[]>`select version()`;
        await sql.end();
        return row?.version ?? 'unknown';
      })()
    ).split(',')[0]!;

    const results: BenchResults = {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: pgVersion,
      },
      command: quick ? 'npm run bench -- --quick' : 'npm run bench',
      buildSeconds,
      load: {
        scale: full,
        seconds: big.loaded.seconds,
        rows: big.loaded.rows,
        rowsPerSecond: Object.values(big.loaded.rows).reduce((a, b) => a + b, 0) / big.loaded.seconds,
      },
      queries,
      http: http.results,
      rssMb: http.rss,
      weight: http.weight,
      writes,
      freshness: http.freshness,
      lighthouse: http.lighthouse,
      totalSeconds: (Date.now() - started) / 1000,
    };
    await writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(path.join(outDir, 'RESULTS.md'), renderResults(results, previous));
    log(`wrote bench/RESULTS.md in ${results.totalSeconds.toFixed(0)} s`);
  } finally {
    for (const name of databases) await dropDatabase(serverUrl, name).catch(() => {});
    await embedded?.stop();
    if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

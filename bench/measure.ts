import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import type postgres from 'postgres';

/** Measurement primitives for bench/run.ts. Each returns plain figures; nothing here asserts anything. */

export type Percentiles = { p50: number; p95: number; p99: number; mean: number; runs: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, runs: sorted.length };
}

/** Wall-clock timings of `fn` after warm-up runs. */
export async function time(fn: () => Promise<unknown>, { warmup = 3, runs = 30 } = {}): Promise<Percentiles> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

export type Captured = { query: string; parameters: unknown[] };

/** Runs every captured statement under EXPLAIN ANALYZE; returns server-side execution time per statement. */
export async function explain(
  sql: postgres.Sql,
  statements: Captured[],
): Promise<{ query: string; executionMs: number; planningMs: number; plan: string }[]> {
  const results = [];
  for (const statement of statements) {
    const rows = await sql.unsafe<
      { 'QUERY PLAN': { 'Execution Time': number; 'Planning Time': number; Plan: { 'Node Type': string } }[] }[]
    >(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.query}`, statement.parameters as never[]);
    const plan = rows[0]!['QUERY PLAN'][0]!;
    results.push({
      query: statement.query.replace(/\s+/g, ' ').slice(0, 160),
      executionMs: plan['Execution Time'],
      planningMs: plan['Planning Time'],
      plan: plan.Plan['Node Type'],
    });
  }
  return results;
}

export type Load = { url: string; requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

export async function load(
  url: string,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    url,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export type Weight = { path: string; scripts: number; gzipKb: number; scriptsKb?: number; inlineKb?: number };

/**
 * JavaScript a page makes a current browser download, gzipped: every script file it references, and
 * the inline scripts (the React Server Components payload). `nomodule` scripts (legacy polyfills) are
 * left out: browsers that run modules never fetch them.
 */
export async function javascriptWeight(baseUrl: string, path: string): Promise<Weight> {
  const html = await (await fetch(baseUrl + path)).text();
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []);
  let scriptBytes = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    scriptBytes += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .join('');
  const inlineBytes = inline ? gzipSync(Buffer.from(inline)).length : 0;
  return {
    path,
    scripts: new Set(sources).size,
    gzipKb: (scriptBytes + inlineBytes) / 1024,
    scriptsKb: scriptBytes / 1024,
    inlineKb: inlineBytes / 1024,
  };
}

/** Peak resident memory of a process (Linux), in MB. */
export async function peakRssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

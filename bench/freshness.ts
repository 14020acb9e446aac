import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { asc, eq } from 'drizzle-orm';
import { connect } from '@/db/client';
import { countries, standards } from '@/db/schema';
import { createCommitment, createReport, createUser } from '@/db/seed/factories';
import { percentiles } from './measure';

/**
 * Freshness as a person sees it: the secretariat verifies a report in the browser, with a new assessed
 * status, and a reader's plain HTTP requests to the public country page are polled until that status
 * shows. Both are timed from the moment the verify action's response arrives in the browser (headers
 * received; `fromClickMs` also counts the action itself) to the arrival of the first page that shows it.
 */

export type FreshnessSample = { ref: string; fromResponseMs: number | null; fromClickMs: number | null; polls: number };
export type FreshnessResults = {
  iso3: string;
  /** What t0 is: 'response' (the verify action's response headers reach the browser). */
  t0: 'response';
  samples: FreshnessSample[];
  medianMs: number | null;
  maxMs: number | null;
  /** Probes whose new status had not shown after GIVE_UP_MS; any at all misses the target. */
  timedOut: number;
};

const POLL_EVERY_MS = 20;
// A slow page would otherwise pile requests up; a reader's browser would not send more than this either.
const MAX_IN_FLIGHT = 4;
const GIVE_UP_MS = 30_000;
const FROM = 'not_started';
const TO = 'substantial';

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Chromium from Playwright's own download when it is there, else the system's. */
export function chromiumPath(): string {
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // no bundled browser registered
  }
  return '/usr/bin/chromium';
}

/** The public status of one commitment in the country page's HTML, or null when its row is absent. */
function statusIn(html: string, ref: string): string | null {
  const start = html.indexOf(`data-commitment="${ref}"`);
  if (start < 0) return null;
  const row = html.slice(start, html.indexOf('</tr>', start));
  // The first badge in the row is the public (verified) status; the state's claim comes after it.
  return /data-status="([a-z_]+)"/.exec(row)?.[1] ?? null;
}

async function pollUntil(
  url: string,
  ref: string,
  status: string,
): Promise<{ arrivedAt: number | null; polls: number }> {
  const deadline = performance.now() + GIVE_UP_MS;
  let polls = 0;
  let inFlight = 0;
  return new Promise((resolve) => {
    let done = false;
    const finish = (arrivedAt: number | null) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      resolve({ arrivedAt, polls });
    };
    const poll = () => {
      if (done) return;
      if (performance.now() > deadline) return finish(null);
      if (inFlight >= MAX_IN_FLIGHT) return;
      inFlight += 1;
      polls += 1;
      fetch(url, { cache: 'no-store' })
        .then((response) => response.text())
        .then((html) => {
          const arrivedAt = performance.now();
          if (statusIn(html, ref) === status) finish(arrivedAt);
        })
        .catch(() => {})
        .finally(() => {
          inFlight -= 1;
        });
    };
    const timer = setInterval(poll, POLL_EVERY_MS);
    poll();
  });
}

async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 });
}

export type FreshnessProbes = {
  iso3: string;
  account: { email: string; password: string };
  targets: { ref: string; reportId: number }[];
};

/**
 * A secretariat account with a known password and `reports` submitted reports on new published commitments
 * of one state. Made before the server starts, so that no cached page predates them.
 */
export async function prepareFreshnessProbes(
  databaseUrl: string,
  { iso3, reports }: { iso3: string; reports: number },
): Promise<FreshnessProbes> {
  const connection = connect(databaseUrl, { max: 2 });
  const account = {
    email: `bench-secretariat-${Date.now()}@example.test`,
    password: 'bench-secretariat-quiet-harbour-31',
  };
  const targets: { ref: string; reportId: number }[] = [];
  try {
    const executor = connection.db;
    await createUser(executor, {
      role: 'secretariat',
      email: account.email,
      name: 'Benchmark secretariat',
      password: account.password,
    });
    const [country] = await executor
      .select({ id: countries.id })
      .from(countries)
      .where(eq(countries.iso3, iso3.toUpperCase()));
    if (!country) throw new Error(`no country ${iso3}`);
    const [standard] = await executor
      .select({ id: standards.id })
      .from(standards)
      .orderBy(asc(standards.position))
      .limit(1);
    for (let i = 0; i < reports; i += 1) {
      const commitment = await createCommitment(executor, {
        countryId: country.id,
        madeOn: '2030-05-01',
        title: `Freshness probe ${i + 1}`,
        publication: 'published',
        status: FROM,
        standardIds: standard ? [standard.id] : [],
      });
      const report = await createReport(executor, {
        commitmentId: commitment.id,
        state: 'submitted',
        claimedStatus: 'complete',
      });
      targets.push({ ref: commitment.ref, reportId: report.id });
    }
  } finally {
    await connection.sql.end();
  }
  return { iso3, account, targets };
}

export async function measureFreshness(
  baseUrl: string,
  { iso3, account, targets }: FreshnessProbes,
): Promise<FreshnessResults> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BROWSER_ARGS });
  const samples: FreshnessSample[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, baseUrl, account);
    const publicUrl = `${baseUrl}/countries/${iso3.toLowerCase()}`;
    for (const target of targets) {
      // The page as readers have it now (and as any cache holds it): the old status.
      const before = statusIn(await (await fetch(publicUrl)).text(), target.ref);
      if (before !== FROM)
        throw new Error(`${target.ref} shows ${before ?? 'nothing'} on ${publicUrl} before it is verified`);
      await page.goto(`${baseUrl}/workspace/review/${target.reportId}`);
      await page.getByLabel('Assessed status').selectOption(TO);
      const responded = page
        .waitForResponse(
          (response) =>
            response.request().method() === 'POST' && response.request().headers()['next-action'] !== undefined,
          { timeout: 60_000 },
        )
        .then(() => performance.now());
      const clickedAt = performance.now();
      await page.getByRole('button', { name: 'Verify and publish the status' }).click();
      const t0 = await responded;
      const { arrivedAt, polls } = await pollUntil(publicUrl, target.ref, TO);
      await page.getByText(`Report on ${target.ref} verified`).waitFor({ timeout: 30_000 });
      samples.push({
        ref: target.ref,
        fromResponseMs: arrivedAt === null ? null : Math.max(0, arrivedAt - t0),
        fromClickMs: arrivedAt === null ? null : arrivedAt - clickedAt,
        polls,
      });
    }
  } finally {
    await browser.close();
  }
  const measured = samples.flatMap((sample) => (sample.fromResponseMs === null ? [] : [sample.fromResponseMs]));
  return {
    iso3,
    t0: 'response',
    samples,
    medianMs: measured.length ? percentiles(measured).p50 : null,
    maxMs: measured.length ? Math.max(...measured) : null,
    timedOut: samples.length - measured.length,
  };
}

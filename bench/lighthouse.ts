import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Lighthouse scores of public pages, through its own CLI (the npm package, pinned) against the bench
 * server, one page at a time. Where a category scores under 100, the audits that cost it points are
 * listed by id, so a miss (or a near miss) can be fixed starting from the Lighthouse docs for each.
 */

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export type LighthousePage = {
  path: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: Record<LighthouseCategory, number | null>;
  /** Per category under 100: the ids of the audits that cost it points (for performance, those under 0.9). Under the aim or not. */
  failing: Partial<Record<LighthouseCategory, string[]>>;
  /** For each of those audits: its title, figure and first few items (console messages, URLs), to start the fix from. */
  notes: Record<string, string>;
  error?: string;
};
export type LighthouseResults = { preset: 'desktop' | 'mobile'; version: string; pages: LighthousePage[] };

export const LIGHTHOUSE_AIMS: Record<LighthouseCategory, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};
const CATEGORIES = Object.keys(LIGHTHOUSE_AIMS) as LighthouseCategory[];

type Report = {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      scoreDisplayMode: string;
      title: string;
      displayValue?: string;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
};

const run = promisify(execFile);

function noteOf(audit: Report['audits'][string]): string {
  const items = (audit.details?.items ?? [])
    .slice(0, 3)
    .map((item) => {
      const where =
        item.sourceLocation && typeof item.sourceLocation === 'object'
          ? (item.sourceLocation as { url?: string }).url
          : item.url;
      return [item.description, where]
        .filter((v): v is string => typeof v === 'string' && v !== '')
        .join(' at ')
        .slice(0, 300);
    })
    .filter((v) => v !== '');
  return [audit.title, audit.displayValue, ...items].filter(Boolean).join(' — ');
}

function failingAudits(report: Report, category: LighthouseCategory): string[] {
  const pass = category === 'performance' ? 0.9 : 1;
  return (report.categories[category]?.auditRefs ?? [])
    .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode) &&
        audit.score < pass,
    )
    .map(({ id }) => id);
}

export async function measureLighthouse(
  root: string,
  baseUrl: string,
  pages: string[],
  { preset, chromePath }: { preset: 'desktop' | 'mobile'; chromePath: string },
): Promise<LighthouseResults> {
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  const results: LighthousePage[] = [];
  let version = 'unknown';
  for (const page of pages) {
    const args = [
      cli,
      baseUrl + page,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    try {
      const { stdout } = await run(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        maxBuffer: 256 * 1024 * 1024,
        timeout: 180_000,
      });
      const report = JSON.parse(stdout) as Report;
      version = report.lighthouseVersion;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          report.categories[c]?.score == null ? null : Math.round(report.categories[c]!.score! * 100),
        ]),
      ) as LighthousePage['scores'];
      const failing: LighthousePage['failing'] = {};
      for (const category of CATEGORIES) {
        const score = scores[category];
        if (score === null || score < 100) failing[category] = failingAudits(report, category);
      }
      const notes = Object.fromEntries(
        Object.values(failing)
          .flat()
          .map((id) => [id, noteOf(report.audits[id]!)]),
      );
      results.push({
        path: page,
        scores,
        failing,
        notes,
        ...(report.runtimeError ? { error: `${report.runtimeError.code}: ${report.runtimeError.message}` } : {}),
      });
    } catch (error) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as LighthousePage['scores'];
      results.push({
        path: page,
        scores,
        failing: {},
        notes: {},
        error: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error),
      });
    }
  }
  return { preset, version, pages: results };
}

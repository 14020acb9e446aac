import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import {
  commitmentStandards,
  commitments,
  countries,
  frameworkTexts,
  frameworks,
  standardTexts,
  standards,
  type ContentLanguage,
  type ImplementationStatus,
} from '@/db/schema';
import {
  emptyDistribution,
  IMPLEMENTATION_STATUSES,
  scoreOfDistribution,
  type StatusDistribution,
} from '@/lib/scoring';
import { regionName } from './countries';
import { listStandardFigures } from './figures';

/**
 * Public reads by standard: the standards themselves, progress per standard, the states × standards
 * matrix and one standard across states. Published commitments only (filtered in SQL); statuses are
 * the commitments' public statuses, which only verified reports move.
 */

const isPublished = eq(commitments.publication, 'published');

/** A framework as the public sees it, named in English (the open data's language). */
export type PublicFramework = { code: string; name: string; isDemo: boolean };

/**
 * A standard as the public sees it, with its English title and description: the open data carries
 * those, and pages show the reader's language from `listReferenceTexts` (lib/i18n/standard-text.ts).
 */
export type PublicStandard = {
  code: string;
  title: string;
  description: string;
  position: number;
  /** Retired standards stay on the commitments linked to them and on public pages, marked as such. */
  retiredAt: Date | null;
  framework: PublicFramework;
};

export type StandardProgress = PublicStandard & {
  commitments: number;
  countries: number;
  distribution: StatusDistribution;
  score: number | null;
};

/** Frameworks in the order pages list them: the real ones first, then by creation. */
const frameworkOrder = [asc(frameworks.isDemo), asc(frameworks.id)];

export async function listStandards({ executor = db() }: { executor?: Executor } = {}): Promise<PublicStandard[]> {
  // English is required of every standard and framework; should a row lack it, the code stands in.
  const rows = await executor
    .select({
      code: standards.code,
      title: sql<string>`coalesce(${standardTexts.title}, ${standards.code})`,
      description: sql<string>`coalesce(${standardTexts.description}, '')`,
      position: standards.position,
      retiredAt: standards.retiredAt,
      frameworkCode: frameworks.code,
      frameworkName: sql<string>`coalesce(${frameworkTexts.name}, ${frameworks.code})`,
      frameworkIsDemo: frameworks.isDemo,
    })
    .from(standards)
    .innerJoin(frameworks, eq(frameworks.id, standards.frameworkId))
    .leftJoin(standardTexts, and(eq(standardTexts.standardId, standards.id), eq(standardTexts.locale, 'en')))
    .leftJoin(frameworkTexts, and(eq(frameworkTexts.frameworkId, frameworks.id), eq(frameworkTexts.locale, 'en')))
    .orderBy(...frameworkOrder, asc(standards.position));
  return rows.map(({ frameworkCode, frameworkName, frameworkIsDemo, ...standard }) => ({
    ...standard,
    framework: { code: frameworkCode, name: frameworkName, isDemo: frameworkIsDemo },
  }));
}

/** A text in each language it is kept in, by locale (`en` always, when the services wrote it). */
export type TextsByLocale<T> = Partial<Record<string, T>>;

export type ReferenceTexts = {
  frameworks: { code: string; isDemo: boolean; texts: TextsByLocale<{ name: string; description: string }> }[];
  standards: {
    code: string;
    frameworkCode: string;
    position: number;
    retiredAt: Date | null;
    texts: TextsByLocale<{ title: string; description: string }>;
  }[];
};

/**
 * Every framework and standard with its texts in every language they are kept in: what pages word
 * them from, in the reader's language with English to fall back on. Small (a few frameworks, tens of
 * standards) and read through the cache, so one read serves every page.
 */
export async function listReferenceTexts({ executor = db() }: { executor?: Executor } = {}): Promise<ReferenceTexts> {
  const [frameworkRows, frameworkTextRows, standardRows, standardTextRows] = await Promise.all([
    executor
      .select({ id: frameworks.id, code: frameworks.code, isDemo: frameworks.isDemo })
      .from(frameworks)
      .orderBy(...frameworkOrder),
    executor
      .select({
        frameworkId: frameworkTexts.frameworkId,
        locale: frameworkTexts.locale,
        name: frameworkTexts.name,
        description: frameworkTexts.description,
      })
      .from(frameworkTexts),
    executor
      .select({
        id: standards.id,
        frameworkId: standards.frameworkId,
        code: standards.code,
        position: standards.position,
        retiredAt: standards.retiredAt,
      })
      .from(standards)
      .orderBy(asc(standards.frameworkId), asc(standards.position)),
    executor
      .select({
        standardId: standardTexts.standardId,
        locale: standardTexts.locale,
        title: standardTexts.title,
        description: standardTexts.description,
      })
      .from(standardTexts),
  ]);
  const codeOf = new Map(frameworkRows.map((row) => [row.id, row.code]));
  const rank = new Map(frameworkRows.map((row, index) => [row.id, index]));
  return {
    frameworks: frameworkRows.map(({ id, code, isDemo }) => ({
      code,
      isDemo,
      texts: Object.fromEntries(
        frameworkTextRows
          .filter((text) => text.frameworkId === id)
          .map(({ locale, name, description }) => [locale, { name, description }]),
      ),
    })),
    standards: standardRows
      .sort((a, b) => rank.get(a.frameworkId)! - rank.get(b.frameworkId)! || a.position - b.position)
      .map(({ id, frameworkId, code, position, retiredAt }) => ({
        code,
        frameworkCode: codeOf.get(frameworkId)!,
        position,
        retiredAt,
        texts: Object.fromEntries(
          standardTextRows
            .filter((text) => text.standardId === id)
            .map(({ locale, title, description }) => [locale, { title, description }]),
        ),
      })),
  };
}

/** Every standard with how its published commitments stand, across all states. */
export async function getStandardsProgress({ executor = db() }: { executor?: Executor } = {}): Promise<
  StandardProgress[]
> {
  const [list, links] = await Promise.all([listStandards({ executor }), listStandardFigures({ executor })]);
  return list.map((standard) => {
    const distribution = emptyDistribution();
    const states = new Set<number>();
    for (const link of links) {
      if (link.code !== standard.code) continue;
      for (const status of IMPLEMENTATION_STATUSES) distribution[status] += link.distribution[status];
      states.add(link.countryId);
    }
    const summary = scoreOfDistribution(distribution);
    return {
      ...standard,
      commitments: summary.counted + summary.excluded,
      countries: states.size,
      distribution,
      score: summary.score,
    };
  });
}

export type MatrixCell = { commitments: number; distribution: StatusDistribution; score: number | null };
export type MatrixRow = {
  country: { iso3: string; iso2: string; name: string; region: string };
  cells: Record<string, MatrixCell>;
};

/** States × standards, for every state with at least one published commitment. Cells with no commitment are absent. */
export async function getStandardsMatrix({ executor = db() }: { executor?: Executor } = {}): Promise<{
  standards: PublicStandard[];
  rows: MatrixRow[];
}> {
  const [list, links, countryRows] = await Promise.all([
    listStandards({ executor }),
    listStandardFigures({ executor }),
    executor
      .select({
        id: countries.id,
        iso3: countries.iso3,
        iso2: countries.iso2,
        name: countries.name,
        region: regionName,
      })
      .from(countries)
      .orderBy(asc(countries.name)),
  ]);
  const byCountry = new Map<number, Map<string, StatusDistribution>>();
  for (const link of links) {
    const cells = byCountry.get(link.countryId) ?? new Map<string, StatusDistribution>();
    cells.set(link.code, link.distribution);
    byCountry.set(link.countryId, cells);
  }
  const rows = countryRows
    .filter((country) => byCountry.has(country.id))
    .map(({ id, ...country }) => {
      const cells: Record<string, MatrixCell> = {};
      for (const [code, distribution] of byCountry.get(id) ?? []) {
        const summary = scoreOfDistribution(distribution);
        cells[code] = { commitments: summary.counted + summary.excluded, distribution, score: summary.score };
      }
      return { country, cells };
    });
  return { standards: list, rows };
}

export type StandardDetail = {
  standard: PublicStandard;
  progress: StandardProgress;
  countries: (MatrixRow['country'] & MatrixCell)[];
  /** The first STANDARD_PAGE_COMMITMENTS by state and reference; the whole list is in the API. */
  commitments: {
    ref: string;
    title: string;
    language: ContentLanguage;
    status: ImplementationStatus;
    country: { iso3: string; iso2: string; name: string };
  }[];
  commitmentsTotal: number;
};

/**
 * How many commitments a standard's page lists. A real body has tens per standard; at the scale the
 * benchmark loads (20,000 per standard) a full list made a page of megabytes, too big to cache.
 */
export const STANDARD_PAGE_COMMITMENTS = 200;

/** One standard across states; null for an unknown code (any letter case). */
export async function getStandardDetail({
  code,
  executor = db(),
}: {
  code: string;
  executor?: Executor;
}): Promise<StandardDetail | null> {
  const normalised = code.trim().toUpperCase();
  const progress = (await getStandardsProgress({ executor })).find((standard) => standard.code === normalised);
  if (!progress) return null;
  const underStandard = and(isPublished, eq(standards.code, normalised));
  const [counts, rows] = await Promise.all([
    executor
      .select({
        iso3: countries.iso3,
        iso2: countries.iso2,
        name: countries.name,
        region: regionName,
        status: commitments.status,
        n: count(),
      })
      .from(commitmentStandards)
      .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
      .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
      .innerJoin(countries, eq(countries.id, commitments.countryId))
      .where(underStandard)
      .groupBy(countries.id, commitments.status)
      .orderBy(asc(countries.name)),
    executor
      .select({
        ref: commitments.ref,
        title: commitments.title,
        language: commitments.language,
        status: commitments.status,
        iso3: countries.iso3,
        iso2: countries.iso2,
        name: countries.name,
      })
      .from(commitmentStandards)
      .innerJoin(commitments, eq(commitments.id, commitmentStandards.commitmentId))
      .innerJoin(standards, eq(standards.id, commitmentStandards.standardId))
      .innerJoin(countries, eq(countries.id, commitments.countryId))
      .where(underStandard)
      .orderBy(asc(countries.name), asc(commitments.ref))
      .limit(STANDARD_PAGE_COMMITMENTS),
  ]);

  const perCountry = new Map<string, MatrixRow['country'] & { distribution: StatusDistribution }>();
  let commitmentsTotal = 0;
  for (const row of counts) {
    const entry = perCountry.get(row.iso3) ?? {
      iso3: row.iso3,
      iso2: row.iso2,
      name: row.name,
      region: row.region,
      distribution: emptyDistribution(),
    };
    entry.distribution[row.status] += row.n;
    commitmentsTotal += row.n;
    perCountry.set(row.iso3, entry);
  }
  const { framework, code: standardCode, title, description, position, retiredAt } = progress;
  return {
    standard: { code: standardCode, title, description, position, retiredAt, framework },
    progress,
    countries: [...perCountry.values()].map((entry) => {
      const summary = scoreOfDistribution(entry.distribution);
      return { ...entry, commitments: summary.counted + summary.excluded, score: summary.score };
    }),
    commitments: rows.map(({ ref, title: commitmentTitle, language, status, iso3, iso2, name }) => ({
      ref,
      title: commitmentTitle,
      language,
      status,
      country: { iso3, iso2, name },
    })),
    commitmentsTotal,
  };
}

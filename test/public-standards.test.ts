import { eq } from 'drizzle-orm';
import { createElement, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { parse } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { invalidatePublicData } from '@/db/queries/public-cache';
import { standardTexts } from '@/db/schema';
import { createCommitment, createCountry, createFramework, createStandard } from '@/db/seed/factories';
import { clearCache } from '@/test/mocks/next-cache';
import { setRequest } from '@/test/mocks/next-headers';
import { callApi } from '@/test/open-data-client';

const request = vi.hoisted(() => ({ locale: 'en' }));

// A data cache that keeps entries by key and drops them by tag, as Next's does.
vi.mock('next/cache', () => import('@/test/mocks/next-cache'));
vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
// Outside Next there is no request config: the request's language is `request.locale`, and
// translations come straight from the message files.
vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/lib/i18n/messages');
  const translator = async (namespace?: string, locale = request.locale) =>
    createTranslator({ locale, messages: await loadMessages(locale as 'en'), namespace: namespace as never });
  return {
    getTranslations: (arg?: string | { locale: string; namespace?: string }) =>
      typeof arg === 'object' ? translator(arg.namespace, arg.locale) : translator(arg),
    getLocale: async () => request.locale,
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: 'UTC' }),
    setRequestLocale: (locale: string) => {
      request.locale = locale;
    },
  };
});
// Links as plain anchors: the address is what these tests look at, not client-side navigation.
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({
    href,
    children,
    ...rest
  }: {
    href: string | { pathname: string; query?: Record<string, string> };
    children?: ReactNode;
  }) =>
    createElement(
      'a',
      {
        ...rest,
        href: typeof href === 'string' ? href : `${href.pathname}?${new URLSearchParams(href.query ?? {}).toString()}`,
      },
      children,
    ),
  getPathname: ({ href }: { href: string }) => href,
}));

/**
 * The public side of frameworks and standards, against a real database: /standards and a standard's
 * page word them in the reader's language with English to fall back on (marked lang="en"), mark a
 * retired standard and a demo framework, let the reader choose the framework, and the API and CSV
 * name each standard's framework.
 */

const RETIRED = new Date('2026-03-03T09:00:00Z');

beforeAll(async () => {
  setRequest({ headers: { host: 'tracker.test' } });
  const framework = await createFramework(db(), {
    code: 'TF',
    texts: { en: { name: 'Test framework' }, fr: { name: 'Cadre d’essai' } },
  });
  const translated = await createStandard(db(), {
    frameworkId: framework.id,
    code: 'TF-1',
    texts: {
      en: { title: 'Open the books', description: 'Publish the accounts.' },
      fr: { title: 'Ouvrir les comptes', description: 'Publier les comptes.' },
    },
  });
  const englishOnly = await createStandard(db(), {
    frameworkId: framework.id,
    code: 'TF-2',
    texts: { en: { title: 'Hear the public', description: 'Consult before deciding.' } },
  });
  const retired = await createStandard(db(), {
    frameworkId: framework.id,
    code: 'TF-3',
    retiredAt: RETIRED,
    texts: { en: { title: 'Count the votes' }, fr: { title: 'Compter les voix' } },
  });
  const demo = await createFramework(db(), {
    code: 'DF',
    isDemo: true,
    texts: { en: { name: 'Demo test framework' }, fr: { name: 'Cadre de démonstration d’essai' } },
  });
  const demoStandard = await createStandard(db(), {
    frameworkId: demo.id,
    code: 'DF-1',
    texts: { en: { title: 'Demonstrate' }, fr: { title: 'Démontrer' } },
  });
  const state = await createCountry(db(), { iso3: 'NOR', iso2: 'NO', name: 'Norway' });
  await createCommitment(db(), {
    countryId: state.id,
    publication: 'published',
    status: 'complete',
    standardIds: [translated.id, englishOnly.id, retired.id],
  });
  await createCommitment(db(), {
    countryId: state.id,
    publication: 'published',
    status: 'limited',
    standardIds: [demoStandard.id],
  });
});

beforeEach(() => {
  clearCache();
});

async function html(node: Promise<ReactNode> | ReactNode): Promise<string> {
  const stream = await renderToReadableStream(createElement('div', null, await node));
  await stream.allReady;
  return new Response(stream).text();
}

async function standardsPage(locale: string, query: Record<string, string> = {}): Promise<string> {
  const { default: StandardsPage } = await import('@/app/[locale]/(public)/standards/(list)/page');
  request.locale = locale;
  return html(StandardsPage({ params: Promise.resolve({ locale }), searchParams: Promise.resolve(query) }));
}

async function standardPage(locale: string, code: string): Promise<string> {
  const { default: StandardPage } = await import('@/app/[locale]/(public)/standards/[code]/page');
  request.locale = locale;
  return html(StandardPage({ params: Promise.resolve({ locale, code }) }));
}

describe('/standards', () => {
  it('words standards in the reader\'s language, and an English-only one in English marked lang="en"', async () => {
    const page = await standardsPage('fr');
    expect(page).toContain('Ouvrir les comptes');
    expect(page).not.toContain('Open the books');
    expect(page).toContain('<span lang="en">Hear the public</span>');
    expect(page).not.toMatch(/lang="en"[^>]*>Ouvrir les comptes/);
    // On a right-to-left page the English text also runs left to right.
    expect(await standardsPage('ar')).toContain('<span lang="en" dir="ltr">Hear the public</span>');
    // In English nothing is marked.
    expect(await standardsPage('en')).toContain('<span>Hear the public</span>');
  });

  it('marks a retired standard "Retired" with its date, in the reader\'s language', async () => {
    const en = await standardsPage('en');
    expect(en).toContain('data-retired="2026-03-03"');
    expect(en).toContain('Retired on 3 March 2026');
    expect(await standardsPage('fr')).toContain('Plus en vigueur depuis le 3 mars 2026');
  });

  it('shows the first framework by default and another chosen by ?framework=, links to each, and 404s an unknown one', async () => {
    const first = await standardsPage('en');
    expect(first).toContain('data-standard="TF-1"');
    expect(first).not.toContain('data-standard="DF-1"');
    expect(first).toContain('href="/standards?framework=df"');
    expect(first).toMatch(/<a aria-current="page"[^>]*href="\/standards\?framework=tf"/);

    const demo = await standardsPage('en', { framework: 'DF' });
    expect(demo).toContain('data-standard="DF-1"');
    expect(demo).not.toContain('data-standard="TF-1"');
    expect(demo).toMatch(/<a aria-current="page"[^>]*href="\/standards\?framework=df"/);
    expect(demo).toContain('data-demo-framework="true"');
    expect(demo).toContain('Score of each state on each standard of <span>Demo test framework</span>');

    await expect(standardsPage('en', { framework: 'nope' })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('shows a wording change once the refresh of a reference write drops the cache', async () => {
    expect(await standardsPage('fr')).toContain('Ouvrir les comptes');
    await db()
      .update(standardTexts)
      .set({ title: 'Ouvrir les livres de comptes' })
      .where(eq(standardTexts.title, 'Ouvrir les comptes'));
    expect(await standardsPage('fr')).toContain('Ouvrir les comptes');
    invalidatePublicData('everything');
    expect(await standardsPage('fr')).toContain('Ouvrir les livres de comptes');
  });
});

describe('progress per standard, grouped by framework (the scorecard and the overview)', () => {
  it('gives each framework its own heading and table, in order, the demo one marked', async () => {
    const { StandardProgressByFramework } = await import('@/components/public/standard-progress-table');
    const { getStandardsProgress } = await import('@/db/queries/standards');
    request.locale = 'fr';
    const page = await html(
      StandardProgressByFramework({
        rows: await getStandardsProgress(),
        caption: (framework, nameTag) => createElement('span', null, 'Progress: ', nameTag(framework.name)),
        headingIdPrefix: 'group',
      }),
    );
    const groups = [...page.matchAll(/<section aria-labelledby="(group-[a-z]+)"[^>]*data-framework="([A-Z]+)"/g)];
    expect(groups.map((group) => [group[1], group[2]])).toEqual([
      ['group-tf', 'TF'],
      ['group-df', 'DF'],
    ]);
    const demo = page.slice(page.indexOf('data-framework="DF"'));
    expect(demo).toContain('Cadre de démonstration d’essai');
    expect(demo).toContain('data-demo-framework="true"');
    expect(demo).toContain('data-standard="DF-1"');
    expect(demo).not.toContain('data-standard="TF-1"');
  });
});

describe('/standards/[code]', () => {
  it('names its framework, linked to that framework on /standards, and says when it was retired', async () => {
    const page = await standardPage('fr', 'tf-3');
    expect(page).toContain('href="/standards?framework=tf"');
    expect(page).toContain('Cadre d’essai');
    expect(page).toContain('Plus en vigueur depuis le 3 mars 2026');
    const demo = await standardPage('en', 'df-1');
    expect(demo).toContain('Demo test framework');
    expect(demo).toContain('data-demo-framework="true"');
  });
});

describe('the open data', () => {
  it("names each standard's framework and says when a standard was retired, in JSON and CSV", async () => {
    const json = (await (await callApi('/standards')).json()) as { data: Record<string, unknown>[] };
    const byCode = Object.fromEntries(json.data.map((row) => [row.code, row]));
    expect(byCode['TF-2']).toMatchObject({
      framework: 'TF',
      framework_name: 'Test framework',
      title: 'Hear the public',
      retired_on: null,
    });
    expect(byCode['TF-3']).toMatchObject({ framework: 'TF', retired_on: '2026-03-03' });
    expect(byCode['DF-1']).toMatchObject({ framework: 'DF', framework_name: 'Demo test framework' });

    const text = await (await callApi('/standards.csv')).text();
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['code', 'framework', 'framework_name']);
    expect(rows.find((row) => row.code === 'TF-3')).toMatchObject({ framework: 'TF', retired_on: '2026-03-03' });
    expect(rows.find((row) => row.code === 'TF-1')).toMatchObject({ retired_on: '' });

    const demo = (await (await callApi('/standards?framework=df')).json()) as { data: { code: string }[] };
    expect(demo.data.map((row) => row.code)).toEqual(['DF-1']);
  });
});

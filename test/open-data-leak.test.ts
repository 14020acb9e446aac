import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getCachedRecordAsOf } from '@/db/queries/public-cache';
import { todayUtc } from '@/lib/as-of';
import { locales, type Locale } from '@/lib/i18n/routing';
import { setRequest } from '@/test/mocks/next-headers';
import { callApi } from '@/test/open-data-client';
import { createOpenDataFixtures, SECRET, type OpenDataFixtures } from '@/test/open-data-fixtures';

vi.mock('next/headers', () => import('@/test/mocks/next-headers'));
vi.mock('next/cache', () => ({
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
// Outside Next there is no request config: translations come straight from the message files.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/lib/i18n/messages');
  return {
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) =>
      createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never }),
  };
});

/**
 * The leak test of the open-data surfaces: the bulk zip, the sitemap, the per-country feeds in every
 * language and the record of any date. Beside the public rows sit a draft commitment, an archived one,
 * and draft, submitted and returned reports and a verified report on the draft, all carrying SECRET.
 */

let fixtures: OpenDataFixtures;
beforeAll(async () => {
  setRequest({ headers: { host: 'tracker.test' } });
  fixtures = await createOpenDataFixtures();
});

function expectNothingPrivate(text: string, where: string) {
  expect({ where, secret: text.includes(SECRET) }).toEqual({ where, secret: false });
  expect({ where, draft: text.toLowerCase().includes(fixtures.draft.ref.toLowerCase()) }).toEqual({
    where,
    draft: false,
  });
}

describe('nothing unpublished or unverified leaves through the open-data surfaces', () => {
  it('the bulk zip', async () => {
    const files = unzipSync(new Uint8Array(await (await callApi('/bulk.zip')).arrayBuffer()));
    const text = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expectNothingPrivate(text, 'bulk.zip');
    expect(text.toLowerCase()).not.toContain(fixtures.archived.ref.toLowerCase());
    expect(text).toContain(fixtures.published.ref);
  });

  it('the sitemap lists every public page in every language, and no draft or archived commitment', async () => {
    const { GET } = await import('@/app/sitemap.xml/route');
    const xml = await (await GET()).text();
    expectNothingPrivate(xml, 'sitemap.xml');
    expect(xml).not.toContain(fixtures.archived.ref.toLowerCase());
    const path = `/commitments/${fixtures.published.ref.toLowerCase()}`;
    expect(xml).toContain(`<loc>https://tracker.test${path}</loc>`);
    for (const locale of locales.filter((l) => l !== 'en')) {
      expect(xml).toContain(`<loc>https://tracker.test/${locale}${path}</loc>`);
      expect(xml).toContain(`hreflang="${locale}" href="https://tracker.test/${locale}${path}"`);
    }
    expect(xml).toContain('<loc>https://tracker.test/fr/</loc>');
    expect(xml).toContain('<loc>https://tracker.test/countries/swe</loc>');
  });

  it('each country feed, in each language', async () => {
    const { GET: english } = await import('@/app/countries/[iso3]/feed.xml/route');
    const { GET: localised } = await import('@/app/[locale]/(public)/countries/[iso3]/feed.xml/route');
    const en = await (
      await english(new Request('https://tracker.test/countries/nor/feed.xml'), {
        params: Promise.resolve({ iso3: 'nor' }),
      })
    ).text();
    expectNothingPrivate(en, 'en feed');
    expect(en).toContain('<title>Norway: verified updates</title>');
    expect((en.match(/<entry>/g) ?? []).length).toBe(2);
    expect(en).not.toContain('Archived later.');
    for (const locale of locales.filter((l) => l !== 'en')) {
      const xml = await (
        await localised(new Request(`https://tracker.test/${locale}/countries/nor/feed.xml`), {
          params: Promise.resolve({ locale, iso3: 'nor' }),
        })
      ).text();
      expectNothingPrivate(xml, `${locale} feed`);
      expect(xml).toContain(`xml:lang="${locale}"`);
      expect(xml).toContain(`href="https://tracker.test/${locale}/commitments/`);
      expect((xml.match(/<entry>/g) ?? []).length).toBe(2);
    }
    const missing = await localised(new Request('https://tracker.test/de/countries/nor/feed.xml'), {
      params: Promise.resolve({ locale: 'de', iso3: 'nor' }),
    });
    expect(missing.status).toBe(404);
  });

  it('the site feed, in each language', async () => {
    const { GET: english } = await import('@/app/feed.xml/route');
    const { GET: localised } = await import('@/app/[locale]/(public)/feed.xml/route');
    const en = await (await english()).text();
    expectNothingPrivate(en, 'en site feed');
    expect(en).toContain('xml:lang="en"');
    expect(en).toContain('<title>Engagement Tracker: verified updates</title>');
    for (const locale of locales.filter((l) => l !== 'en')) {
      const xml = await (
        await localised(new Request(`https://tracker.test/${locale}/feed.xml`), { params: Promise.resolve({ locale }) })
      ).text();
      expectNothingPrivate(xml, `${locale} site feed`);
      expect(xml).toContain(`xml:lang="${locale}"`);
      expect(xml).toContain(
        `<link rel="self" type="application/atom+xml" href="https://tracker.test/${locale}/feed.xml"/>`,
      );
      expect(xml).not.toContain('Archived later.');
    }
    const missing = await localised(new Request('https://tracker.test/de/feed.xml'), {
      params: Promise.resolve({ locale: 'de' }),
    });
    expect(missing.status).toBe(404);
  });

  it('the badge and the share image, in each language, and none in a language the site lacks', async () => {
    const { GET: badge } = await import('@/app/[locale]/(public)/countries/[iso3]/badge.svg/route');
    const { GET: image } = await import('@/app/[locale]/(public)/countries/[iso3]/og.png/route');
    for (const locale of locales) {
      const request = new Request(`https://tracker.test/${locale}/countries/nor/badge.svg`);
      const svg = await (await badge(request, { params: Promise.resolve({ locale, iso3: 'nor' }) })).text();
      expectNothingPrivate(svg, `${locale} badge`);
      expect(svg).toContain(`xml:lang="${locale}"`);
      expect(svg).toContain('NOR');
      const png = await image(request, { params: Promise.resolve({ locale, iso3: 'nor' }) });
      expect({ locale, type: png.headers.get('content-type') }).toEqual({ locale, type: 'image/png' });
    }
    const unknown = { params: Promise.resolve({ locale: 'de', iso3: 'nor' }) };
    expect((await badge(new Request('https://tracker.test/de/countries/nor/badge.svg'), unknown)).status).toBe(404);
  });

  it('the record of any date: the archived commitment only while it was public, never the draft', async () => {
    for (const day of ['2018-01-01', '2019-03-01', '2023-06-30', '2024-02-01', todayUtc()]) {
      const record = await getCachedRecordAsOf('NOR', day);
      expectNothingPrivate(JSON.stringify(record), `as of ${day}`);
    }
    const before = await getCachedRecordAsOf('NOR', '2024-01-31');
    expect(before!.commitments.map((c) => c.ref)).toEqual([fixtures.published.ref, fixtures.archived.ref]);
    const after = await getCachedRecordAsOf('NOR', '2024-02-01');
    expect(after!.commitments.map((c) => c.ref)).toEqual([fixtures.published.ref]);
    const asOf = await (await callApi(`/countries/nor?as_of=2025-06-30`)).text();
    expectNothingPrivate(asOf, 'API as_of');
  });
});

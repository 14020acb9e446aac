import { describe, expect, it, vi } from 'vitest';
import type { ReferenceTexts } from '@/db/queries/standards';
import { wordReferenceTexts } from './standard-text';

// The pure wording needs no request; the module's request helpers are not called here.
vi.mock('next-intl/server', () => ({ getLocale: vi.fn() }));
vi.mock('@/db/queries/public-cache', () => ({ getCachedReferenceTexts: vi.fn() }));

const retired = new Date('2026-03-03T09:00:00Z');
const texts: ReferenceTexts = {
  frameworks: [
    {
      code: 'CSS',
      isDemo: false,
      texts: {
        en: { name: 'Civil Society Standards', description: 'Adopted in 2016.' },
        fr: { name: 'Normes relatives à la société civile', description: '' },
      },
    },
    { code: 'DEMO', isDemo: true, texts: { en: { name: 'Demo framework', description: '' } } },
  ],
  standards: [
    {
      code: 'CSS-1',
      frameworkCode: 'CSS',
      position: 1,
      retiredAt: null,
      texts: {
        en: { title: 'Coordinate', description: 'Bring together.' },
        fr: { title: 'Coordonner', description: '' },
      },
    },
    {
      code: 'CSS-2',
      frameworkCode: 'CSS',
      position: 2,
      retiredAt: retired,
      texts: { en: { title: 'Advocate', description: 'Speak up.' } },
    },
  ],
};

describe('wordReferenceTexts', () => {
  it("gives the reader's language, unmarked, where it is kept", () => {
    const standard = wordReferenceTexts(texts, 'fr').standard({ code: 'CSS-1', commitments: 3 });
    expect(standard).toMatchObject({ code: 'CSS-1', commitments: 3, title: 'Coordonner', titleMark: {} });
    expect(standard.frameworkCode).toBe('CSS');
  });

  it('falls back to English field by field, marked lang="en"', () => {
    const fr = wordReferenceTexts(texts, 'fr');
    expect(fr.standard({ code: 'CSS-1' })).toMatchObject({
      description: 'Bring together.',
      descriptionMark: { lang: 'en' },
    });
    expect(fr.standard({ code: 'CSS-2' })).toMatchObject({
      title: 'Advocate',
      titleMark: { lang: 'en' },
      retiredAt: retired,
    });
    expect(fr.framework('CSS')).toMatchObject({
      name: 'Normes relatives à la société civile',
      nameMark: {},
      description: 'Adopted in 2016.',
      descriptionMark: { lang: 'en' },
    });
  });

  it('adds dir="ltr" to English on a right-to-left page, and marks nothing on an English one', () => {
    expect(wordReferenceTexts(texts, 'ar').standard({ code: 'CSS-2' }).titleMark).toEqual({ lang: 'en', dir: 'ltr' });
    expect(wordReferenceTexts(texts, 'en').standard({ code: 'CSS-2' }).titleMark).toEqual({});
  });

  it('lists frameworks in order with their demo flag, and names an unknown code by itself', () => {
    const zh = wordReferenceTexts(texts, 'zh');
    expect(zh.frameworks.map((framework) => [framework.code, framework.isDemo, framework.nameMark])).toEqual([
      ['CSS', false, { lang: 'en' }],
      ['DEMO', true, { lang: 'en' }],
    ]);
    expect(zh.standard({ code: 'XX-9' })).toMatchObject({ title: 'XX-9', titleMark: {}, frameworkCode: '' });
    expect(zh.framework('XX')).toMatchObject({ name: 'XX', isDemo: false });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import { renderCountryImage } from './country-image';
import { DEBIAN_FONT_ROOT, shareImageFonts } from './fonts';

// Texts from the message files would do as well; these hold every script the image meets.
const TEXT: Record<string, { subtitle: string; name: string; standing: string; score: string; scoreLabel: string }> = {
  en: {
    subtitle: 'Civil Society Standards scorecard',
    name: 'Norway',
    standing: 'Member',
    score: '67%',
    scoreLabel: 'Score',
  },
  fr: { subtitle: 'Tableau de bord', name: 'Norvège', standing: 'Membre', score: '67 %', scoreLabel: 'Score' },
  es: {
    subtitle: 'Ficha de evaluación',
    name: 'Noruega',
    standing: 'Miembro',
    score: '67 %',
    scoreLabel: 'Puntuación',
  },
  ar: {
    subtitle: 'بطاقة الأداء وفق معايير المجتمع المدني',
    name: 'النرويج',
    standing: 'عضو سابق',
    score: '67\u200e%\u200e',
    scoreLabel: 'الدرجة',
  },
  zh: { subtitle: '公民社会标准记分卡', name: '挪威', standing: '成员', score: '67%', scoreLabel: '得分' },
  ru: { subtitle: 'Оценочная карта', name: 'Норвегия', standing: 'Член', score: '67 %', scoreLabel: 'Показатель' },
};

afterEach(() => vi.restoreAllMocks());

describe('the share image', () => {
  it.each(locales)(
    'in %s, is a PNG drawn from local fonts alone, with no glyph fetched from the web',
    async (locale) => {
      const fonts = shareImageFonts(locale);
      // The test machine installs Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk): without them this fails.
      expect(fonts, `fonts for ${locale} under ${DEBIAN_FONT_ROOT}`).not.toBeNull();
      const fetch = vi.spyOn(globalThis, 'fetch');
      const response = renderCountryImage(TEXT[locale]!, { locale, fonts });
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // next/og asks a web font service for any glyph its fonts lack (its own wasm comes as a data: URL).
      const fetched = fetch.mock.calls.map(([url]) => String(url)).filter((url) => !url.startsWith('data:'));
      expect(fetched).toEqual([]);
    },
  );

  it('has no fonts for a script the machine lacks, so the route falls back to the default language', () => {
    expect(shareImageFonts('zh', '/nonexistent')).toBeNull();
    expect(shareImageFonts('en', '/nonexistent')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { countryName, formatDateTime, formatPercent } from './format';

// Late in the evening UTC: a reader's own zone east of UTC would already be on the next day.
const instant = new Date('2026-12-01T22:41:59Z');

describe('formatDateTime', () => {
  it('shows date and time of day in UTC, in the reader’s language, without the zone’s name', () => {
    expect(formatDateTime(instant, 'en')).toMatch(/^Dec 1, 2026, 10:41\sPM$/);
    expect(formatDateTime(instant, 'fr')).toBe('1 déc. 2026, 22:41');
    expect(formatDateTime(instant, 'es')).toBe('1 dic 2026, 22:41');
    expect(formatDateTime(instant, 'ru')).toBe('1 дек. 2026 г., 22:41');
    expect(formatDateTime(instant, 'zh')).toBe('2026年12月1日 22:41');
    // Arabic: day, month, year from the right, with the evening marker; bidi marks keep the parts in place.
    expect(formatDateTime(instant, 'ar').replace(/[\u200e\u200f\u061c]/g, '')).toBe('01/12/2026، 10:41 م');
  });

  it('adds seconds only when asked (the audit log)', () => {
    expect(formatDateTime(instant, 'fr', { seconds: true })).toBe('1 déc. 2026, 22:41:59');
    expect(formatDateTime(instant, 'fr')).not.toContain(':59');
  });

  it('falls back to English for a tag that is not a locale, rather than failing the page', () => {
    expect(formatDateTime(instant, 'favicon.ico')).toBe(formatDateTime(instant, 'en'));
  });
});

describe('formatPercent', () => {
  it('writes a score as a whole percentage in the reader’s language', () => {
    expect(formatPercent(2 / 3, 'en')).toBe('67%');
    expect(formatPercent(2 / 3, 'fr')).toBe('67\u00a0%');
    expect(formatPercent(2 / 3, 'ru')).toBe('67\u00a0%');
    expect(formatPercent(0.005, 'zh')).toBe('1%');
    expect(formatPercent(1, 'ar').replace(/[\u200e\u061c]/g, '')).toBe('100%');
    expect(formatPercent(0.5, 'favicon.ico')).toBe('50%');
  });
});

describe('countryName', () => {
  it('keeps the recorded English name, and takes the others from the runtime’s CLDR data', () => {
    const korea = { iso2: 'KR', name: 'Republic of Korea' };
    expect(countryName(korea, 'en')).toBe('Republic of Korea');
    expect(countryName({ iso2: 'NO', name: 'Norway' }, 'ar')).toBe('النرويج');
    expect(countryName({ iso2: 'NO', name: 'Norway' }, 'zh')).toBe('挪威');
    expect(countryName({ iso2: 'NO', name: 'Norway' }, 'ru')).toBe('Норвегия');
  });
});

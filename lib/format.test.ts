import { describe, expect, it } from 'vitest';
import {
  countryChoices,
  countryName,
  countryNameOf,
  formatDate,
  formatDateTime,
  formatPercent,
  isolate,
} from './format';

// Late in the evening UTC: a reader's own zone east of UTC would already be on the next day.
const instant = new Date('2026-12-01T22:41:59Z');

describe('formatDateTime', () => {
  it('shows date and time of day in UTC, in the reader’s language, without the zone’s name', () => {
    // English as the Community writes it: day first and a 24-hour clock, not the United States' defaults.
    expect(formatDateTime(instant, 'en')).toBe('1 Dec 2026, 22:41');
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

  it('writes the month out for mail', () => {
    expect(formatDateTime(instant, 'en', { date: 'long' })).toBe('1 December 2026 at 22:41');
    expect(formatDateTime(instant, 'es', { date: 'long' })).toBe('1 de diciembre de 2026 a las 22:41');
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

describe('country names in the workspace', () => {
  it('names a row’s country in the reader’s language, keeping the recorded name in English and a missing country', () => {
    const row = { countryIso2: 'KR', countryName: 'Republic of Korea' };
    expect(countryNameOf(row, 'en')).toBe('Republic of Korea');
    expect(countryNameOf(row, 'fr')).toBe('Corée du Sud');
    expect(countryNameOf({ countryIso2: null, countryName: null }, 'fr')).toBeNull();
  });

  it('offers countries named and sorted as a reader of the language expects', () => {
    const countries = [
      { id: 1, iso2: 'US', name: 'United States of America' },
      { id: 2, iso2: 'EE', name: 'Estonia' },
      { id: 3, iso2: 'DE', name: 'Germany' },
    ];
    expect(countryChoices(countries, 'fr').map((country) => country.name)).toEqual([
      'Allemagne',
      'Estonie',
      'États-Unis',
    ]);
    expect(countryChoices(countries, 'es').map((country) => [country.id, country.name])).toEqual([
      [3, 'Alemania'],
      [1, 'Estados Unidos'],
      [2, 'Estonia'],
    ]);
  });
});

describe('formatDate', () => {
  it('writes a stored calendar date in the reader’s language, never as ISO', () => {
    expect(formatDate('2025-06-30', 'en')).toBe('30 Jun 2025');
    expect(formatDate('2025-06-30', 'fr')).toBe('30 juin 2025');
    expect(formatDate('2025-06-30', 'es', 'long')).toBe('30 de junio de 2025');
    expect(formatDate('2025-06-30', 'en', 'month')).toBe('June 2025');
    expect(formatDate('2025-06-30', 'fr', 'shortMonth')).toBe('juin 2025');
  });

  it('takes the UTC day of an instant, whatever the zone of the machine', () => {
    expect(formatDate(instant, 'en', 'long')).toBe('1 December 2026');
    expect(formatDate(new Date('2026-12-01T23:59:59Z'), 'fr')).toBe('1 déc. 2026');
  });

  it('shows what it was given when that is not a date, rather than "Invalid Date"', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
  });
});

describe('isolate', () => {
  it('wraps a name in first-strong and pop-directional isolates', () => {
    expect(isolate('Demo Focal Point (Norway)')).toBe('\u2068Demo Focal Point (Norway)\u2069');
  });
});

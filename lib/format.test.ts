import { describe, expect, it } from 'vitest';
import { countryChoices, countryNameOf, formatDate, formatDateTime } from './format';

// Late in the evening UTC: a reader's own zone east of UTC would already be on the next day.
const instant = new Date('2026-12-01T22:41:59Z');

describe('formatDateTime', () => {
  it('shows date and time of day in UTC, in the reader’s language, without the zone’s name', () => {
    // English as the Community writes it: day first and a 24-hour clock, not the United States' defaults.
    expect(formatDateTime(instant, 'en')).toBe('1 Dec 2026, 22:41');
    expect(formatDateTime(instant, 'fr')).toBe('1 déc. 2026, 22:41');
    expect(formatDateTime(instant, 'es')).toBe('1 dic 2026, 22:41');
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

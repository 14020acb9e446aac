import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

// Late in the evening UTC: a reader's own zone east of UTC would already be on the next day.
const instant = new Date('2026-12-01T22:41:59Z');

describe('formatDateTime', () => {
  it('shows date and time of day in UTC, in the reader’s language, without the zone’s name', () => {
    expect(formatDateTime(instant, 'en')).toMatch(/^Dec 1, 2026, 10:41\sPM$/);
    expect(formatDateTime(instant, 'fr')).toBe('1 déc. 2026, 22:41');
    expect(formatDateTime(instant, 'es')).toBe('1 dic 2026, 22:41');
  });

  it('adds seconds only when asked (the audit log)', () => {
    expect(formatDateTime(instant, 'fr', { seconds: true })).toBe('1 déc. 2026, 22:41:59');
    expect(formatDateTime(instant, 'fr')).not.toContain(':59');
  });

  it('falls back to English for a tag that is not a locale, rather than failing the page', () => {
    expect(formatDateTime(instant, 'favicon.ico')).toBe(formatDateTime(instant, 'en'));
  });
});

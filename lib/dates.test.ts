import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, isoDate } from './dates';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('31/12/2024')).toBe(false);
    expect(isCalendarDate('2024-1-05')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('reads an instant as its UTC day', () => {
    expect(isoDate(new Date('2024-12-31T23:30:00-02:00'))).toBe('2025-01-01');
  });
});

/**
 * Dates as the database stores them ('YYYY-MM-DD'), for forms, queries, reminders and the CSV import.
 * Pure functions with no server-only marker: `npm run reminders` runs them in plain Node.
 */

/** Today's date in UTC as 'YYYY-MM-DD'; deadlines are whole days, compared in one time zone. */
export function isoDate(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** `date` plus `days` (which may be negative), both as 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return isoDate(at);
}

/** Whether `value` is a real calendar date written as 'YYYY-MM-DD' (so 2023-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && isoDate(at) === value;
}

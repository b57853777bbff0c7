/** Calendar days (YYYY-MM-DD, as a tutor's "by" date is kept) shown in the help language. */

/** `2026-12-24` as the locale writes a date: `24 December 2026`, `24 декември 2026 г.` … */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  // Read and written in UTC, so the day is the same in every time zone.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

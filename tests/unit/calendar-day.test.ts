import { expect, it } from 'vitest';
import { formatDay } from '../../src/lib/i18n/calendar-day';

it('writes a calendar day as the help language does, the same day in any time zone', () => {
  expect(formatDay('2026-12-24', 'en')).toBe('December 24, 2026');
  expect(formatDay('2026-12-24', 'bg')).toMatch(/^24 декември 2026/);
  expect(formatDay('2026-12-24', 'uk')).toMatch(/^24 грудня 2026/);
  expect(formatDay('2026-01-01', 'ar')).not.toBe('2026-01-01');
  expect(formatDay('not a day', 'en')).toBe('not a day');
});

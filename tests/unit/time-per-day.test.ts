import { describe, expect, it } from 'vitest';
import { maxAnswerMs, timePerDay } from '../../src/lib/reports/time-per-day';

// Local times: the days are the computer's calendar days.
const at = (day: number, hour: number) => new Date(2027, 0, day, hour).getTime();
const now = at(20, 15);

describe('time spent per day', () => {
  it('lists the last days up to today, oldest first, with 0 on days without answers', () => {
    const days = timePerDay([], now, 3);
    expect(days).toEqual([
      { day: '2027-01-18', ms: 0, answers: 0 },
      { day: '2027-01-19', ms: 0, answers: 0 },
      { day: '2027-01-20', ms: 0, answers: 0 },
    ]);
  });

  it('adds up the time of each day’s answers, on the local calendar day', () => {
    const answers = [
      { at: at(19, 0), ms: 4000 },
      { at: at(19, 23), ms: 6000 },
      { at: at(20, 9), ms: 1000 },
    ];
    expect(timePerDay(answers, now, 2)).toEqual([
      { day: '2027-01-19', ms: 10_000, answers: 2 },
      { day: '2027-01-20', ms: 1000, answers: 1 },
    ]);
  });

  it('counts an answer for at most two minutes, and leaves out days before the chart', () => {
    const answers = [
      { at: at(20, 10), ms: 60 * 60 * 1000 },
      { at: at(1, 10), ms: 5000 },
    ];
    expect(timePerDay(answers, now, 7).at(-1)).toEqual({ day: '2027-01-20', ms: maxAnswerMs, answers: 1 });
    expect(timePerDay(answers, now, 7).reduce((sum, d) => sum + d.answers, 0)).toBe(1);
  });

  it('crosses a change of month and year', () => {
    expect(timePerDay([], new Date(2027, 0, 1, 0, 30).getTime(), 2).map((d) => d.day)).toEqual(['2026-12-31', '2027-01-01']);
  });
});

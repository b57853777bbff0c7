/**
 * A child's time spent per day, for the child view's chart: the time they took to answer,
 * added up by local calendar day. Each answer counts for at most {@link maxAnswerMs}: a
 * child who left an exercise open and walked away was not learning meanwhile.
 */
import { localDay } from '../store/db';

/** The longest time one answer counts for: two minutes. */
export const maxAnswerMs = 2 * 60 * 1000;

export interface DayTime {
  /** The local calendar day, YYYY-MM-DD. */
  day: string;
  /** Time spent answering that day, in ms (each answer capped). */
  ms: number;
  /** Answers given that day. */
  answers: number;
}

/** The last `days` calendar days up to the day of `now`, oldest first, each with its time (0 on days without answers). */
export function timePerDay(answers: readonly { at: number; ms: number }[], now: number, days = 14): DayTime[] {
  const result: DayTime[] = [];
  const date = new Date(now);
  for (let i = 0; i < days; i++) {
    result.unshift({ day: localDay(date.getTime()), ms: 0, answers: 0 });
    // Back one calendar day at noon, so a change of clock (DST) cannot skip or repeat a day.
    date.setHours(12, 0, 0, 0);
    date.setDate(date.getDate() - 1);
  }
  const byDay = new Map(result.map((entry) => [entry.day, entry]));
  for (const answer of answers) {
    const entry = byDay.get(localDay(answer.at));
    if (!entry) continue;
    entry.ms += Math.min(Math.max(answer.ms, 0), maxAnswerMs);
    entry.answers++;
  }
  return result;
}

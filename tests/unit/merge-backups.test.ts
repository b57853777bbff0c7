import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../src/lib/store/backup';
import { mergeBackups } from '../../src/lib/reports/merge-backups';
import { legacyAnswerId } from '../../src/lib/store/db';

type Answer = BackupFile['answers'][number];

/** Answers as a computer keeps them: each with its global id (here, as an upgraded computer gave them). */
const withIds = (answers: Omit<Answer, 'id'>[]): Answer[] => answers.map((a) => ({ ...a, id: legacyAnswerId(a) }));
const noGroupsOrPaths = { groups: [], memberships: [], paths: [], assignments: [] };

type Card = BackupFile['cards'][number];

function card(profileId: string, wordId: string, lastReview: string | undefined, lapses: number, updatedAt: number): Card {
  return {
    profileId,
    wordId,
    updatedAt,
    fsrs: {
      due: '2027-02-01T00:00:00.000Z',
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses,
      state: 2,
      ...(lastReview ? { last_review: lastReview } : {}),
    },
  };
}

/** The classroom computer: Ana and Omar. */
const classroom: BackupFile = {
  app: 'zdravei',
  version: 3,
  ...noGroupsOrPaths,
  exportedAt: '2027-01-10T10:00:00.000Z',
  profiles: [
    { id: 'ana', name: 'Ана', picture: '1F98A', createdAt: 1000, updatedAt: 1000 },
    { id: 'omar', name: 'عمر', picture: '1F981', createdAt: 1000, updatedAt: 1000 },
  ],
  answers: withIds([
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#a',
      wordId: 'chao',
      correct: false,
      ms: 900,
      at: 5000,
    },
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#a',
      wordId: 'chao',
      correct: true,
      ms: 800,
      at: 6000,
    },
    { profileId: 'omar', lessonId: 'alphabet/first-letters', exerciseId: 'alphabet/first-letters#a', correct: true, ms: 700, at: 5500 },
  ]),
  lessonProgress: [
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      status: 'completed',
      bestScore: 0.6,
      stars: 1,
      exercises: { 'language/greetings#a': 0.6 },
      updatedAt: 6000,
    },
  ],
  cards: [card('ana', 'chao', '2027-01-10T09:00:00.000Z', 1, 6000), card('ana', 'mama', undefined, 0, 6000)],
};

/** The library laptop: Ana again (renamed there later), and Zahra. */
const library: BackupFile = {
  app: 'zdravei',
  version: 3,
  ...noGroupsOrPaths,
  exportedAt: '2027-01-12T10:00:00.000Z',
  profiles: [
    { id: 'ana', name: 'Ана П.', picture: '1F98A', createdAt: 1000, updatedAt: 9000 },
    { id: 'zahra', name: 'زهرا', picture: '1F43C', createdAt: 2000, updatedAt: 2000 },
  ],
  answers: withIds([
    // The same answer as on the classroom computer (carried over by an earlier import).
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#a',
      wordId: 'chao',
      correct: false,
      ms: 900,
      at: 5000,
    },
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#b',
      wordId: 'zdravey',
      correct: true,
      ms: 600,
      at: 8000,
    },
    { profileId: 'zahra', lessonId: 'school/marks', exerciseId: 'school/marks#a', correct: false, ms: 1200, at: 4000 },
  ]),
  lessonProgress: [
    {
      profileId: 'ana',
      lessonId: 'language/greetings',
      status: 'started',
      bestScore: 0.9,
      stars: 0,
      exercises: { 'language/greetings#a': 0.4, 'language/greetings#b': 1 },
      updatedAt: 8000,
    },
  ],
  cards: [card('ana', 'chao', '2027-01-09T09:00:00.000Z', 0, 9000), card('ana', 'mama', '2027-01-12T09:00:00.000Z', 0, 7000)],
};

describe('merging backups for one report', () => {
  const merged = mergeBackups([classroom, library]);

  it('counts the same child once, the profile changed last winning', () => {
    expect(merged.profiles.map((p) => [p.id, p.name])).toEqual([
      ['ana', 'Ана П.'],
      ['omar', 'عمر'],
      ['zahra', 'زهرا'],
    ]);
  });

  it('keeps every answer once, in time order, telling them apart by their ids', () => {
    expect(merged.answers.map((a) => [a.profileId, a.exerciseId, a.at])).toEqual([
      ['zahra', 'school/marks#a', 4000],
      ['ana', 'language/greetings#a', 5000],
      ['omar', 'alphabet/first-letters#a', 5500],
      ['ana', 'language/greetings#a', 6000],
      ['ana', 'language/greetings#b', 8000],
    ]);
  });

  it('merges lesson progress by its best values', () => {
    expect(merged.lessonProgress).toEqual([
      {
        profileId: 'ana',
        lessonId: 'language/greetings',
        status: 'completed',
        bestScore: 0.9,
        stars: 1,
        exercises: { 'language/greetings#a': 0.6, 'language/greetings#b': 1 },
        updatedAt: 8000,
      },
    ]);
  });

  it('keeps the card reviewed last, and a reviewed card over one never reviewed', () => {
    const chao = merged.cards.find((c) => c.wordId === 'chao');
    const mama = merged.cards.find((c) => c.wordId === 'mama');
    expect(merged.cards).toHaveLength(2);
    expect(chao?.fsrs.last_review).toBe('2027-01-10T09:00:00.000Z');
    expect(chao?.fsrs.lapses).toBe(1);
    expect(mama?.fsrs.last_review).toBe('2027-01-12T09:00:00.000Z');
  });

  it('keeps the same records whichever file comes first', () => {
    const other = mergeBackups([library, classroom]);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(other.profiles)).toEqual(byId(merged.profiles));
    expect(other.answers).toEqual(merged.answers);
    expect(other.lessonProgress).toEqual(merged.lessonProgress);
    expect(new Set(other.cards)).toEqual(new Set(merged.cards));
  });
});

describe('the same backup twice', () => {
  it('counts nothing twice', () => {
    expect(mergeBackups([classroom, classroom])).toEqual(mergeBackups([classroom]));
    expect(mergeBackups([classroom, library, classroom, library])).toEqual(mergeBackups([classroom, library]));
  });

  it('gives back one backup as it is, its answers in time order', () => {
    const { profiles, answers, lessonProgress, cards } = classroom;
    const inTimeOrder = [...answers].sort((a, b) => a.at - b.at);
    expect(mergeBackups([classroom])).toEqual({ profiles, answers: inTimeOrder, lessonProgress, cards });
  });
});

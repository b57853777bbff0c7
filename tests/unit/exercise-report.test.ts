import { beforeEach, expect, it, vi } from 'vitest';
import * as raw from '../../src/lib/store/active-learner-raw';
import { lessonExerciseIds, lessonIdOf, tutorRecording } from '../../src/lib/store/exercise-report';

vi.mock('../../src/lib/store/active-learner-raw', () => ({
  readRecordingsRaw: vi.fn(
    async (keys: readonly string[]) => new Map(keys.filter((key) => key === 'kotka').map((key) => [key, new Blob([key])])),
  ),
}));

beforeEach(() => {
  vi.mocked(raw.readRecordingsRaw).mockClear();
});

it("asks the store once for every word whose recording a page's audio buttons want together, and remembers the answers", async () => {
  const [kotka, mechka] = await Promise.all([tutorRecording('kotka'), tutorRecording('mechka'), tutorRecording('kotka')]);
  expect(kotka).toBeInstanceOf(Blob);
  expect(mechka).toBeUndefined();
  expect(raw.readRecordingsRaw).toHaveBeenCalledTimes(1);
  expect(vi.mocked(raw.readRecordingsRaw).mock.calls[0]![0]).toEqual(['kotka', 'mechka']);
  // Known now: answered at once, without another lookup.
  expect(tutorRecording('kotka')).toBeInstanceOf(Blob);
  expect(tutorRecording('mechka')).toBeUndefined();
  expect(raw.readRecordingsRaw).toHaveBeenCalledTimes(1);
});

it('names the lesson of an exercise, and the exercises of the lesson from the page', () => {
  expect(lessonIdOf('language/greetings#listen')).toBe('language/greetings');
  expect(lessonExerciseIds('l/x#a')).toEqual(['l/x#a']);
});

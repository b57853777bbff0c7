import { beforeEach, expect, it, vi } from 'vitest';
import * as raw from '../../src/lib/store/active-learner-raw';
import { lessonExerciseIds, lessonIdOf, reportAnswer, savesSettled, tutorRecording } from '../../src/lib/store/exercise-report';

/** The recorder, answering each save when the test says so. */
const answers: (() => void)[] = [];
vi.mock('../../src/lib/store/progress-recorder', () => ({
  saveAnswer: () => new Promise((resolve) => answers.push(() => resolve({ kept: false, reason: 'no-learner' }))),
}));

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

it('says when every save started so far has ended, so that nothing lands later', async () => {
  let settled = false;
  void reportAnswer({ lessonId: 'nature/bears', exerciseId: 'nature/bears#a', correct: true, ms: 900 });
  const waiting = savesSettled().then(() => (settled = true));
  await vi.waitFor(() => expect(answers).toHaveLength(1));
  expect(settled).toBe(false);
  answers.shift()!();
  await waiting;
  expect(settled).toBe(true);
});

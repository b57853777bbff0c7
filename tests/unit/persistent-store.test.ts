import { persistentStore } from '../../src/lib/store/persistent-store';
import { saveAnswer } from '../../src/lib/store/progress-recorder';
import { startSession } from '../../src/lib/store/session';

it('opens the store once for everything on the page, the recorder included', async () => {
  const db = await persistentStore();
  expect(db).toBeDefined();
  expect(await persistentStore()).toBe(db);
  await startSession(db!, 'p1');
  expect(
    await saveAnswer({ lessonId: 'language/greetings', exerciseId: 'language/greetings#listen', correct: true, ms: 900 }),
  ).toMatchObject({
    kept: true,
  });
  expect(await db!.answers.where('profileId').equals('p1').count()).toBe(1);
});

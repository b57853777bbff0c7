import { beforeEach, describe, expect, it } from 'vitest';
import { assignedPathOfActiveLearner } from '../../src/lib/store/learner-path';
import { persistentStore } from '../../src/lib/store/persistent-store';
import { assignPath } from '../../src/lib/store/assignments';
import { savePath } from '../../src/lib/store/lesson-paths';
import { endSession, startSession } from '../../src/lib/store/session';

beforeEach(async () => {
  const db = (await persistentStore())!;
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('assignedPathOfActiveLearner', () => {
  it('is the lessons of the path given to whoever is learning, and nothing when nobody is or nothing was given', async () => {
    const db = (await persistentStore())!;
    expect(await assignedPathOfActiveLearner()).toBeUndefined();
    await startSession(db, 'p1');
    expect(await assignedPathOfActiveLearner()).toBeUndefined();
    const path = await savePath(db, { title: 'Tuesday', lessons: ['language/colours', 'language/greetings'] });
    await assignPath(db, { pathId: path.id, target: { kind: 'learner', profileId: 'p1' } });
    expect(await assignedPathOfActiveLearner()).toEqual(['language/colours', 'language/greetings']);
    await endSession(db);
    expect(await assignedPathOfActiveLearner()).toBeUndefined();
  });
});

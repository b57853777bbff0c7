import { describe, expect, it } from 'vitest';
import { newestSticker } from '../../src/lib/store/lesson-reward';
import { saveExerciseResult } from '../../src/lib/store/progress';
import { stickerPictures } from '../../src/lib/learner-pictures';
import { testDatabase } from './db-helpers';

const finish = (db: ReturnType<typeof testDatabase>, profileId: string, lessonId: string) =>
  saveExerciseResult(db, { profileId, lessonId, exerciseId: `${lessonId}#a`, score: 1, lessonExercises: [`${lessonId}#a`] });

describe('newestSticker', () => {
  it('is the sticker of the child’s latest completed lesson, as their page counts them', async () => {
    const db = testDatabase();
    expect(await newestSticker(db, 'p1')).toBeUndefined();
    await finish(db, 'p1', 'language/greetings');
    expect(await newestSticker(db, 'p1')).toBe(stickerPictures[0]);
    await finish(db, 'p1', 'language/colours');
    await finish(db, 'p2', 'language/animals');
    expect(await newestSticker(db, 'p1')).toBe(stickerPictures[1]);
    expect(await newestSticker(db, 'p2')).toBe(stickerPictures[0]);
  });
});

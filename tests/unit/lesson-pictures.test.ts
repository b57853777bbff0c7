/** Every lesson card carries a picture (its frontmatter's `picture`), and the picture exists. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessons } from '../../src/lib/content/read-files';
import { missingPicture } from '../../src/lib/content/openmoji-files';
import { groupByTrack } from '../../src/lib/content/catalogue';

const root = path.resolve(import.meta.dirname, '../..');
const lessons = await readLessons(root);

describe('lesson pictures', () => {
  it.each(lessons.map((lesson) => [lesson.file, lesson.data.picture] as const))('%s names a picture that exists (%s)', (_file, picture) => {
    expect(missingPicture(picture, root)).toBeUndefined();
  });

  it('tells the lessons of a track apart: no two lessons of one track share a picture', () => {
    const byTrack = groupByTrack(lessons.map((lesson) => ({ id: lesson.id, data: lesson.data })));
    for (const { track, lessons: inTrack } of byTrack) {
      const pictures = inTrack.map((lesson) => lesson.data.picture);
      expect(new Set(pictures).size, track).toBe(pictures.length);
    }
  });

  it('reports a picture whose file is missing, as the build does', () => {
    expect(missingPicture('1F9FFF', root)).toBe('field picture: no OpenMoji picture has the code 1F9FFF');
    expect(missingPicture('/pictures/no-such-thing.svg', root)).toBe(
      `field picture: no file ${path.join('content', 'pictures', 'no-such-thing.svg')} for /pictures/no-such-thing.svg`,
    );
  });
});

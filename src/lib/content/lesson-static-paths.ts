/**
 * getStaticPaths of every page made per lesson (the lesson, its printable cards and
 * worksheet): one path per locale and lesson, `track/slug` split into the URL's two parts.
 * A lesson filed under another track's folder stops the build, naming the file.
 */
import { getCollection } from 'astro:content';
import { ContentError } from './errors';
import { perLocale } from './static-paths';

export async function lessonStaticPaths() {
  const lessons = await getCollection('lessons');
  return perLocale(lessons, (lesson) => {
    const [track = '', slug = ''] = lesson.id.split('/');
    if (track !== lesson.data.track) {
      throw new ContentError(
        `${lesson.filePath}: field track: "${lesson.data.track}" does not match the folder "${track}" the lesson is in`,
      );
    }
    return { track, slug };
  });
}

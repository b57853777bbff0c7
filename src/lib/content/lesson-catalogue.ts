/**
 * Every lesson in one help language, compact, for islands that must show any path a tutor
 * may assign (the child's home): title, the Bulgarian title, and a picture (the first of
 * its words that has one, else its track's picture). URLs are routes.lesson(locale, id).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { trackPictures } from './page-pictures';
import { groupByTrack } from './catalogue';

/** One lesson as an island shows it. */
export interface CatalogueLesson {
  /** The title in the help language. */
  title: string;
  /** The Bulgarian title; absent on Bulgarian pages. */
  titleBg?: string;
  /** OpenMoji code or picture path (routes.pictureUrl). */
  picture: string;
}

/** Lessons by id (`track/slug`), in catalogue order. */
export async function lessonCatalogue(locale: Locale): Promise<Record<string, CatalogueLesson>> {
  const words = new Map((await getCollection('vocabulary')).map((word) => [word.id, word.data.picture]));
  const lessons = groupByTrack(await getCollection('lessons')).flatMap((group) => group.lessons);
  return Object.fromEntries(
    lessons.map((lesson) => [
      lesson.id,
      {
        title: lesson.data.title[locale],
        ...(locale === 'bg' ? {} : { titleBg: lesson.data.title.bg }),
        picture: lesson.data.vocabulary.map((id) => words.get(id)).find(Boolean) ?? trackPictures[lesson.data.track],
      },
    ]),
  );
}

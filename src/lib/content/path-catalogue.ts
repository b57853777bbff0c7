/**
 * The compact catalogue the path builder and the path link page give their islands
 * (lib/paths/catalogue.ts): for each lesson only its id, track, level, titles, picture and
 * URL in one help language, and the ready-made paths of content/paths/. Build time only.
 */
import type { Locale } from '../i18n/locales';
import { openmojiUrl, pictureUrl, routes } from '../routes';
import type { PathCatalogue } from '../paths/catalogue';
import { groupByTrack } from './catalogue';
import { trackPictures } from './page-pictures';
import { levels, type LessonFrontmatter, type Track } from './schema';

interface Entry<D> {
  id: string;
  data: D;
}

export interface CatalogueSources {
  lessons: readonly Entry<LessonFrontmatter>[];
  paths: readonly Entry<{ title: Record<Locale, string>; description: Record<Locale, string>; lessons: string[] }>[];
  /** The word bank: a lesson's picture is its first word's that has one. */
  words: readonly Entry<{ picture?: string | undefined }>[];
  /** A track's name in the help language. */
  trackTitle: (track: Track) => string;
}

export function pathCatalogue(locale: Locale, sources: CatalogueSources): PathCatalogue {
  const groups = groupByTrack(sources.lessons);
  const used = new Set(sources.lessons.map((lesson) => lesson.data.level));
  const pictures = new Map(sources.words.map((word) => [word.id, word.data.picture]));
  return {
    tracks: groups.map(({ track }) => ({ id: track, title: sources.trackTitle(track), picture: openmojiUrl(trackPictures[track]) })),
    levels: levels.filter((level) => used.has(level)),
    lessons: groups.flatMap(({ lessons }) =>
      lessons.map(({ id, data }) => {
        // The lesson's picture: the first of its words that has one.
        const picture = pictureUrl(data.vocabulary.map((id) => pictures.get(id)).find(Boolean));
        return {
          id,
          track: data.track,
          level: data.level,
          order: data.order,
          title: data.title[locale],
          titleBg: data.title.bg,
          ...(picture ? { picture } : {}),
          url: routes.lesson(locale, id),
        };
      }),
    ),
    ready: [...sources.paths]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => ({ id, title: data.title[locale], description: data.description[locale], lessons: data.lessons })),
  };
}

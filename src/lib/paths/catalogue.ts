/**
 * The catalogue as the path builder and the path link page receive it: a compact list the
 * page writes at build time (lib/content/path-catalogue.ts), so the islands never load the
 * content code. Search here is a plain filter, enough for 80 to a few hundred lessons: the
 * title in Bulgarian, in the help language, and in Latin letters (a tutor who cannot type
 * Cyrillic writes "tsvetove" for Цветовете).
 */
import { foldStress, transliterate } from '../i18n/translit';

/** One lesson of the catalogue. */
export interface CatalogueLesson {
  /** `track/slug`. */
  id: string;
  track: string;
  /** CEFR-style level: A0, A1.1, A1.2, A2. */
  level: string;
  /** Position within its track, from 1. */
  order: number;
  /** The title in the page's help language. */
  title: string;
  /** The title in Bulgarian. */
  titleBg: string;
  /** The URL of the lesson's picture (its first word that has one), if any. */
  picture?: string;
  /** The lesson's page. */
  url: string;
}

/** A track, with its name in the help language and its picture. */
export interface CatalogueTrack {
  id: string;
  title: string;
  picture: string;
}

/** A ready-made path from content/paths/, in the help language. */
export interface ReadyPath {
  /** Its file name without `.yaml`. */
  id: string;
  title: string;
  description: string;
  lessons: string[];
}

export interface PathCatalogue {
  tracks: CatalogueTrack[];
  levels: string[];
  lessons: CatalogueLesson[];
  ready: ReadyPath[];
}

export interface CatalogueFilter {
  /** A track id, or '' for every track. */
  track: string;
  /** A level, or '' for every level. */
  level: string;
  /** What the tutor typed; '' for no search. */
  query: string;
}

/** Lower case, no stress marks, no extra spaces: the form both sides of a search are compared in. */
export function searchKey(text: string): string {
  return foldStress(text).toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a lesson's title, in either language or in Latin letters, contains every word of the query. */
export function matchesQuery(lesson: Pick<CatalogueLesson, 'title' | 'titleBg'>, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [lesson.title, lesson.titleBg, transliterate(lesson.titleBg)].map(searchKey).join(' ');
  return words.every((word) => haystack.includes(word));
}

/** The lessons of a track and a level matching the query, in the catalogue's order. */
export function filterLessons<L extends CatalogueLesson>(lessons: readonly L[], filter: CatalogueFilter): L[] {
  return lessons.filter(
    (lesson) =>
      (filter.track === '' || lesson.track === filter.track) &&
      (filter.level === '' || lesson.level === filter.level) &&
      matchesQuery(lesson, filter.query),
  );
}

/** The catalogue's lessons by id, for showing a path's lessons. */
export function lessonsById<L extends CatalogueLesson>(lessons: readonly L[]): ReadonlyMap<string, L> {
  return new Map(lessons.map((lesson) => [lesson.id, lesson]));
}

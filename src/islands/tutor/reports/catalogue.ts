/**
 * What the reports page gives its island from the build (pages/[locale]/tutor/reports.astro):
 * the lessons' titles, the ready-made paths and the words, in the page's help language.
 * The island never loads the content itself.
 */

/** A lesson of the catalogue, in catalogue order. */
export interface ReportLesson {
  /** `track/slug`. */
  id: string;
  /** Its title in the help language. */
  title: string;
}

/** A ready-made path of content/paths/. */
export interface ReadyPath {
  /** The file's name without `.yaml`. */
  id: string;
  title: string;
  lessons: string[];
}

/** A word, enough to show it with its picture and play it. */
export interface ReportWord {
  id: string;
  /** The Bulgarian word with its stress marks. */
  stressed: string;
  /** Its meaning in the help language; absent on Bulgarian pages. */
  gloss?: string;
  /** The picture as the word bank names it (an OpenMoji code or a path): routes.ts's pictureUrl makes the URL. */
  picture?: string;
  /** The word's own recording, only when the word bank names one: else routes.ts's wordAudioUrl gives the generated file. */
  audio?: string;
}

export interface ReportCatalogue {
  lessons: ReportLesson[];
  readyPaths: ReadyPath[];
  words: ReportWord[];
}

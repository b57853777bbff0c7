/**
 * The celebration's big button for a child following a path a tutor gave them: the
 * path's next lesson, named from the help language's lesson catalogue, or their home
 * after the path's last lesson. Undefined when the lesson is not on such a path, or
 * anything fails offline: the page's own next lesson (built from the default path) stands.
 */
import type { Locale } from '../i18n/locales';
import { nextOnAssignedPath } from '../paths/next-lesson';
import { routes } from '../routes';

/** What the catalogue file holds of a lesson that the button shows (lib/content/lesson-catalogue.ts writes it). */
interface CatalogueEntry {
  title: string;
  titleBg?: string;
}

/** Where the button goes, and the lesson's titles to show on it. */
export type Onward = { url: string; title: string; titleBg?: string } | 'home';

export async function assignedOnward(locale: Locale, lessonId: string): Promise<Onward | undefined> {
  try {
    const { assignedPathOfActiveLearner } = await import('../store/learner-path');
    const assigned = await assignedPathOfActiveLearner();
    if (!assigned?.includes(lessonId)) return undefined;
    const response = await fetch(routes.lessonCatalogue(locale));
    if (!response.ok) return undefined;
    const catalogue = (await response.json()) as Record<string, CatalogueEntry>;
    const next = nextOnAssignedPath(assigned, lessonId, (id) => id in catalogue);
    if (next === undefined || next === 'home') return next;
    const lesson = catalogue[next]!;
    return { url: routes.lesson(locale, next), title: lesson.title, ...(lesson.titleBg ? { titleBg: lesson.titleBg } : {}) };
  } catch {
    return undefined;
  }
}

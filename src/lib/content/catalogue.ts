/** Ordering lessons for the catalogue: tracks in their fixed order, lessons by `order`. */
import { tracks, type LessonFrontmatter, type Track } from './schema';

export interface LessonLike {
  id: string;
  data: Pick<LessonFrontmatter, 'track' | 'order'>;
}

export function groupByTrack<L extends LessonLike>(lessons: readonly L[]): { track: Track; lessons: L[] }[] {
  return tracks
    .map((track) => ({
      track,
      lessons: lessons.filter((l) => l.data.track === track).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.lessons.length > 0);
}

/**
 * The lesson a child is sent to after finishing one: the next lesson of their path,
 * else (the lesson is the path's last, or not on it) the next one of its track. Pure:
 * the lesson page uses the default path at build time, and the celebration asks
 * `nextOnAssignedPath` about the path a tutor gave the child.
 */
export function nextLessonAfter(
  pathLessonIds: readonly string[],
  lessonId: string,
  trackLessonIds: readonly string[] = [],
): string | undefined {
  return following(pathLessonIds, lessonId) ?? following(trackLessonIds, lessonId);
}

/**
 * Where the celebration sends a child whose tutor gave them a path: the path's next
 * lesson; `home` after its last one (the path is done: their page says so); undefined
 * when the lesson is not on it (the page's own next lesson stands). Lessons the site no
 * longer has (`exists` says no) are passed over.
 */
export function nextOnAssignedPath(
  assigned: readonly string[],
  lessonId: string,
  exists: (id: string) => boolean = () => true,
): string | 'home' | undefined {
  if (!assigned.includes(lessonId)) return undefined;
  return following(assigned.filter(exists), lessonId) ?? 'home';
}

/** The id after this one in a list, skipping itself if listed twice; undefined when last or absent. */
function following(ids: readonly string[], lessonId: string): string | undefined {
  const at = ids.indexOf(lessonId);
  if (at < 0) return undefined;
  return ids.slice(at + 1).find((id) => id !== lessonId);
}

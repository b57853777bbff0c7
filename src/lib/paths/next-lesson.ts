/**
 * The lesson a child is sent to after finishing one: the next lesson of their path,
 * else (the lesson is the path's last, or not on it) the next one of its track. Pure,
 * so the lesson page can use the default path at build time now and a child's assigned
 * path (`pathForLearner`) can be passed in later.
 */
export function nextLessonAfter(
  pathLessonIds: readonly string[],
  lessonId: string,
  trackLessonIds: readonly string[] = [],
): string | undefined {
  return following(pathLessonIds, lessonId) ?? following(trackLessonIds, lessonId);
}

/** The id after this one in a list, skipping itself if listed twice; undefined when last or absent. */
function following(ids: readonly string[], lessonId: string): string | undefined {
  const at = ids.indexOf(lessonId);
  if (at < 0) return undefined;
  return ids.slice(at + 1).find((id) => id !== lessonId);
}

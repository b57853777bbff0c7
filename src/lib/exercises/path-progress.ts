/** The lesson to highlight on a child's path: the first one not completed, or none when all are. */
export function nextLessonIndex(lessonIds: readonly string[], isCompleted: (id: string) => boolean): number {
  return lessonIds.findIndex((id) => !isCompleted(id));
}

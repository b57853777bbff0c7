/**
 * Build-time: a lesson's level by its id (track/slug), for the exercise wrappers, which
 * choose an exercise's form from it (lib/exercises/form.ts) without the lesson page
 * having to hand it down.
 */
import { getCollection } from 'astro:content';

let levels: Promise<Map<string, string>> | undefined;

function lessonLevels(): Promise<Map<string, string>> {
  levels ??= getCollection('lessons').then((lessons) => new Map(lessons.map((lesson) => [lesson.id, lesson.data.level])));
  return levels;
}

export async function lessonLevel(lessonId: string): Promise<string | undefined> {
  return (await lessonLevels()).get(lessonId);
}

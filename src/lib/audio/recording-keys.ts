/**
 * The keys of the `recordings` table: a word's recording under its word id, its example
 * sentence's under `example:<wordId>`, a spoken UI phrase's under `phrase:<locale>:<key>`
 * (phrases.ts). Word ids never contain a colon, so the three never collide.
 */
export { phraseRecordingId } from './phrases';

export function exampleRecordingId(wordId: string): string {
  return `example:${wordId}`;
}

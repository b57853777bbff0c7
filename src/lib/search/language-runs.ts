/**
 * A result's text parts grouped into runs: consecutive Bulgarian parts in one run, the rest
 * in others. A page shows each Bulgarian run in one left-to-right span with lang="bg",
 * marked words inside it: were each part its own isolated span, an Arabic or Persian line
 * would set the pieces of one Bulgarian sentence right to left ("кафява.Мечката е").
 * Used by the island (SearchResult.tsx) and by the results the page draws before it
 * (search-first-results.ts), so that both group alike.
 */
import type { TextPart } from './snippet';

export interface LanguageRun {
  /** Whether the run is Bulgarian quoted in another language's text. */
  bulgarian: boolean;
  parts: TextPart[];
}

export function languageRuns(parts: readonly TextPart[]): LanguageRun[] {
  const runs: LanguageRun[] = [];
  for (const part of parts) {
    const bulgarian = part.bulgarian === true;
    const last = runs.at(-1);
    if (last?.bulgarian === bulgarian) last.parts.push(part);
    else runs.push({ bulgarian, parts: [part] });
  }
  return runs;
}

/**
 * Spoken phrases inside an exercise: the shell gives its strings to every part below it,
 * so the instruction, the feedback and the end can put a speaker beside their words
 * without each island passing the strings down.
 */
import { createContext, useContext } from 'react';
import Say, { type SayStrings } from '../Say';

export type PhraseStrings = SayStrings & Readonly<Record<string, string | undefined>>;

export const PhraseStringsContext = createContext<PhraseStrings | undefined>(undefined);

/** The key of a text shown from the exercise's strings (the islands pass the text, not its key). */
function keyOf(strings: PhraseStrings, text: string): string | undefined {
  return Object.keys(strings).find((key) => key !== 'locale' && strings[key] === text);
}

/**
 * A speaker for a UI string of the exercise, found by its key or else by its text;
 * nothing when the exercise has no "Listen to this" string to name the button.
 */
export function SayPhrase({ text, phrase, auto = false }: { text: string; phrase?: string | undefined; auto?: boolean }) {
  const strings = useContext(PhraseStringsContext);
  const key = strings && (phrase ?? keyOf(strings, text));
  if (!strings?.['exercise.say'] || !key) return null;
  return <Say key={key} phrase={key} text={text} strings={strings} auto={auto} />;
}

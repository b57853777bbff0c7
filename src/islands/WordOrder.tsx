/**
 * Word order: the words of a sentence as shuffled tiles; the child taps them in order to
 * build the sentence, and hears it when it is done. A wrong order shows and plays the
 * right sentence, and the child tries again.
 */
import { useMemo, useRef, useState } from 'react';
import { shuffleAway } from '../lib/exercises/shuffle';
import { verdictOf } from '../lib/exercises/rounds';
import { exerciseIsland, Round, exerciseStringKeys, focusFirst, useRounds } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const wordOrderStringKeys = [...exerciseStringKeys, 'order.label', 'order.instruction', 'order.sentence', 'order.words'] as const;

export type WordOrderStrings = StringsOf<typeof wordOrderStringKeys>;

/** A sentence from the word bank: a word's example, with its sound. */
export interface Sentence {
  /** The word-bank id of the word whose example this is. */
  id: string;
  stressed: string;
  gloss?: string;
  audio: string;
  picture?: string;
}

export interface WordOrderProps extends ExerciseProps<WordOrderStrings> {
  sentences: Sentence[];
}

interface Tile {
  n: number;
  text: string;
}

function Sentences({ run, sentences, strings }: WordOrderProps & { run: Run }) {
  const [placed, setPlaced] = useState<number[]>([]);
  const group = useRef<HTMLDivElement>(null);
  const rounds = useRounds(run, { group, total: sentences.length, seen: () => sentences.map((s) => s.id), reset: () => setPlaced([]) });
  const sentence = sentences[rounds.index];
  const tiles = useMemo(() => {
    const words: Tile[] = (sentence?.stressed ?? '').split(/\s+/).map((text, n) => ({ n, text }));
    return shuffleAway(words, run.seed + rounds.index, (a, b) => a.text === b.text);
  }, [sentence, run.seed, rounds.index]);
  if (!sentence) return null;

  const tile = (n: number) => tiles.find((t) => t.n === n) as Tile;

  const place = (n: number) => {
    const next = [...placed, n];
    setPlaced(next);
    // The tile moved away from under the focus: keyboard users go on from the next one.
    if (next.length < tiles.length) return focusFirst(group.current);
    const correct = next.map((m) => tile(m).text).join(' ') === sentence.stressed.split(/\s+/).join(' ');
    rounds.answer(verdictOf(correct), sentence.id, { wordId: sentence.id });
  };

  return (
    <Round
      rounds={rounds}
      strings={strings}
      instruction={{ pictures: ['order', 'tap'], text: strings['order.instruction'] }}
      answer={() => ({
        text: sentence.stressed,
        help: sentence.gloss,
        audio: { src: sentence.audio, text: sentence.stressed },
        play: true,
      })}
    >
      {sentence.picture && (
        <div className="exercise__prompt">
          <img src={sentence.picture} alt="" width="96" height="96" />
        </div>
      )}
      <div className="order__line" role="group" aria-label={strings['order.sentence']} lang="bg" dir="ltr">
        {placed.map((n) => (
          <button
            key={n}
            type="button"
            className="tile"
            disabled={rounds.verdict !== undefined}
            onClick={() => {
              setPlaced(placed.filter((m) => m !== n));
              focusFirst(group.current);
            }}
          >
            {tile(n).text}
          </button>
        ))}
      </div>
      <div className="order__pool" role="group" aria-label={strings['order.words']} lang="bg" dir="ltr" ref={group} data-word={sentence.id}>
        {tiles
          .filter((t) => !placed.includes(t.n))
          .map((t) => (
            <button key={t.n} type="button" className="tile" onClick={() => place(t.n)}>
              {t.text}
            </button>
          ))}
      </div>
    </Round>
  );
}

export default exerciseIsland<WordOrderProps>('order', (strings) => strings['order.label'], Sentences);

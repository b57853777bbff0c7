/**
 * Word order: the words of a sentence as shuffled tiles; the child taps them in order to
 * build the sentence, and hears it when it is done. A wrong order shows and plays the
 * right sentence, and the child tries again. In the pre-reader form the sentence is
 * heard first (a play button, played by itself once) and each tile says its word when
 * tapped.
 */
import { useMemo, useRef, useState } from 'react';
import { shuffleAway } from '../lib/exercises/shuffle';
import { verdictOf } from '../lib/exercises/rounds';
import { normalise } from '../lib/exercises/answer-check';
import type { ExerciseForm } from '../lib/exercises/form';
import AudioButton from './AudioButton';
import { exerciseIsland, mayPlayAtOnce, Round, exerciseStringKeys, focusFirst, useRounds, useSpeaker } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const wordOrderStringKeys = [
  ...exerciseStringKeys,
  'order.label',
  'order.instruction',
  'order.sentence',
  'order.words',
  'order.instructionPreReader',
  'order.listen',
] as const;

export type WordOrderStrings = StringsOf<typeof wordOrderStringKeys>;

/** A sentence from the word bank: a word's example, with its sound. */
export interface Sentence {
  /** The word-bank id of the word whose example this is. */
  id: string;
  stressed: string;
  gloss?: string;
  audio: string;
  picture?: string;
  /** The sound of each tile, by its written form (normalised); a word of the bank with its id, for a tutor's recording. */
  tileSounds?: Record<string, { audio: string; wordId?: string }>;
}

export interface WordOrderProps extends ExerciseProps<WordOrderStrings> {
  sentences: Sentence[];
  /** `pre-reader`: the sentence heard first, tiles that speak; `reader` (the default): read only. */
  form?: ExerciseForm;
}

interface Tile {
  n: number;
  text: string;
}

function Sentences({ run, sentences, strings, form = 'reader' }: WordOrderProps & { run: Run }) {
  const preReader = form === 'pre-reader';
  const say = useSpeaker();
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
  /** In the pre-reader form a tapped tile says its word: the word bank's sound, else the browser's voice. */
  const sayTile = (n: number) => {
    if (!preReader) return;
    const { text } = tile(n);
    const sound = sentence.tileSounds?.[normalise(text)];
    say({ text, src: sound?.audio, wordId: sound?.wordId });
  };

  const place = (n: number) => {
    sayTile(n);
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
      instruction={
        preReader
          ? { pictures: ['listen', 'order'], text: strings['order.instructionPreReader'] }
          : { pictures: ['order', 'tap'], text: strings['order.instruction'] }
      }
      answer={() => ({
        text: sentence.stressed,
        help: sentence.gloss,
        audio: { src: sentence.audio, text: sentence.stressed },
        play: true,
      })}
    >
      {(sentence.picture || preReader) && (
        <div className="exercise__prompt">
          {sentence.picture && <img loading="lazy" src={sentence.picture} alt="" width="96" height="96" />}
          {preReader && (
            // The model sentence, heard first: by itself once the child has tapped on this page (a browser plays no sound before).
            <AudioButton
              key={rounds.index}
              src={sentence.audio}
              text={sentence.stressed}
              wordId={sentence.id}
              label={strings['order.listen']}
              strings={strings}
              size="large"
              autoPlay={rounds.index > 0 || mayPlayAtOnce()}
            />
          )}
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
              sayTile(n);
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

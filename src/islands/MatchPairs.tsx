/**
 * Find the pairs: pictures (or sounds) on one side, Bulgarian words on the other. The
 * child taps one of each; a right pair stays together, a wrong one shows and plays the
 * word that belongs to the picture or sound, and the child tries again. In the
 * pre-reader form the words are cards that say their word when tapped: pictures to
 * sounds, nothing to read.
 */
import { useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import type { ExerciseForm } from '../lib/exercises/form';
import { shuffle, shuffleAway } from '../lib/exercises/shuffle';
import { verdictOf } from '../lib/exercises/rounds';
import { format } from '../lib/i18n/format';
import AudioButton from './AudioButton';
import {
  ChoicePicture,
  exerciseIsland,
  Feedback,
  Instruction,
  SpeakerIcon,
  exerciseStringKeys,
  focusFirst,
  useSpeaker,
  wordAnswer,
} from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const matchPairsStringKeys = [
  ...exerciseStringKeys,
  'match.label',
  'match.instruction',
  'match.instructionSound',
  'match.sound',
  'match.left',
  'match.words',
  'match.instructionPreReader',
  'match.sounds',
] as const;

export type MatchPairsStrings = StringsOf<typeof matchPairsStringKeys>;

export interface MatchPairsProps extends ExerciseProps<MatchPairsStrings> {
  words: WordForLocale[];
  /** `picture`: pictures to words; `sound`: sounds to words. The pre-reader form matches pictures to speaking cards. */
  mode: 'picture' | 'sound';
  /** `pre-reader`: the words are cards that speak, not text; `reader` (the default): written. */
  form?: ExerciseForm;
}

type Side = 'left' | 'right';

function Board({ run, words, mode: chosenMode, strings, form = 'reader' }: MatchPairsProps & { run: Run }) {
  const preReader = form === 'pre-reader';
  // A pre-reader matches pictures (every word has one: the wrapper checks) with sounds.
  const mode = preReader ? 'picture' : chosenMode;
  const say = useSpeaker();
  const left = useMemo(() => shuffle(words, run.seed), [words, run.seed]);
  const right = useMemo(() => shuffleAway(left, run.seed + 1), [left, run.seed]);
  const [matched, setMatched] = useState<string[]>([]);
  const [selected, setSelected] = useState<{ side: Side; id: string }>();
  const [last, setLast] = useState<{ word: WordForLocale; correct: boolean; tries: number }>();
  const leftColumn = useRef<HTMLDivElement>(null);

  const pick = (side: Side, word: WordForLocale) => {
    if (!selected || selected.side === side) return setSelected({ side, id: word.id });
    // One of each side: the left one (picture or sound) is the word being asked about.
    const asked = side === 'left' ? word : (words.find((w) => w.id === selected.id) as WordForLocale);
    const other = side === 'left' ? selected.id : word.id;
    const correct = asked.id === other;
    run.answer(asked.id, correct, asked.id);
    setSelected(undefined);
    setLast({ word: asked, correct, tries: (last?.tries ?? 0) + 1 });
    if (!correct) return;
    const done = [...matched, asked.id];
    setMatched(done);
    if (done.length === words.length) run.finish(words.map((w) => w.id));
    // The pair just made is disabled: keyboard users go on from the next picture.
    else focusFirst(leftColumn.current);
  };

  /** A speaking card: it says its word, and is chosen. */
  const sayAndPick = (word: WordForLocale) => {
    say({ src: word.audio, text: word.stressed, wordId: word.id });
    pick('right', word);
  };

  const item = (side: Side, word: WordForLocale, n: number) => {
    const isMatched = matched.includes(word.id);
    const isSelected = selected?.side === side && selected.id === word.id;
    const speaks = side === 'right' && preReader;
    const common = {
      type: 'button' as const,
      className: `pair${isMatched ? ' is-right' : ''}${isSelected ? ' is-selected' : ''}${speaks ? ' pair--speaks' : ''}`,
      'data-word': word.id,
      'aria-pressed': isSelected,
      disabled: isMatched,
      onClick: speaks ? () => sayAndPick(word) : () => pick(side, word),
    };
    if (speaks)
      return (
        <button key={word.id} {...common} aria-label={format(strings['match.sound'], { n }, strings.locale)}>
          <SpeakerIcon />
          <span aria-hidden="true">{n}</span>
        </button>
      );
    if (side === 'right')
      return (
        <button key={word.id} {...common} lang="bg" dir="ltr">
          {word.stressed}
        </button>
      );
    if (mode === 'sound')
      return (
        <span key={word.id} className="pair-sound">
          <AudioButton
            src={word.audio}
            text={word.stressed}
            wordId={word.id}
            label={`${strings['exercise.listen']} (${n})`}
            strings={strings}
          />
          <button {...common} aria-label={format(strings['match.sound'], { n }, strings.locale)}>
            {n}
          </button>
        </span>
      );
    return (
      <button key={word.id} {...common} aria-label={word.gloss ?? word.stressed}>
        <ChoicePicture src={word.picture} size={72} />
      </button>
    );
  };

  return (
    <>
      <Instruction
        pictures={mode === 'sound' || preReader ? ['listen', 'match'] : ['look', 'match']}
        text={strings[preReader ? 'match.instructionPreReader' : mode === 'sound' ? 'match.instructionSound' : 'match.instruction']}
      />
      <div className="pairs">
        <div role="group" aria-label={strings['match.left']} className="pairs__column" ref={leftColumn}>
          {left.map((word, i) => item('left', word, i + 1))}
        </div>
        <div role="group" aria-label={strings[preReader ? 'match.sounds' : 'match.words']} className="pairs__column" dir="ltr">
          {right.map((word, i) => item('right', word, i + 1))}
        </div>
      </div>
      {last && <Feedback key={last.tries} verdict={verdictOf(last.correct)} strings={strings} answer={wordAnswer(last.word)} />}
    </>
  );
}

export default exerciseIsland<MatchPairsProps>('match', (strings) => strings['match.label'], Board);

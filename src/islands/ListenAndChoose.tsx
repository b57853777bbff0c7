/**
 * Listen and choose: the child hears a word and taps its picture among three or four.
 * The other pictures are other words of the same exercise. The instruction is an ear
 * and a finger; a wrong tap shows and plays the right word, and the child tries again.
 */
import { useMemo, useRef } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { choiceRounds } from '../lib/exercises/distractors';
import { verdictOf } from '../lib/exercises/rounds';
import { ChoicePicture, exerciseIsland, Round, SoundPrompt, exerciseStringKeys, useRounds, wordAnswer } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const listenAndChooseStringKeys = [...exerciseStringKeys, 'listen.label', 'listen.instruction'] as const;

export type ListenAndChooseStrings = StringsOf<typeof listenAndChooseStringKeys>;

export interface ListenAndChooseProps extends ExerciseProps<ListenAndChooseStrings> {
  /** Words with pictures; each is asked once. */
  words: WordForLocale[];
  /** Pictures to choose from in each round: 3 or 4. */
  choices: number;
}

function Rounds({ run, words, choices, strings }: ListenAndChooseProps & { run: Run }) {
  const asked = useMemo(() => choiceRounds(words, choices, run.seed), [words, choices, run.seed]);
  const group = useRef<HTMLDivElement>(null);
  const rounds = useRounds(run, { group, total: asked.length, seen: () => words.map((w) => w.id) });
  const round = asked[rounds.index];
  if (!round) return null;
  const target = round.target;

  return (
    <Round
      rounds={rounds}
      strings={strings}
      instruction={{ pictures: ['listen', 'tap'], text: strings['listen.instruction'] }}
      answer={() => wordAnswer(target)}
    >
      <SoundPrompt round={rounds.index} sound={target} label={strings['exercise.listen']} strings={strings} />
      <div className="choices" ref={group}>
        {round.options.map((option) => {
          const { marks, disabled } = rounds.choice(option.id, option.id === target.id);
          return (
            <button
              key={option.id}
              type="button"
              className={`choice${marks}`}
              data-word={option.id}
              aria-label={option.gloss ?? option.stressed}
              disabled={disabled}
              onClick={() => rounds.answer(verdictOf(option.id === target.id), target.id, { wordId: target.id, choice: option.id })}
            >
              <ChoicePicture src={option.picture} />
            </button>
          );
        })}
      </div>
    </Round>
  );
}

export default exerciseIsland<ListenAndChooseProps>('listen', (strings) => strings['listen.label'], Rounds);

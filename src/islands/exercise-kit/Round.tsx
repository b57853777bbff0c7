/**
 * One round of an exercise that asks one thing at a time: where the child is (2 of 5),
 * the instruction as pictures, the island's own question and choices, and after an
 * answer the feedback with its step ("Next" or "Try again").
 */
import type { ReactNode } from 'react';
import type { ExercisePicture } from '../../lib/exercises/pictures';
import { Feedback, type Answer } from './Feedback';
import { Instruction, Position } from './parts';
import type { ExerciseStrings } from './strings';
import type { Rounds } from './use-rounds';

interface RoundProps<Choice> {
  rounds: Rounds<Choice>;
  strings: ExerciseStrings;
  /** The instruction's pictures and words, when the exercise shows one. */
  instruction?: { pictures: readonly ExercisePicture[]; text: string };
  /** The right answer, for the feedback: asked for only once the child has answered. */
  answer: () => Answer;
  /** The author's feedback on the choice made. */
  note?: ReactNode;
  children: ReactNode;
}

export function Round<Choice>({ rounds, strings, instruction, answer, note, children }: RoundProps<Choice>) {
  return (
    <>
      <Position current={rounds.index + 1} total={rounds.total} strings={strings} />
      {instruction && <Instruction pictures={instruction.pictures} text={instruction.text} />}
      {children}
      {rounds.verdict && <Feedback verdict={rounds.verdict} strings={strings} answer={answer()} note={note} {...rounds.step} />}
    </>
  );
}

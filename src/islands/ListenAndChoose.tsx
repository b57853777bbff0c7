/**
 * Listen and choose: the child hears a word and taps its picture among three or four.
 * The other pictures are other words of the same exercise. The instruction is an ear
 * and a finger; a wrong tap shows and plays the right word, and the child tries again.
 */
import { useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { choiceRounds } from '../lib/exercises/distractors';
import AudioButton from './AudioButton';
import ExerciseBoundary from './ExerciseBoundary';
import {
  Feedback,
  Finished,
  Instruction,
  Position,
  focusFirst,
  useRun,
  type ExerciseProps,
  type ExerciseStrings,
  type Run,
} from './exercise-kit';

export interface ListenAndChooseStrings extends ExerciseStrings {
  'listen.label': string;
  'listen.instruction': string;
}

export interface ListenAndChooseProps extends ExerciseProps<ListenAndChooseStrings> {
  /** Words with pictures; each is asked once. */
  words: WordForLocale[];
  /** Pictures to choose from in each round: 3 or 4. */
  choices: number;
}

function Rounds({ run, words, choices, strings }: ListenAndChooseProps & { run: Run }) {
  const rounds = useMemo(() => choiceRounds(words, choices, run.seed), [words, choices, run.seed]);
  const [index, setIndex] = useState(0);
  const [wrong, setWrong] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<'right' | 'wrong'>();
  const options = useRef<HTMLDivElement>(null);
  const round = rounds[index];
  if (!round) return null;
  const target = round.target;

  const choose = (word: WordForLocale) => {
    const correct = word.id === target.id;
    run.answer(target.id, correct, target.id);
    setFeedback(correct ? 'right' : 'wrong');
    if (!correct) setWrong([...wrong, word.id]);
  };

  const next = () => {
    if (index + 1 >= rounds.length) return run.finish(words.map((w) => w.id));
    setIndex(index + 1);
    setWrong([]);
    setFeedback(undefined);
    run.ask();
    focusFirst(options.current);
  };

  const retry = () => {
    setFeedback(undefined);
    focusFirst(options.current);
  };

  return (
    <>
      <Position current={index + 1} total={rounds.length} strings={strings} />
      <Instruction pictures={['listen', 'tap']} text={strings['listen.instruction']} />
      <div className="exercise__prompt" data-word={target.id}>
        <AudioButton
          key={index}
          src={target.audio}
          text={target.stressed}
          wordId={target.id}
          label={strings['exercise.listen']}
          strings={strings}
          size="large"
          autoPlay={index > 0}
        />
      </div>
      <div className="choices" ref={options}>
        {round.options.map((option) => {
          const isWrong = wrong.includes(option.id);
          const isRight = feedback === 'right' && option.id === target.id;
          return (
            <button
              key={option.id}
              type="button"
              className={`choice${isWrong ? ' is-wrong' : ''}${isRight ? ' is-right' : ''}`}
              data-word={option.id}
              aria-label={option.gloss ?? option.stressed}
              disabled={isWrong || feedback !== undefined}
              onClick={() => choose(option)}
            >
              <img src={option.picture} alt="" width="96" height="96" draggable={false} />
            </button>
          );
        })}
      </div>
      {feedback && (
        <Feedback
          verdict={feedback}
          strings={strings}
          answer={{
            picture: target.picture,
            text: target.stressed,
            help: target.gloss,
            audio: { src: target.audio, text: target.stressed, wordId: target.id },
          }}
          {...(feedback === 'right' ? { onNext: next } : { onRetry: retry })}
        />
      )}
    </>
  );
}

function Exercise(props: ListenAndChooseProps) {
  const run = useRun(props.exerciseId);
  return (
    <section className="exercise listen" aria-label={props.strings['listen.label']} data-exercise={props.exerciseId}>
      {run.score === undefined ? (
        <Rounds key={run.seed} run={run} {...props} />
      ) : (
        <Finished run={run} strings={props.strings} learnersUrl={props.learnersUrl} />
      )}
    </section>
  );
}

export default function ListenAndChoose(props: ListenAndChooseProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Exercise {...props} />
    </ExerciseBoundary>
  );
}

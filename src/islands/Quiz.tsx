/**
 * A quiz: questions with two to four options each, as text, as a Bulgarian word with its
 * picture, as a picture alone, or as a sound. Each option can carry its own feedback, and
 * a question can carry a hint. Used for words, and for culture and history lessons.
 */
import { useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import type { TextPart } from '../lib/i18n/bulgarian-spans';
import { format } from '../lib/i18n/format';
import AudioButton from './AudioButton';
import ExerciseBoundary from './ExerciseBoundary';
import {
  Feedback,
  Finished,
  Picture,
  Position,
  Rich,
  focusFirst,
  useRun,
  type Answer,
  type ExerciseProps,
  type ExerciseStrings,
  type Run,
} from './exercise-kit';

export interface QuizStrings extends ExerciseStrings {
  'quiz.label': string;
  'quiz.hint': string;
  'quiz.option': string;
}

export interface QuizOption {
  /** Text in the help language; or a word from the word bank. */
  text?: TextPart[];
  word?: WordForLocale;
  /** How a word option shows: its picture and text, the picture alone, or only its sound. */
  show: 'word' | 'picture' | 'audio';
  correct: boolean;
  feedback?: TextPart[];
}

export interface QuizQuestion {
  prompt: TextPart[];
  /** A word the question is about: shown with its picture and sound. */
  word?: WordForLocale;
  options: QuizOption[];
  hint?: TextPart[];
}

export interface QuizProps extends ExerciseProps<QuizStrings> {
  questions: QuizQuestion[];
}

function answerOf(option: QuizOption): Answer {
  const word = option.word;
  if (!word) return { help: option.text && <Rich parts={option.text} /> };
  return {
    ...(option.show === 'audio' ? {} : { picture: word.picture }),
    text: word.stressed,
    help: word.gloss,
    audio: { src: word.audio, text: word.stressed, wordId: word.id },
  };
}

function Questions({ run, questions, strings }: QuizProps & { run: Run }) {
  const [index, setIndex] = useState(0);
  const [wrong, setWrong] = useState<number[]>([]);
  const [chosen, setChosen] = useState<number>();
  const [hint, setHint] = useState(false);
  const options = useRef<HTMLDivElement>(null);
  const question = questions[index];
  if (!question) return null;
  const right = question.options.find((option) => option.correct) as QuizOption;
  const aboutWord = right.word?.id ?? question.word?.id;

  const choose = (n: number) => {
    const correct = question.options[n]?.correct ?? false;
    run.answer(String(index), correct, aboutWord);
    setChosen(n);
    if (!correct) setWrong([...wrong, n]);
  };

  const next = () => {
    if (index + 1 >= questions.length) {
      const seen = questions.flatMap((q) => [q.word?.id, ...q.options.map((o) => o.word?.id)]).filter((id): id is string => !!id);
      return run.finish([...new Set(seen)]);
    }
    setIndex(index + 1);
    setWrong([]);
    setChosen(undefined);
    setHint(false);
    run.ask();
    focusFirst(options.current);
  };

  const retry = () => {
    setChosen(undefined);
    focusFirst(options.current);
  };

  const picked = chosen === undefined ? undefined : question.options[chosen];
  return (
    <>
      <Position current={index + 1} total={questions.length} strings={strings} />
      <div className="quiz__question">
        <p className="quiz__prompt">
          <Rich parts={question.prompt} />
        </p>
        {question.word && (
          <div className="quiz__word">
            {question.word.picture && <img src={question.word.picture} alt="" width="96" height="96" />}
            <span lang="bg">{question.word.stressed}</span>
            <AudioButton src={question.word.audio} text={question.word.stressed} wordId={question.word.id} strings={strings} size="large" />
          </div>
        )}
      </div>
      <div className="quiz__options" ref={options}>
        {question.options.map((option, n) => {
          const word = option.word;
          const isWrong = wrong.includes(n);
          const isRight = picked?.correct === true && option.correct;
          const label = word
            ? option.show === 'audio'
              ? format(strings['quiz.option'], { n: n + 1 })
              : option.show === 'picture'
                ? (word.gloss ?? word.stressed)
                : undefined
            : undefined;
          return (
            <div key={n} className="quiz__option">
              <button
                type="button"
                className={`choice${isWrong ? ' is-wrong' : ''}${isRight ? ' is-right' : ''}`}
                aria-label={label}
                disabled={isWrong || picked !== undefined}
                onClick={() => choose(n)}
              >
                {option.text && <Rich parts={option.text} />}
                {word && option.show !== 'audio' && word.picture && (
                  <img src={word.picture} alt="" width="72" height="72" draggable={false} />
                )}
                {word && option.show === 'word' && <span lang="bg">{word.stressed}</span>}
                {word && option.show === 'audio' && <span aria-hidden="true">{n + 1}</span>}
              </button>
              {word && option.show !== 'picture' && (
                <AudioButton
                  src={word.audio}
                  text={word.stressed}
                  wordId={word.id}
                  strings={strings}
                  {...(option.show === 'audio' ? { label: format(strings['quiz.option'], { n: n + 1 }) } : {})}
                />
              )}
            </div>
          );
        })}
      </div>
      {question.hint && picked === undefined && (
        <div className="quiz__hint">
          <button type="button" className="button" aria-expanded={hint} onClick={() => setHint(!hint)}>
            <Picture name="hint" /> {strings['quiz.hint']}
          </button>
          {hint && (
            <p>
              <Rich parts={question.hint} />
            </p>
          )}
        </div>
      )}
      {picked && (
        <Feedback
          verdict={picked.correct ? 'right' : 'wrong'}
          strings={strings}
          answer={answerOf(right)}
          note={picked.feedback && <Rich parts={picked.feedback} />}
          {...(picked.correct ? { onNext: next } : { onRetry: retry })}
        />
      )}
    </>
  );
}

function Exercise(props: QuizProps) {
  const run = useRun(props.exerciseId);
  return (
    <section className="exercise quiz" aria-label={props.strings['quiz.label']} data-exercise={props.exerciseId}>
      {run.score === undefined ? (
        <Questions key={run.seed} run={run} {...props} />
      ) : (
        <Finished run={run} strings={props.strings} learnersUrl={props.learnersUrl} />
      )}
    </section>
  );
}

export default function Quiz(props: QuizProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Exercise {...props} />
    </ExerciseBoundary>
  );
}

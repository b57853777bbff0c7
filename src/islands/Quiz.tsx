/**
 * A quiz: questions with two to four options each, as text, as a Bulgarian word with its
 * picture, as a picture alone, or as a sound. Each option can carry its own feedback, and
 * a question can carry a hint. Used for words, and for culture and history lessons. The
 * options come in a seeded shuffled order unless the author pinned it; in the pre-reader
 * form a word shows as its picture with its sound, never as Bulgarian text to read.
 * A question with a spoken prompt (its generated file, in an A0 lesson) has a speaker
 * button beside it, which also plays it once by itself when the question first shows
 * (Say: the tutor's setting and one phrase at a time).
 */
import { useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import type { TextPart } from '../lib/i18n/bulgarian-spans';
import { verdictOf } from '../lib/exercises/rounds';
import { shuffle } from '../lib/exercises/shuffle';
import type { ExerciseForm } from '../lib/exercises/form';
import { format } from '../lib/i18n/format';
import AudioButton from './AudioButton';
import Say from './Say';
import {
  ChoicePicture,
  exerciseIsland,
  Picture,
  Rich,
  Round,
  SoundPrompt,
  exerciseStringKeys,
  useRounds,
  wordAnswer,
} from './exercise-kit';
import type { Answer, ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const quizStringKeys = [...exerciseStringKeys, 'quiz.label', 'quiz.hint', 'quiz.option'] as const;

export type QuizStrings = StringsOf<typeof quizStringKeys>;

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
  /** The prompt's generated file in the help language (an A0 lesson's quiz): a speaker button plays it. */
  audio?: string;
  /** A word the question is about: shown with its picture and sound. */
  word?: WordForLocale;
  options: QuizOption[];
  hint?: TextPart[];
}

export interface QuizProps extends ExerciseProps<QuizStrings> {
  questions: QuizQuestion[];
  /** `pre-reader`: words as pictures and sound; `reader` (the default): written too. */
  form?: ExerciseForm;
  /** Keeps the options in the order written; otherwise each question's are shuffled. */
  pinOrder?: boolean;
}

/** How a word option shows in the form chosen: in the pre-reader form, never as text to read. */
function shownAs(option: QuizOption, form: ExerciseForm): QuizOption['show'] {
  if (form === 'reader' || option.show === 'audio') return option.show;
  return option.word?.picture ? 'picture' : 'audio';
}

function answerOf(option: QuizOption): Answer {
  const word = option.word;
  if (!word) return { help: option.text && <Rich parts={option.text} /> };
  const answer = wordAnswer(word);
  return option.show === 'audio' ? { ...answer, picture: undefined } : answer;
}

/** The words a run of the quiz showed, each once. */
const seenWords = (questions: QuizQuestion[]) => [
  ...new Set(questions.flatMap((q) => [q.word?.id, ...q.options.map((o) => o.word?.id)]).filter((id): id is string => !!id)),
];

/** A question's hint, folded until the child asks for it; hidden (as it was) while the feedback shows. */
function Hint({ hint, hidden, strings }: { hint: TextPart[]; hidden: boolean; strings: QuizStrings }) {
  const [open, setOpen] = useState(false);
  if (hidden) return null;
  return (
    <div className="quiz__hint">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <Picture name="hint" /> {strings['quiz.hint']}
      </button>
      {open && (
        <p>
          <Rich parts={hint} />
        </p>
      )}
    </div>
  );
}

function Questions({ run, questions, strings, form = 'reader', pinOrder = false }: QuizProps & { run: Run }) {
  const group = useRef<HTMLDivElement>(null);
  const rounds = useRounds<number>(run, { group, total: questions.length, seen: () => seenWords(questions) });
  // The same seed on the server and in the browser: the options do not jump at hydration.
  const orders = useMemo(
    () =>
      questions.map((q, i) => {
        const written = q.options.map((_, n) => n);
        return pinOrder ? written : shuffle(written, run.seed + i);
      }),
    [questions, pinOrder, run.seed],
  );
  const question = questions[rounds.index];
  if (!question) return null;
  const right = question.options.find((option) => option.correct) as QuizOption;
  const aboutWord = right.word?.id ?? question.word?.id;
  // The option just chosen: the right one, or the last wrong one.
  const picked = rounds.verdict === 'right' ? right : rounds.verdict ? question.options[rounds.wrong.at(-1) ?? -1] : undefined;
  const optionLabel = (n: number) => format(strings['quiz.option'], { n: n + 1 }, strings.locale);

  return (
    <Round rounds={rounds} strings={strings} answer={() => answerOf(right)} note={picked?.feedback && <Rich parts={picked.feedback} />}>
      <div className="quiz__question">
        <p className="quiz__prompt">
          <Rich parts={question.prompt} />
          {question.audio && (
            <>
              {' '}
              <Say
                key={rounds.index}
                src={question.audio}
                text={question.prompt.map((part) => part.text).join('')}
                strings={strings}
                auto
              />
            </>
          )}
        </p>
        {question.word && form === 'pre-reader' && (
          <SoundPrompt
            round={rounds.index}
            sound={question.word}
            label={strings['exercise.listen']}
            picture={question.word.picture}
            strings={strings}
          />
        )}
        {question.word && form === 'reader' && (
          <div className="quiz__word">
            {question.word.picture && <img loading="lazy" src={question.word.picture} alt="" width="96" height="96" />}
            <span lang="bg" dir="ltr">
              {question.word.stressed}
            </span>
            <AudioButton src={question.word.audio} text={question.word.stressed} wordId={question.word.id} strings={strings} size="large" />
          </div>
        )}
      </div>
      <div className="quiz__options" ref={group}>
        {(orders[rounds.index] ?? []).map((n, shownAt) => {
          const option = question.options[n] as QuizOption;
          const word = option.word;
          const show = shownAs(option, form);
          const { marks, disabled } = rounds.choice(n, option.correct);
          const label =
            word && show === 'audio' ? optionLabel(shownAt) : word && show === 'picture' ? (word.gloss ?? word.stressed) : undefined;
          return (
            // Keyed by question too: an option's sound button plays one file, and must not carry it to the next question.
            <div key={`${rounds.index}-${n}`} className="quiz__option">
              <button
                type="button"
                className={`choice${marks}`}
                data-word={word?.id}
                aria-label={label}
                disabled={disabled}
                onClick={() => rounds.answer(verdictOf(option.correct), String(rounds.index), { wordId: aboutWord, choice: n })}
              >
                {option.text && <Rich parts={option.text} />}
                {word && show !== 'audio' && word.picture && <ChoicePicture src={word.picture} size={72} />}
                {word && show === 'word' && (
                  <span lang="bg" dir="ltr">
                    {word.stressed}
                  </span>
                )}
                {word && show === 'audio' && <span aria-hidden="true">{shownAt + 1}</span>}
              </button>
              {word && (show !== 'picture' || form === 'pre-reader') && (
                <AudioButton
                  src={word.audio}
                  text={word.stressed}
                  wordId={word.id}
                  strings={strings}
                  {...(show === 'audio' ? { label: optionLabel(shownAt) } : {})}
                />
              )}
            </div>
          );
        })}
      </div>
      {question.hint && <Hint key={rounds.index} hint={question.hint} hidden={rounds.verdict !== undefined} strings={strings} />}
    </Round>
  );
}

export default exerciseIsland<QuizProps>('quiz', (strings) => strings['quiz.label'], Questions);

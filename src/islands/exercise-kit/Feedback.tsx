/**
 * What follows an answer: a picture and a word of praise or help, and the right answer
 * with its sound, played when the child's answer was not right.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import AudioButton from '../AudioButton';
import type { Verdict } from '../../lib/exercises/answer-check';
import { Picture } from './parts';
import type { ExerciseStrings } from './strings';
import { SayPhrase } from './phrases';

export interface Answer {
  picture?: string | undefined;
  /** Bulgarian text of the right answer. */
  text?: ReactNode;
  /** Text in the help language (a gloss, an option). */
  help?: ReactNode;
  audio?: { src: string; text: string; wordId?: string } | undefined;
  /** Play it even after a right answer (a finished sentence). */
  play?: boolean;
}

/** A word of the word bank as the right answer: its picture, text, meaning and sound. */
export function wordAnswer(word: {
  id: string;
  stressed: string;
  audio: string;
  picture?: string | undefined;
  gloss?: string | undefined;
}): Answer {
  return { picture: word.picture, text: word.stressed, help: word.gloss, audio: { src: word.audio, text: word.stressed, wordId: word.id } };
}

export interface FeedbackProps {
  verdict: Verdict;
  strings: ExerciseStrings;
  /** The right answer: shown always, played when the child's answer was not right. */
  answer?: Answer | undefined;
  /** Per-option feedback from the author. */
  note?: ReactNode;
  onNext?: () => void;
  onRetry?: () => void;
}

export function Feedback({ verdict, strings, answer, note, onNext, onRetry }: FeedbackProps) {
  const action = useRef<HTMLButtonElement>(null);
  // Keyboard users continue with Enter: the next step takes the focus.
  useEffect(() => action.current?.focus(), []);
  const titleKey = verdict === 'right' ? 'exercise.right' : verdict === 'close' ? 'exercise.almost' : 'exercise.wrong';
  const title = strings[titleKey];
  return (
    <div className={`feedback feedback--${verdict}`}>
      <p className="feedback__title" role="status">
        <Picture name={verdict} className="feedback__icon" />
        <span>{title}</span>
        <SayPhrase text={title} phrase={titleKey} />
      </p>
      {answer && (
        <div className="feedback__answer">
          {answer.picture && <img loading="lazy" className="feedback__picture" src={answer.picture} alt="" width="96" height="96" />}
          {answer.text && (
            <span className="feedback__text" lang="bg" dir="ltr">
              {answer.text}
            </span>
          )}
          {answer.audio && (
            <AudioButton
              src={answer.audio.src}
              text={answer.audio.text}
              {...(answer.audio.wordId ? { wordId: answer.audio.wordId } : {})}
              strings={strings}
              autoPlay={answer.play ?? verdict !== 'right'}
            />
          )}
          {answer.help && <span className="feedback__help">{answer.help}</span>}
        </div>
      )}
      {note && <p className="feedback__note">{note}</p>}
      {onRetry && (
        <button ref={action} type="button" className="button primary" onClick={onRetry}>
          <span aria-hidden="true">↻</span> {strings['exercise.tryAgain']}
        </button>
      )}
      {onNext && (
        <button ref={action} type="button" className="button primary" onClick={onNext}>
          {strings['exercise.next']} <span className="exercise__forward" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

/**
 * Word cards: picture, the word with its stress mark, its sound; turn the card to see
 * the meaning in the help language. Moves by buttons, arrow keys and swipes.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { format } from '../lib/i18n/format';
import AudioButton, { type AudioButtonStrings } from './AudioButton';
import ExerciseBoundary from './ExerciseBoundary';
import ExerciseOutcome, { type OutcomeStrings } from './ExerciseOutcome';
import { lessonIdOf, prefetchRecorder, reportResult, type Outcome } from '../lib/store/exercise-report';
import './exercises.css';

export interface FlashcardsStrings extends AudioButtonStrings, OutcomeStrings {
  'flashcards.label': string;
  'flashcards.position': string;
  'flashcards.flip': string;
  'flashcards.flipBack': string;
  'flashcards.next': string;
  'flashcards.previous': string;
  'flashcards.hint': string;
  'flashcards.done': string;
  'flashcards.again': string;
  'exercise.crashed': string;
}

/** The UI strings the deck needs: the wrapper and the tests pick exactly these. */
export const flashcardsStringKeys = [
  'audio.play',
  'audio.loading',
  'audio.playing',
  'audio.unavailable',
  'flashcards.label',
  'flashcards.position',
  'flashcards.flip',
  'flashcards.flipBack',
  'flashcards.next',
  'flashcards.previous',
  'flashcards.hint',
  'flashcards.done',
  'flashcards.again',
  'exercise.crashed',
  'progress.stars',
  'progress.noLearner',
  'progress.chooseLearner',
  'progress.memory',
  'progress.failed',
] as const satisfies readonly (keyof FlashcardsStrings)[];

export interface FlashcardsProps {
  /** `lessonId#exerciseId`: stable across content edits that do not touch this exercise. */
  exerciseId: string;
  words: WordForLocale[];
  strings: FlashcardsStrings;
  /** The page's direction: in right-to-left pages the left arrow moves forward. */
  dir: 'ltr' | 'rtl';
  /** The "Who is learning?" page, linked when nobody is chosen. */
  learnersUrl: string;
}

/** How far a finger must travel, in CSS pixels, to count as a swipe. */
const swipeDistance = 50;

function FlashcardDeck({ exerciseId, words, strings, dir, learnersUrl }: FlashcardsProps) {
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [finished, setFinished] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const swipeStart = useRef<number | null>(null);
  const word = words[index];

  useEffect(prefetchRecorder, []);

  const go = (step: 1 | -1) => {
    const next = index + step;
    if (next < 0) return;
    if (next >= words.length) {
      setFinished(true);
      // Seeing every card completes this exercise; each word now has a review card.
      void reportResult({ lessonId: lessonIdOf(exerciseId), exerciseId, score: 1, seenWords: words.map((w) => w.id) }).then(setOutcome);
      return;
    }
    setIndex(next);
    setFlipped(false);
  };

  const restart = () => {
    setIndex(0);
    setFlipped(false);
    setFinished(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) go(1);
    else if (event.key === back) go(-1);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = event.clientX;
  };
  const onPointerUp = (event: PointerEvent) => {
    if (swipeStart.current === null) return;
    const moved = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(moved) < swipeDistance) return;
    // Swiping towards the start of the line brings the next card, as when turning pages.
    const towardsStart = dir === 'rtl' ? moved > 0 : moved < 0;
    go(towardsStart ? 1 : -1);
  };

  if (finished || !word) {
    return (
      <section className="exercise flashcards" aria-label={strings['flashcards.label']} data-exercise={exerciseId}>
        <p className="flashcards__done" role="status">
          {strings['flashcards.done']}
        </p>
        <ExerciseOutcome stars={3} outcome={outcome} strings={strings} learnersUrl={learnersUrl} />
        <button type="button" className="button primary" onClick={restart}>
          {strings['flashcards.again']}
        </button>
      </section>
    );
  }

  return (
    <section className="exercise flashcards" aria-label={strings['flashcards.label']} data-exercise={exerciseId} onKeyDown={onKeyDown}>
      <p className="flashcards__position" aria-live="polite">
        {format(strings['flashcards.position'], { current: index + 1, total: words.length })}
      </p>
      <div
        className={`flashcards__card${flipped ? ' is-flipped' : ''}`}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        data-testid="flashcard"
      >
        {word.picture && <img className="flashcards__picture" src={word.picture} alt="" width="160" height="160" draggable={false} />}
        <p className="flashcards__word" lang="bg">
          {word.stressed}
        </p>
        <AudioButton key={word.audio} src={word.audio} text={word.stressed} wordId={word.id} strings={strings} size="large" />
        {flipped && (
          <div className="flashcards__back">
            {word.gloss && <p className="flashcards__gloss">{word.gloss}</p>}
            <p className="flashcards__translit" lang="bg-Latn">
              {word.translit}
            </p>
            {word.example && (
              <div className="flashcards__example">
                <p lang="bg">
                  {word.example.stressed}{' '}
                  <AudioButton key={word.example.audio} src={word.example.audio} text={word.example.stressed} strings={strings} />
                </p>
                {word.example.gloss && <p>{word.example.gloss}</p>}
              </div>
            )}
          </div>
        )}
      </div>
      <div className="flashcards__controls">
        <button type="button" className="button" onClick={() => go(-1)} disabled={index === 0} aria-label={strings['flashcards.previous']}>
          <span aria-hidden="true">{dir === 'rtl' ? '→' : '←'}</span>
        </button>
        <button type="button" className="button primary" onClick={() => setFlipped(!flipped)} aria-pressed={flipped}>
          {flipped ? strings['flashcards.flipBack'] : strings['flashcards.flip']}
        </button>
        <button type="button" className="button" onClick={() => go(1)} aria-label={strings['flashcards.next']}>
          <span aria-hidden="true">{dir === 'rtl' ? '←' : '→'}</span>
        </button>
      </div>
      <p className="flashcards__hint">{strings['flashcards.hint']}</p>
    </section>
  );
}

export default function Flashcards(props: FlashcardsProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <FlashcardDeck {...props} />
    </ExerciseBoundary>
  );
}

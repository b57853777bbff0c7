/**
 * Word cards: picture, the word with its stress mark, its sound; turn the card to see
 * the meaning in the help language. Moves by buttons, arrow keys and swipes. Under the
 * word, the child can record themself and compare (SayItBack). Its button is there from
 * the start: loaded at the first touch, it appeared under the child's finger and moved the
 * buttons, so a tap on "Next card" could miss (an end-to-end test caught it). The
 * practice's own code, and the microphone's, load at the first press of "record".
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { format } from '../lib/i18n/format';
import { exampleRecordingId } from '../lib/audio/recording-keys';
import AudioButton from './AudioButton';
import SayItBack from './SayItBack';
import { sayItBackStringKeys } from './say-it-back-strings';
import { ExerciseShell } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings the deck needs: the wrapper and the tests pick exactly these. */
export const flashcardsStringKeys = [
  'audio.play',
  'audio.loading',
  'audio.playing',
  'audio.unavailable',
  'audio.humanVoice',
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
  'exercise.say',
  'progress.stars',
  'progress.noLearner',
  'progress.chooseLearner',
  'progress.memory',
  'progress.failed',
  ...sayItBackStringKeys,
] as const;

export type FlashcardsStrings = StringsOf<typeof flashcardsStringKeys>;

export interface FlashcardsProps extends ExerciseProps<FlashcardsStrings> {
  words: WordForLocale[];
}

/** How far a finger must travel, in CSS pixels, to count as a swipe. */
const swipeDistance = 50;

function FlashcardDeck({ run, words, strings, dir }: FlashcardsProps & { run: Run }) {
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const swipeStart = useRef<number | null>(null);
  const word = words[index];

  const go = (step: 1 | -1) => {
    const next = index + step;
    if (next < 0) return;
    // Seeing every card completes this exercise (no answers: full marks); each word now has a review card.
    if (next >= words.length) return run.finish(words.map((w) => w.id));
    setIndex(next);
    setFlipped(false);
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

  if (!word) return null;

  return (
    // The arrow keys work wherever the focus is in the deck.
    <div className="flashcards__deck" onKeyDown={onKeyDown}>
      <p className="flashcards__position" aria-live="polite">
        {format(strings['flashcards.position'], { current: index + 1, total: words.length }, strings.locale)}
      </p>
      <div
        className={`flashcards__card${flipped ? ' is-flipped' : ''}`}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        data-testid="flashcard"
      >
        {word.picture && (
          <img loading="lazy" className="flashcards__picture" src={word.picture} alt="" width="160" height="160" draggable={false} />
        )}
        <p className="flashcards__word" lang="bg" dir="ltr">
          {word.stressed}
        </p>
        <AudioButton key={word.audio} src={word.audio} text={word.stressed} wordId={word.id} strings={strings} size="large" />
        {/* Keyed by the word: turning to another card drops the take of this one. */}
        <SayItBack key={`practice-${word.id}`} src={word.audio} text={word.stressed} wordId={word.id} strings={strings} />
        {flipped && (
          <div className="flashcards__back">
            {word.gloss && <p className="flashcards__gloss">{word.gloss}</p>}
            <p className="flashcards__translit" lang="bg-Latn">
              {word.translit}
            </p>
            {word.example && (
              <div className="flashcards__example">
                <p lang="bg" dir="ltr">
                  {word.example.stressed}{' '}
                  <AudioButton
                    key={word.example.audio}
                    src={word.example.audio}
                    text={word.example.stressed}
                    wordId={exampleRecordingId(word.id)}
                    strings={strings}
                  />
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
    </div>
  );
}

export default function Flashcards(props: FlashcardsProps) {
  const { strings } = props;
  const end = { done: strings['flashcards.done'], again: strings['flashcards.again'], doneClass: 'flashcards__done', primary: true };
  return (
    <ExerciseShell kind="flashcards" label={strings['flashcards.label']} end={end} {...props}>
      {(run) => <FlashcardDeck run={run} {...props} />}
    </ExerciseShell>
  );
}

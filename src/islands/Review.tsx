/**
 * Word review: the words due for this child, as a short audio-and-picture round. The
 * child hears each word by itself as it appears and taps its picture; right rates the
 * word Good, wrong Again. The round stops after a set number of words, so nobody faces
 * 200 cards, and ends with the lesson's celebration and a big button home.
 */
import { useEffect, useRef, useState } from 'react';
import { reviewCards } from '../lib/store/review-round';
import type { StorageKind } from '../lib/store/storage';
import type { WordForLocale } from '../lib/exercises/word';
import { chooseOptions } from '../lib/exercises/distractors';
import { seedOf } from '../lib/exercises/shuffle';
import { reportAnswer } from '../lib/store/exercise-report';
import { format } from '../lib/i18n/format';
import { createSound, type Sound } from '../lib/audio/sound';
import AudioButton, { type AudioButtonStrings } from './AudioButton';
import Celebration, { type CelebrationStrings } from './Celebration';
import ExerciseBoundary from './ExerciseBoundary';
import { starsFor } from '../lib/exercises/scoring';
import StorageNotice from './StorageNotice';
import Say from './Say';
import { useSessionEnded } from './use-session-ended';
import { LoadFailed } from './lazy-part';
import { useLazyStore } from './lazy-store';
import './exercises.css';
import './learners.css';

export interface ReviewStrings extends AudioButtonStrings, CelebrationStrings {
  /** The page's locale: numbers and plurals follow it. */
  locale?: string;
  'review.intro': string;
  'review.right': string;
  'review.wrongAnswer': string;
  'review.next': string;
  'review.nothingDue': string;
  'review.finished': string;
  'review.progress': string;
  'me.noLearner': string;
  'progress.chooseLearner': string;
  'learners.loading': string;
  'storage.memory': string;
  'exercise.crashed': string;
  'exercise.say': string;
  'celebration.home': string;
}

interface Props {
  strings: ReviewStrings;
  /** `/<locale>/words/`: where each word's JSON is. */
  wordsUrl: string;
  /** Words with pictures to draw wrong choices from when few words are due. */
  pool: WordForLocale[];
  learnersUrl: string;
  /** The child's page, where the celebration's big button goes. */
  homeUrl: string;
  /** The page's direction: the big button's arrow points forward. */
  dir: 'ltr' | 'rtl';
  /** Words in one round. */
  roundSize?: number;
}

/** Time taken to answer, measured outside render. */
const msSince = (start: number) => Date.now() - start;

type Loaded =
  { state: 'loading' } | { state: 'no-learner'; kind: StorageKind } | { state: 'ready'; words: WordForLocale[]; kind: StorageKind };

async function fetchWord(wordsUrl: string, id: string): Promise<WordForLocale | undefined> {
  try {
    const response = await fetch(`${wordsUrl}${encodeURIComponent(id)}.json`);
    return response.ok ? ((await response.json()) as WordForLocale) : undefined;
  } catch {
    return undefined;
  }
}

function Round({ strings, wordsUrl, pool, learnersUrl, homeUrl, dir, roundSize = 10 }: Props) {
  // The due words are read without the store's code; it loads only if they cannot be (reviewCards).
  const { failed, load } = useLazyStore();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<string>();
  const [rightFirst, setRightFirst] = useState(0);
  const shownAt = useRef(0);
  const sound = useRef<Sound | null>(null);
  const ended = useSessionEnded();

  useEffect(() => {
    void (async () => {
      const { profileId, cards, kind } = await reviewCards(load, roundSize);
      if (!profileId) return setLoaded({ state: 'no-learner', kind });
      const words = (await Promise.all(cards.map((card) => fetchWord(wordsUrl, card.wordId)))).filter(
        (w): w is WordForLocale => w !== undefined,
      );
      setLoaded({ state: 'ready', words, kind });
    })().catch((error: unknown) => console.error(error));
  }, [load, wordsUrl, roundSize]);

  useEffect(() => () => sound.current?.unload(), []);
  useEffect(() => {
    shownAt.current = Date.now();
  }, [index]);

  if (failed) return <LoadFailed />;
  if (loaded.state === 'loading') return <p>{strings['learners.loading']}</p>;
  // Once the session ends, the round stops: the next child chooses who is learning.
  if (loaded.state === 'no-learner' || ended) {
    return (
      <>
        <StorageNotice kind={loaded.kind} message={strings['storage.memory']} />
        <p>
          {strings['me.noLearner']} <a href={learnersUrl}>{strings['progress.chooseLearner']}</a>
        </p>
      </>
    );
  }
  const { words } = loaded;
  if (words.length === 0)
    return (
      <p className="review__empty">
        {strings['review.nothingDue']} <Say phrase="review.nothingDue" text={strings['review.nothingDue']} strings={strings} auto />
      </p>
    );
  if (index >= words.length) {
    return (
      <div className="review__finished">
        <Celebration
          title={format(strings['review.finished'], { count: words.length }, strings.locale)}
          stars={starsFor(rightFirst / words.length)}
          onward={{ href: homeUrl, label: strings['celebration.home'] }}
          dir={dir}
          strings={strings}
        />
      </div>
    );
  }

  const word = words[index] as WordForLocale;
  const choices = chooseOptions([...words, ...pool], word, 3, seedOf(word.id));
  const choose = (choice: WordForLocale) => {
    if (answer) return;
    const correct = choice.id === word.id;
    setAnswer(choice.id);
    if (correct) setRightFirst((n) => n + 1);
    void reportAnswer({ lessonId: 'review', exerciseId: 'review#due-words', wordId: word.id, correct, ms: msSince(shownAt.current) });
    if (!correct) {
      // Play the right word again with the right picture shown.
      sound.current?.unload();
      sound.current = createSound(word.audio, () => undefined);
      sound.current.play();
    }
  };
  const correct = answer === word.id;

  return (
    <section className="exercise review" aria-live="polite">
      <StorageNotice kind={loaded.kind} message={strings['storage.memory']} />
      <p className="flashcards__position">
        {format(strings['review.progress'], { current: index + 1, total: words.length }, strings.locale)}
      </p>
      <p>
        {/* Not by itself: the word below plays by itself, and the two would talk over each other. */}
        {strings['review.intro']} <Say phrase="review.intro" text={strings['review.intro']} strings={strings} />
      </p>
      {/* Each word plays by itself when it appears: the tap on "Next word" allowed the sound. */}
      <span className="review__prompt" data-word={word.id}>
        <AudioButton key={word.audio} src={word.audio} text={word.stressed} strings={strings} size="large" autoPlay />
      </span>
      <ul className="review__choices">
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className={`review__choice${answer && choice.id === word.id ? ' is-right' : ''}${answer === choice.id && !correct ? ' is-wrong' : ''}`}
              data-word={choice.id}
              onClick={() => choose(choice)}
              aria-pressed={answer === choice.id}
              disabled={answer !== undefined && answer !== choice.id && choice.id !== word.id}
            >
              {choice.picture ? (
                <img src={choice.picture} alt={choice.gloss ?? choice.stressed} width="96" height="96" />
              ) : (
                <span lang={choice.gloss ? undefined : 'bg'} dir={choice.gloss ? undefined : 'ltr'}>
                  {choice.gloss ?? choice.stressed}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {answer && (
        <div className="review__feedback" role="status">
          {correct ? (
            <p className="review__right">
              ✔ {strings['review.right']} <Say phrase="review.right" text={strings['review.right']} strings={strings} />
            </p>
          ) : (
            <p className="review__wrong">
              {strings['review.wrongAnswer']} <Say phrase="review.wrongAnswer" text={strings['review.wrongAnswer']} strings={strings} />{' '}
              <strong lang="bg" dir="ltr">
                {word.stressed}
              </strong>
              {word.gloss && <> — {word.gloss}</>}
            </p>
          )}
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setAnswer(undefined);
              setIndex(index + 1);
            }}
          >
            {strings['review.next']}
          </button>
        </div>
      )}
    </section>
  );
}

export default function Review(props: Props) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Round {...props} />
    </ExerciseBoundary>
  );
}

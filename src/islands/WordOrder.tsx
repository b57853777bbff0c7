/**
 * Word order: the words of a sentence as shuffled tiles; the child taps them in order to
 * build the sentence, and hears it when it is done. A wrong order shows and plays the
 * right sentence, and the child tries again.
 */
import { useMemo, useRef, useState } from 'react';
import { shuffleAway } from '../lib/exercises/shuffle';
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

export interface WordOrderStrings extends ExerciseStrings {
  'order.label': string;
  'order.instruction': string;
  'order.sentence': string;
  'order.words': string;
}

/** A sentence from the word bank: a word's example, with its sound. */
export interface Sentence {
  /** The word-bank id of the word whose example this is. */
  id: string;
  stressed: string;
  gloss?: string;
  audio: string;
  picture?: string;
}

export interface WordOrderProps extends ExerciseProps<WordOrderStrings> {
  sentences: Sentence[];
}

interface Tile {
  n: number;
  text: string;
}

function Sentences({ run, sentences, strings }: WordOrderProps & { run: Run }) {
  const [index, setIndex] = useState(0);
  const [placed, setPlaced] = useState<number[]>([]);
  const [verdict, setVerdict] = useState<'right' | 'wrong'>();
  const pool = useRef<HTMLDivElement>(null);
  const sentence = sentences[index];
  const tiles = useMemo(() => {
    const words: Tile[] = (sentence?.stressed ?? '').split(/\s+/).map((text, n) => ({ n, text }));
    return shuffleAway(words, run.seed + index, (a, b) => a.text === b.text);
  }, [sentence, run.seed, index]);
  if (!sentence) return null;

  const tile = (n: number) => tiles.find((t) => t.n === n) as Tile;

  const place = (n: number) => {
    const next = [...placed, n];
    setPlaced(next);
    // The tile moved away from under the focus: keyboard users go on from the next one.
    if (next.length < tiles.length) return focusFirst(pool.current);
    const correct = next.map((m) => tile(m).text).join(' ') === sentence.stressed.split(/\s+/).join(' ');
    run.answer(sentence.id, correct, sentence.id);
    setVerdict(correct ? 'right' : 'wrong');
  };

  const next = () => {
    if (index + 1 >= sentences.length) return run.finish(sentences.map((s) => s.id));
    setIndex(index + 1);
    setPlaced([]);
    setVerdict(undefined);
    run.ask();
    focusFirst(pool.current);
  };

  return (
    <>
      <Position current={index + 1} total={sentences.length} strings={strings} />
      <Instruction pictures={['order', 'tap']} text={strings['order.instruction']} />
      {sentence.picture && (
        <div className="exercise__prompt">
          <img src={sentence.picture} alt="" width="96" height="96" />
        </div>
      )}
      <div className="order__line" role="group" aria-label={strings['order.sentence']} lang="bg" dir="ltr">
        {placed.map((n) => (
          <button
            key={n}
            type="button"
            className="tile"
            disabled={verdict !== undefined}
            onClick={() => {
              setPlaced(placed.filter((m) => m !== n));
              focusFirst(pool.current);
            }}
          >
            {tile(n).text}
          </button>
        ))}
      </div>
      <div className="order__pool" role="group" aria-label={strings['order.words']} lang="bg" dir="ltr" ref={pool} data-word={sentence.id}>
        {tiles
          .filter((t) => !placed.includes(t.n))
          .map((t) => (
            <button key={t.n} type="button" className="tile" onClick={() => place(t.n)}>
              {t.text}
            </button>
          ))}
      </div>
      {verdict && (
        <Feedback
          verdict={verdict}
          strings={strings}
          answer={{ text: sentence.stressed, help: sentence.gloss, audio: { src: sentence.audio, text: sentence.stressed }, play: true }}
          {...(verdict === 'right'
            ? { onNext: next }
            : {
                onRetry: () => {
                  setPlaced([]);
                  setVerdict(undefined);
                  focusFirst(pool.current);
                },
              })}
        />
      )}
    </>
  );
}

function Exercise(props: WordOrderProps) {
  const run = useRun(props.exerciseId);
  return (
    <section className="exercise order" aria-label={props.strings['order.label']} data-exercise={props.exerciseId}>
      {run.score === undefined ? (
        <Sentences key={run.seed} run={run} {...props} />
      ) : (
        <Finished run={run} strings={props.strings} learnersUrl={props.learnersUrl} />
      )}
    </section>
  );
}

export default function WordOrder(props: WordOrderProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Exercise {...props} />
    </ExerciseBoundary>
  );
}

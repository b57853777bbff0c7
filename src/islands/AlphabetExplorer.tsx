/**
 * The Bulgarian alphabet: every letter with its sound and an example word with its
 * picture and sound. "Find the letter" plays a letter's sound and asks the child to tap
 * the letter; a wrong tap shows and plays the right one, and the child tries again.
 */
import { useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { shuffle } from '../lib/exercises/shuffle';
import AudioButton from './AudioButton';
import ExerciseBoundary from './ExerciseBoundary';
import {
  Feedback,
  Finished,
  Instruction,
  Picture,
  Position,
  focusFirst,
  useRun,
  type ExerciseProps,
  type ExerciseStrings,
  type Run,
} from './exercise-kit';

export interface AlphabetExplorerStrings extends ExerciseStrings {
  'alphabet.label': string;
  'alphabet.explore': string;
  'alphabet.find': string;
  'alphabet.findInstruction': string;
  'alphabet.letters': string;
  'alphabet.listenLetter': string;
}

export interface ExplorerLetter {
  upper: string;
  lower: string;
  /** The letter as it is said (бъ), from the word bank. */
  sound: Pick<WordForLocale, 'id' | 'stressed' | 'audio'>;
  example: WordForLocale;
}

export interface AlphabetExplorerProps extends ExerciseProps<AlphabetExplorerStrings> {
  letters: ExplorerLetter[];
  /** How many letters "Find the letter" asks. */
  rounds: number;
}

function LetterSound({ letter, strings, autoPlay }: { letter: ExplorerLetter; strings: AlphabetExplorerStrings; autoPlay: boolean }) {
  return (
    <AudioButton
      src={letter.sound.audio}
      text={letter.sound.stressed}
      wordId={letter.sound.id}
      label={strings['alphabet.listenLetter']}
      strings={strings}
      size="large"
      autoPlay={autoPlay}
    />
  );
}

function Explore({ letters, strings }: AlphabetExplorerProps) {
  const [chosen, setChosen] = useState<number>();
  const letter = letters[chosen ?? 0] as ExplorerLetter;
  return (
    <>
      <div className="letter-card">
        <p className="letter-card__letter" lang="bg">
          {letter.upper}
          {letter.lower}
        </p>
        <LetterSound key={`s${chosen}`} letter={letter} strings={strings} autoPlay={chosen !== undefined} />
        <div className="letter-card__example">
          {letter.example.picture && <img src={letter.example.picture} alt="" width="96" height="96" />}
          <span lang="bg">{letter.example.stressed}</span>
          <AudioButton
            key={`e${chosen}`}
            src={letter.example.audio}
            text={letter.example.stressed}
            wordId={letter.example.id}
            strings={strings}
          />
          {letter.example.gloss && <span>{letter.example.gloss}</span>}
        </div>
      </div>
      <div className="letters" role="group" aria-label={strings['alphabet.letters']} lang="bg" dir="ltr">
        {letters.map((l, n) => (
          <button key={l.lower} type="button" className="letter" aria-pressed={n === (chosen ?? 0)} onClick={() => setChosen(n)}>
            {l.upper}
            {l.lower}
          </button>
        ))}
      </div>
    </>
  );
}

function Find({ run, letters, rounds, strings }: AlphabetExplorerProps & { run: Run }) {
  const asked = useMemo(() => shuffle(letters, run.seed).slice(0, rounds), [letters, rounds, run.seed]);
  const [index, setIndex] = useState(0);
  const [wrong, setWrong] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<'right' | 'wrong'>();
  const grid = useRef<HTMLDivElement>(null);
  const target = asked[index];
  if (!target) return null;

  const choose = (letter: ExplorerLetter) => {
    const correct = letter.lower === target.lower;
    run.answer(target.lower, correct, target.sound.id);
    setFeedback(correct ? 'right' : 'wrong');
    if (!correct) setWrong([...wrong, letter.lower]);
  };

  const next = () => {
    if (index + 1 >= asked.length) return run.finish(asked.map((l) => l.sound.id));
    setIndex(index + 1);
    setWrong([]);
    setFeedback(undefined);
    run.ask();
    focusFirst(grid.current);
  };

  return (
    <>
      <Position current={index + 1} total={asked.length} strings={strings} />
      <Instruction pictures={['listen', 'tap']} text={strings['alphabet.findInstruction']} />
      <div className="exercise__prompt" data-word={target.sound.id}>
        <LetterSound key={index} letter={target} strings={strings} autoPlay={index > 0} />
      </div>
      <div className="letters" role="group" aria-label={strings['alphabet.letters']} lang="bg" dir="ltr" ref={grid}>
        {letters.map((l) => {
          const isWrong = wrong.includes(l.lower);
          const isRight = feedback === 'right' && l.lower === target.lower;
          return (
            <button
              key={l.lower}
              type="button"
              className={`letter${isWrong ? ' is-wrong' : ''}${isRight ? ' is-right' : ''}`}
              data-letter={l.lower}
              disabled={isWrong || feedback !== undefined}
              onClick={() => choose(l)}
            >
              {l.upper}
              {l.lower}
            </button>
          );
        })}
      </div>
      {feedback && (
        <Feedback
          verdict={feedback}
          strings={strings}
          answer={{
            text: (
              <span className="feedback__letter">
                {target.upper}
                {target.lower}
              </span>
            ),
            audio: { src: target.sound.audio, text: target.sound.stressed, wordId: target.sound.id },
            picture: target.example.picture,
            help: target.example.stressed,
          }}
          {...(feedback === 'right'
            ? { onNext: next }
            : {
                onRetry: () => {
                  setFeedback(undefined);
                  focusFirst(grid.current);
                },
              })}
        />
      )}
    </>
  );
}

function Explorer(props: AlphabetExplorerProps) {
  const run = useRun(props.exerciseId);
  const [mode, setMode] = useState<'explore' | 'find'>('explore');
  const { strings } = props;
  return (
    <section className="exercise alphabet" aria-label={strings['alphabet.label']} data-exercise={props.exerciseId}>
      <div className="alphabet__modes">
        <button type="button" className="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
          <Picture name="look" /> {strings['alphabet.explore']}
        </button>
        <button type="button" className="button" aria-pressed={mode === 'find'} onClick={() => setMode('find')}>
          <Picture name="find" /> {strings['alphabet.find']}
        </button>
      </div>
      {mode === 'explore' ? (
        <Explore {...props} />
      ) : run.score === undefined ? (
        <Find key={run.seed} run={run} {...props} />
      ) : (
        <Finished run={run} strings={strings} learnersUrl={props.learnersUrl} />
      )}
    </section>
  );
}

export default function AlphabetExplorer(props: AlphabetExplorerProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Explorer {...props} />
    </ExerciseBoundary>
  );
}

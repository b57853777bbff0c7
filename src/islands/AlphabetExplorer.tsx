/**
 * The Bulgarian alphabet: every letter with its sound and an example word with its
 * picture and sound. "Find the letter" plays a letter's sound and asks the child to tap
 * the letter; a wrong tap shows and plays the right one, and the child tries again.
 */
import { useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { loadOnce } from '../lib/browser/load-once';
import AudioButton from './AudioButton';
import { ExerciseShell, exerciseStringKeys } from './exercise-kit';
import { exercisePicture, type ExercisePicture } from '../lib/exercises/pictures';
import type { ExerciseProps, StringsOf } from './exercise-kit';
import { lazyPart, useFirstTouch } from './lazy-part';

/**
 * "Find the letter" and the rounds' code it needs are not in the lesson's first download
 * (1.2 KB gzipped less on the alphabet lessons): the first touch or key on the page fetches
 * them, so they are there by the time the child has pressed its button. A fetch that
 * failed is tried again when the button is pressed.
 */
const loadFindTheLetter = loadOnce(() => import('./alphabet-explorer/FindTheLetter'));
const FindTheLetter = lazyPart(loadFindTheLetter);

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const alphabetExplorerStringKeys = [
  ...exerciseStringKeys,
  'alphabet.label',
  'alphabet.explore',
  'alphabet.find',
  'alphabet.findInstruction',
  'alphabet.letters',
  'alphabet.listenLetter',
] as const;

export type AlphabetExplorerStrings = StringsOf<typeof alphabetExplorerStringKeys>;

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
        <p className="letter-card__letter" lang="bg" dir="ltr">
          {letter.upper}
          {letter.lower}
        </p>
        <LetterSound key={`s${chosen}`} letter={letter} strings={strings} autoPlay={chosen !== undefined} />
        <div className="letter-card__example">
          {letter.example.picture && <img loading="lazy" src={letter.example.picture} alt="" width="96" height="96" />}
          <span lang="bg" dir="ltr">
            {letter.example.stressed}
          </span>
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

/**
 * A mode's picture, drawn as the kit's `Picture` draws it (lazy, 48 px), but not imported
 * from it: `Picture` lives with the rounds' parts, which exploring does not need.
 */
function ModeIcon({ name }: { name: ExercisePicture }) {
  return <img loading="lazy" className="exercise__icon" src={exercisePicture(name)} alt="" width="48" height="48" />;
}

export default function AlphabetExplorer(props: AlphabetExplorerProps) {
  const [mode, setMode] = useState<'explore' | 'find'>('explore');
  useFirstTouch(() => void loadFindTheLetter().catch(() => undefined));
  const { strings } = props;
  const modes = (
    <div className="alphabet__modes">
      <button type="button" className="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
        <ModeIcon name="look" /> {strings['alphabet.explore']}
      </button>
      <button type="button" className="button" aria-pressed={mode === 'find'} onClick={() => setMode('find')}>
        <ModeIcon name="find" /> {strings['alphabet.find']}
      </button>
    </div>
  );
  return (
    <ExerciseShell kind="alphabet" label={strings['alphabet.label']} header={modes} showsRun={mode === 'find'} {...props}>
      {(run) => (mode === 'explore' ? <Explore {...props} /> : <FindTheLetter run={run} fallback={null} {...props} />)}
    </ExerciseShell>
  );
}

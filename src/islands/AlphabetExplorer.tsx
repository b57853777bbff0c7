/**
 * The Bulgarian alphabet: every letter with its sound and an example word with its
 * picture and sound. "Find the letter" plays a letter's sound and asks the child to tap
 * the letter; a wrong tap shows and plays the right one, and the child tries again.
 */
import { useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { shuffle } from '../lib/exercises/shuffle';
import { verdictOf } from '../lib/exercises/rounds';
import AudioButton from './AudioButton';
import { ExerciseShell, Picture, Round, SoundPrompt, exerciseStringKeys, useRounds } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

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

function Find({ run, letters, rounds: count, strings }: AlphabetExplorerProps & { run: Run }) {
  const asked = useMemo(() => shuffle(letters, run.seed).slice(0, count), [letters, count, run.seed]);
  const group = useRef<HTMLDivElement>(null);
  const rounds = useRounds(run, { group, total: asked.length, seen: () => asked.map((l) => l.sound.id) });
  const target = asked[rounds.index];
  if (!target) return null;

  return (
    <Round
      rounds={rounds}
      strings={strings}
      instruction={{ pictures: ['listen', 'tap'], text: strings['alphabet.findInstruction'] }}
      answer={() => ({
        text: (
          <span className="feedback__letter">
            {target.upper}
            {target.lower}
          </span>
        ),
        audio: { src: target.sound.audio, text: target.sound.stressed, wordId: target.sound.id },
        picture: target.example.picture,
        help: target.example.stressed,
      })}
    >
      <SoundPrompt round={rounds.index} sound={target.sound} label={strings['alphabet.listenLetter']} strings={strings} />
      <div className="letters" role="group" aria-label={strings['alphabet.letters']} lang="bg" dir="ltr" ref={group}>
        {letters.map((l) => {
          const { marks, disabled } = rounds.choice(l.lower, l.lower === target.lower);
          return (
            <button
              key={l.lower}
              type="button"
              className={`letter${marks}`}
              data-letter={l.lower}
              disabled={disabled}
              onClick={() => rounds.answer(verdictOf(l.lower === target.lower), target.lower, { wordId: target.sound.id, choice: l.lower })}
            >
              {l.upper}
              {l.lower}
            </button>
          );
        })}
      </div>
    </Round>
  );
}

export default function AlphabetExplorer(props: AlphabetExplorerProps) {
  const [mode, setMode] = useState<'explore' | 'find'>('explore');
  const { strings } = props;
  const modes = (
    <div className="alphabet__modes">
      <button type="button" className="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
        <Picture name="look" /> {strings['alphabet.explore']}
      </button>
      <button type="button" className="button" aria-pressed={mode === 'find'} onClick={() => setMode('find')}>
        <Picture name="find" /> {strings['alphabet.find']}
      </button>
    </div>
  );
  return (
    <ExerciseShell kind="alphabet" label={strings['alphabet.label']} header={modes} showsRun={mode === 'find'} {...props}>
      {(run) => (mode === 'explore' ? <Explore {...props} /> : <Find run={run} {...props} />)}
    </ExerciseShell>
  );
}

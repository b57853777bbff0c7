/**
 * "Find the letter": a letter's sound plays and the child taps the letter; a wrong tap
 * shows and plays the right one, and the child tries again. Loaded at the page's first
 * touch or key (AlphabetExplorer.tsx), with the rounds' code it needs: exploring the
 * letters, which a lesson opens with, needs none of it.
 */
import { useMemo, useRef } from 'react';
import { shuffle } from '../../lib/exercises/shuffle';
import { verdictOf } from '../../lib/exercises/rounds';
import { Round, SoundPrompt, useRounds, type Run } from '../exercise-kit';
import type { AlphabetExplorerProps } from '../AlphabetExplorer';

export default function FindTheLetter({ run, letters, rounds: count, strings }: AlphabetExplorerProps & { run: Run }) {
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

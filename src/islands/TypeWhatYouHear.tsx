/**
 * Listen and write: the child hears a word and writes it, with the Bulgarian letters on
 * screen or on the computer's keyboard (Cyrillic, or Latin keys by the phonetic layout).
 * Stress marks are optional, Latin look-alike letters count as their Cyrillic twins, and
 * one wrong letter is forgiven with the right spelling shown, its letter marked. In the
 * pre-reader form big tiles of the word's letters and a few others replace the keyboard.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { checkAnswer, splitAt, type CheckResult } from '../lib/exercises/answer-check';
import { editRaw, toCyrillic } from '../lib/exercises/phonetic-keyboard';
import { bulgarianLetters } from '../lib/exercises/alphabet';
import { shuffle } from '../lib/exercises/shuffle';
import { letterTiles } from '../lib/exercises/letter-tiles';
import type { ExerciseForm } from '../lib/exercises/form';
import { exerciseIsland, Round, SoundPrompt, exerciseStringKeys, useRounds, wordAnswer } from './exercise-kit';
import type { ExerciseProps, Run, StringsOf } from './exercise-kit';

/** The UI strings this exercise needs: its wrapper and its tests pick exactly these. */
export const typeWhatYouHearStringKeys = [
  ...exerciseStringKeys,
  'type.label',
  'type.instruction',
  'type.answer',
  'type.keyboard',
  'type.delete',
  'type.space',
  'type.check',
  'type.keys',
  'type.instructionPreReader',
] as const;

export type TypeWhatYouHearStrings = StringsOf<typeof typeWhatYouHearStringKeys>;

export interface TypeWhatYouHearProps extends ExerciseProps<TypeWhatYouHearStrings> {
  words: WordForLocale[];
  /** `pre-reader`: letter tiles instead of the keyboard and text field; `reader` (the default): both. */
  form?: ExerciseForm;
}

/** The keys of the phonetic layout that a child would not guess (the rest are as they sound). */
const keyHints = 'w в · v ж · q я · y ъ · x ь · c ц · [ ш · ] щ · ` ч · \\ ю';

function Words({ run, words, strings, form = 'reader' }: TypeWhatYouHearProps & { run: Run }) {
  const preReader = form === 'pre-reader';
  const [order] = useState(() => shuffle(words, run.seed));
  /** The keys as typed: Latin letters stay Latin here, and show in Cyrillic. */
  const [raw, setRaw] = useState('');
  /** The check of the answer, for the letter it marks when the answer was nearly right. */
  const [result, setResult] = useState<CheckResult>();
  const field = useRef<HTMLInputElement>(null);
  const keys = useRef<HTMLDivElement>(null);
  const caret = useRef<number | null>(null);
  const rounds = useRounds(run, {
    total: order.length,
    seen: () => words.map((w) => w.id),
    reset: () => {
      setRaw('');
      setResult(undefined);
    },
    ...(preReader ? { group: keys } : { focus: () => setTimeout(() => field.current?.focus()) }),
  });
  const word = order[rounds.index];
  // Seeded: the server and the browser show the same tiles in the same order.
  const tiles = useMemo(
    () => (preReader && word ? letterTiles(word.stressed, run.seed + rounds.index) : undefined),
    [preReader, word, run.seed, rounds.index],
  );

  useLayoutEffect(() => {
    if (caret.current !== null && document.activeElement === field.current) field.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  if (!word) return null;
  const shown = toCyrillic(raw);
  const answered = rounds.verdict !== undefined;

  const check = (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (answered || !raw.trim()) return;
    const checked = checkAnswer(raw, word.stressed);
    setResult(checked);
    rounds.answer(checked.verdict, word.id, { wordId: word.id });
  };

  const marked = () => {
    const [before, letter, after] = result?.verdict === 'close' ? splitAt(word.stressed, result.at ?? -1) : [word.stressed, '', ''];
    return (
      <>
        {before}
        {letter && <mark>{letter}</mark>}
        {after}
      </>
    );
  };

  return (
    <Round
      rounds={rounds}
      strings={strings}
      instruction={
        preReader
          ? { pictures: ['listen', 'tap'], text: strings['type.instructionPreReader'] }
          : { pictures: ['listen', 'type'], text: strings['type.instruction'] }
      }
      answer={() => ({ ...wordAnswer(word), text: marked() })}
    >
      <SoundPrompt round={rounds.index} sound={word} label={strings['exercise.listen']} picture={word.picture} strings={strings} />
      <form className="type__form" onSubmit={check}>
        {tiles ? (
          <output className="type__built" lang="bg" dir="ltr" aria-label={strings['type.answer']}>
            {shown}
          </output>
        ) : (
          <input
            ref={field}
            className="type__field"
            lang="bg"
            dir="ltr"
            value={shown}
            aria-label={strings['type.answer']}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            readOnly={answered}
            onChange={(event) => {
              const end = event.target.selectionEnd ?? event.target.value.length;
              caret.current = end;
              setRaw(editRaw(raw, event.target.value, end));
            }}
          />
        )}
        <div
          className={tiles ? 'keyboard keyboard--tiles' : 'keyboard'}
          role="group"
          aria-label={strings['type.keyboard']}
          lang="bg"
          dir="ltr"
          ref={keys}
        >
          {(tiles?.letters ?? Array.from(bulgarianLetters)).map((letter) => (
            <button
              key={letter}
              type="button"
              className={tiles ? 'key key--tile' : 'key'}
              disabled={answered}
              onClick={() => setRaw(raw + letter)}
            >
              {letter}
            </button>
          ))}
          {(tiles?.space ?? true) && (
            <button type="button" className="key key--wide" disabled={answered} onClick={() => setRaw(`${raw} `)}>
              <span aria-hidden="true">␣</span>
              <span className="visually-hidden">{strings['type.space']}</span>
            </button>
          )}
          <button
            type="button"
            className="key key--wide"
            disabled={answered}
            aria-label={strings['type.delete']}
            onClick={() => setRaw(Array.from(raw).slice(0, -1).join(''))}
          >
            <span aria-hidden="true">⌫</span>
          </button>
        </div>
        <button type="submit" className="button primary" disabled={answered}>
          <span aria-hidden="true">✓</span> {strings['type.check']}
        </button>
      </form>
      {!preReader && (
        <p className="exercise__note">
          {strings['type.keys']}{' '}
          <bdi dir="ltr" className="type__keys">
            {keyHints}
          </bdi>
        </p>
      )}
    </Round>
  );
}

export default exerciseIsland<TypeWhatYouHearProps>('type', (strings) => strings['type.label'], Words);

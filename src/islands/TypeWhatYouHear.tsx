/**
 * Listen and write: the child hears a word and writes it, with the Bulgarian letters on
 * screen or on the computer's keyboard (Cyrillic, or Latin keys by the phonetic layout).
 * Stress marks are optional, Latin look-alike letters count as their Cyrillic twins, and
 * one wrong letter is forgiven with the right spelling shown, its letter marked.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { WordForLocale } from '../lib/exercises/word';
import { checkAnswer, splitAt, type CheckResult } from '../lib/exercises/answer-check';
import { editRaw, toCyrillic } from '../lib/exercises/phonetic-keyboard';
import { bulgarianLetters } from '../lib/exercises/alphabet';
import { shuffle } from '../lib/exercises/shuffle';
import AudioButton from './AudioButton';
import ExerciseBoundary from './ExerciseBoundary';
import { Feedback, Finished, Instruction, Position, useRun, type ExerciseProps, type ExerciseStrings, type Run } from './exercise-kit';

export interface TypeWhatYouHearStrings extends ExerciseStrings {
  'type.label': string;
  'type.instruction': string;
  'type.answer': string;
  'type.keyboard': string;
  'type.delete': string;
  'type.space': string;
  'type.check': string;
  'type.keys': string;
}

export interface TypeWhatYouHearProps extends ExerciseProps<TypeWhatYouHearStrings> {
  words: WordForLocale[];
}

/** The keys of the phonetic layout that a child would not guess (the rest are as they sound). */
const keyHints = 'w в · v ж · q я · y ъ · x ь · c ц · [ ш · ] щ · ` ч · \\ ю';

function Words({ run, words, strings }: TypeWhatYouHearProps & { run: Run }) {
  const [order] = useState(() => shuffle(words, run.seed));
  const [index, setIndex] = useState(0);
  /** The keys as typed: Latin letters stay Latin here, and show in Cyrillic. */
  const [raw, setRaw] = useState('');
  const [result, setResult] = useState<CheckResult>();
  const field = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const word = order[index];

  useLayoutEffect(() => {
    if (caret.current !== null && document.activeElement === field.current) field.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  if (!word) return null;
  const shown = toCyrillic(raw);

  const check = (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (result || !raw.trim()) return;
    const checked = checkAnswer(raw, word.stressed);
    run.answer(word.id, checked.verdict !== 'wrong', word.id);
    setResult(checked);
  };

  const retry = () => {
    setRaw('');
    setResult(undefined);
    setTimeout(() => field.current?.focus());
  };

  const next = () => {
    if (index + 1 >= order.length) return run.finish(words.map((w) => w.id));
    setIndex(index + 1);
    setRaw('');
    setResult(undefined);
    run.ask();
    setTimeout(() => field.current?.focus());
  };

  const [before, marked, after] = result?.verdict === 'close' ? splitAt(word.stressed, result.at ?? -1) : [word.stressed, '', ''];
  return (
    <>
      <Position current={index + 1} total={order.length} strings={strings} />
      <Instruction pictures={['listen', 'type']} text={strings['type.instruction']} />
      <div className="exercise__prompt" data-word={word.id}>
        {word.picture && <img src={word.picture} alt="" width="96" height="96" />}
        <AudioButton
          key={index}
          src={word.audio}
          text={word.stressed}
          wordId={word.id}
          label={strings['exercise.listen']}
          strings={strings}
          size="large"
          autoPlay={index > 0}
        />
      </div>
      <form className="type__form" onSubmit={check}>
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
          readOnly={result !== undefined}
          onChange={(event) => {
            const end = event.target.selectionEnd ?? event.target.value.length;
            caret.current = end;
            setRaw(editRaw(raw, event.target.value, end));
          }}
        />
        <div className="keyboard" role="group" aria-label={strings['type.keyboard']} lang="bg" dir="ltr">
          {Array.from(bulgarianLetters, (letter) => (
            <button key={letter} type="button" className="key" disabled={result !== undefined} onClick={() => setRaw(raw + letter)}>
              {letter}
            </button>
          ))}
          <button type="button" className="key key--wide" disabled={result !== undefined} onClick={() => setRaw(`${raw} `)}>
            <span aria-hidden="true">␣</span>
            <span className="visually-hidden">{strings['type.space']}</span>
          </button>
          <button
            type="button"
            className="key key--wide"
            disabled={result !== undefined}
            aria-label={strings['type.delete']}
            onClick={() => setRaw(Array.from(raw).slice(0, -1).join(''))}
          >
            <span aria-hidden="true">⌫</span>
          </button>
        </div>
        <button type="submit" className="button primary" disabled={result !== undefined}>
          <span aria-hidden="true">✓</span> {strings['type.check']}
        </button>
      </form>
      <p className="exercise__note">
        {strings['type.keys']}{' '}
        <bdi dir="ltr" className="type__keys">
          {keyHints}
        </bdi>
      </p>
      {result && (
        <Feedback
          verdict={result.verdict}
          strings={strings}
          answer={{
            picture: word.picture,
            text: (
              <>
                {before}
                {marked && <mark>{marked}</mark>}
                {after}
              </>
            ),
            help: word.gloss,
            audio: { src: word.audio, text: word.stressed, wordId: word.id },
          }}
          {...(result.verdict === 'wrong' ? { onRetry: retry } : { onNext: next })}
        />
      )}
    </>
  );
}

function Exercise(props: TypeWhatYouHearProps) {
  const run = useRun(props.exerciseId);
  return (
    <section className="exercise type" aria-label={props.strings['type.label']} data-exercise={props.exerciseId}>
      {run.score === undefined ? (
        <Words key={run.seed} run={run} {...props} />
      ) : (
        <Finished run={run} strings={props.strings} learnersUrl={props.learnersUrl} />
      )}
    </section>
  );
}

export default function TypeWhatYouHear(props: TypeWhatYouHearProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Exercise {...props} />
    </ExerciseBoundary>
  );
}

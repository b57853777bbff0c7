/**
 * The tutor PIN, asked before the tools open. Wrong PINs in a row meet a growing wait
 * (lib/store/throttle.ts); a forgotten PIN can be removed by typing the phrase shown,
 * which keeps every child's progress.
 */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { checkTutorPin, resetTutor } from '../../lib/store/session';
import { noteRight, noteWrong, throttled, waitLeft } from '../../lib/store/throttle';
import { format } from '../../lib/i18n/format';
import { useWait } from '../use-wait';
import type { TutorStrings } from './strings';

interface Props {
  /** The store, once open; before that the page shows the wait read without it (`knownWaitMs`). */
  db?: ZdraveiDb;
  /** The store, loaded when first needed (TutorGate). */
  loadDb: () => Promise<ZdraveiDb>;
  knownWaitMs?: number;
  strings: TutorStrings;
  onOpen: () => void;
  /** Called once the PIN and tutor settings are removed. */
  onReset: () => void;
}

export default function PinGate({ db, loadDb, knownWaitMs, strings, onOpen, onReset }: Props) {
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [waitMs, setWait] = useWait(db, throttled.tutorPin, knownWaitMs);
  const wait = Math.ceil(waitMs / 1000);
  const [phrase, setPhrase] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const store = await loadDb();
    if ((await waitLeft(store, throttled.tutorPin)) > 0) return;
    if (await checkTutorPin(store, pin)) {
      await noteRight(store, throttled.tutorPin);
      onOpen();
    } else {
      setWrong(true);
      setPin('');
      setWait(await noteWrong(store, throttled.tutorPin));
    }
  };
  return (
    <>
      <form className="tutor__pin" onSubmit={whenDone(submit, () => setFailed(true))}>
        <label htmlFor="tutor-pin">{strings['tutor.pinPrompt']}</label>
        <input id="tutor-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
        <button type="submit" className="button primary" disabled={wait > 0}>
          {strings['tutor.pinEnter']}
        </button>
        {failed && (
          <p role="alert" className="learners__wrong">
            {strings['tutor.actionFailed']}
          </p>
        )}
        {wait > 0 ? (
          <p role="alert" className="learners__wrong">
            {format(strings['tutor.wait'], { seconds: wait }, strings.locale)}
          </p>
        ) : (
          wrong && (
            <p role="alert" className="learners__wrong">
              {strings['tutor.pinWrong']}
            </p>
          )
        )}
      </form>
      <details className="tutor__reset">
        <summary>{strings['tutor.forgot']}</summary>
        <p>{format(strings['tutor.resetWarning'], { phrase: strings['tutor.resetPhrase'] })}</p>
        <label htmlFor="tutor-reset-phrase" className="visually-hidden">
          {strings['tutor.resetPhrase']}
        </label>
        <input id="tutor-reset-phrase" autoComplete="off" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={phrase.trim().toLocaleUpperCase() !== strings['tutor.resetPhrase'].toLocaleUpperCase()}
          onClick={whenDone(
            () => loadDb().then(resetTutor).then(onReset),
            () => setFailed(true),
          )}
        >
          {strings['tutor.resetButton']}
        </button>
      </details>
    </>
  );
}

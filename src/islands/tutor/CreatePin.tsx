/** The first visit to the tutor tools: a PIN is chosen, typed twice, before anything else shows. */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { setTutorPin } from '../../lib/store/session';
import type { TutorStrings } from './strings';

interface Props {
  /** The store, loaded when first needed (TutorGate). */
  loadDb: () => Promise<ZdraveiDb>;
  strings: TutorStrings;
  onCreated: () => void;
}

export default function CreatePin({ loadDb, strings, onCreated }: Props) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [failed, setFailed] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pin !== again) {
      setMismatch(true);
      setAgain('');
      return;
    }
    await setTutorPin(await loadDb(), pin);
    onCreated();
  };
  const pinField = { type: 'password', inputMode: 'numeric', pattern: '\\d{4,8}', required: true, autoComplete: 'new-password' } as const;
  return (
    <form className="tutor__pin" onSubmit={whenDone(submit, () => setFailed(true))}>
      <p>{strings['tutor.pinCreateIntro']}</p>
      <label htmlFor="new-tutor-pin">{strings['tutor.pinSet']}</label>
      <input id="new-tutor-pin" {...pinField} value={pin} onChange={(e) => setPin(e.target.value)} />
      <label htmlFor="new-tutor-pin-again">{strings['tutor.pinAgain']}</label>
      <input id="new-tutor-pin-again" {...pinField} value={again} onChange={(e) => setAgain(e.target.value)} />
      <button type="submit" className="button primary">
        {strings['tutor.pinCreate']}
      </button>
      {failed && (
        <p role="alert" className="learners__wrong">
          {strings['tutor.actionFailed']}
        </p>
      )}
      {mismatch && (
        <p role="alert" className="learners__wrong">
          {strings['tutor.pinMismatch']}
        </p>
      )}
      <p className="tutor__note">{strings['tutor.pinNote']}</p>
    </form>
  );
}

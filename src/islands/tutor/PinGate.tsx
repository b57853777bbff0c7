/** The tutor PIN, asked before the tools open when one is set. */
import { useState, type FormEvent } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { checkTutorPin } from '../../lib/store/session';
import type { TutorStrings } from './strings';

export default function PinGate({ db, strings, onOpen }: { db: ZdraveiDb; strings: TutorStrings; onOpen: () => void }) {
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await checkTutorPin(db, pin)) onOpen();
    else setWrong(true);
  };
  return (
    <form className="tutor__pin" onSubmit={submit}>
      <label htmlFor="tutor-pin">{strings['tutor.pinPrompt']}</label>
      <input id="tutor-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
      <button type="submit" className="button primary">
        {strings['tutor.pinEnter']}
      </button>
      {wrong && (
        <p role="alert" className="learners__wrong">
          {strings['tutor.pinWrong']}
        </p>
      )}
    </form>
  );
}

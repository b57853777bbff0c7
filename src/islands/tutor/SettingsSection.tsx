/** This computer's settings: the time-out, picture passwords on or off, instructions spoken by themselves or not, and a new tutor PIN. */
import { whenDone } from '../when-done';
import { useState, type SubmitEvent } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { saveComputerSettings, setTutorPin, type ComputerSettings } from '../../lib/store/session';
import type { TutorStrings } from './strings';

interface Props {
  db: ZdraveiDb;
  strings: TutorStrings;
  settings: ComputerSettings;
  onMessage: (message: string) => void;
}

export default function SettingsSection({ db, strings, settings, onMessage }: Props) {
  const [newPin, setNewPin] = useState('');
  const failed = () => onMessage(strings['tutor.actionFailed']);

  const saveSettings = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await saveComputerSettings(db, {
      inactivityMinutes: Number(form.get('inactivity')),
      picturePasswords: form.get('picturePasswords') === 'on',
      speakInstructions: form.get('speakInstructions') === 'on',
    });
    onMessage(strings['tutor.saved']);
  };

  const savePin = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await setTutorPin(db, newPin);
      setNewPin('');
      onMessage(strings['tutor.pinSaved']);
    } catch {
      onMessage(strings['tutor.pinSet']);
    }
  };

  return (
    <section aria-labelledby="tutor-settings">
      <h2 id="tutor-settings">{strings['tutor.settings']}</h2>
      <form className="tutor__form" onSubmit={whenDone(saveSettings, failed)}>
        <label htmlFor="inactivity">{strings['tutor.inactivity']}</label>
        <input id="inactivity" name="inactivity" type="number" min="1" max="240" required defaultValue={settings.inactivityMinutes} />
        <label className="tutor__check">
          <input name="picturePasswords" type="checkbox" defaultChecked={settings.picturePasswords} /> {strings['tutor.picturePasswords']}
        </label>
        <label className="tutor__check">
          <input name="speakInstructions" type="checkbox" defaultChecked={settings.speakInstructions} />{' '}
          {strings['tutor.speakInstructions']}
        </label>
        <button type="submit" className="button primary">
          {strings['tutor.save']}
        </button>
      </form>
      <form className="tutor__form" onSubmit={whenDone(savePin, failed)}>
        <label htmlFor="new-pin">{strings['tutor.pinSet']}</label>
        <input
          id="new-pin"
          type="password"
          inputMode="numeric"
          pattern="\d{4,8}"
          autoComplete="new-password"
          value={newPin}
          onChange={(e) => setNewPin(e.target.value)}
        />
        <button type="submit" className="button">
          {strings['tutor.pinSave']}
        </button>
        <p className="tutor__note">{strings['tutor.pinNote']}</p>
      </form>
    </section>
  );
}

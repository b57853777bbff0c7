/**
 * Tutor tools on this computer, behind the tutor PIN: time-out and picture passwords,
 * each learner's secret pictures, backups to a file and back. The PIN keeps children
 * out; it is not security against an adult with developer tools, and the page says so.
 */
import { openmojiUrl } from '../lib/routes';
import { useState, type FormEvent } from 'react';
import type { Profile, ZdraveiDb } from '../lib/store/db';
import { deleteProfile, listProfiles, setPicturePassword } from '../lib/store/profiles';
import { checkTutorPin, computerSettings, hasTutorPin, saveComputerSettings, setTutorPin } from '../lib/store/session';
import { exportProgress, importBackup, ImportError, parseBackup, type ImportProblem } from '../lib/store/backup';
import { format } from '../lib/i18n/format';
import ExerciseBoundary from './ExerciseBoundary';
import PicturePad, { type PicturePadStrings } from './PicturePad';
import StorageNotice from './StorageNotice';
import { useLiveQuery, useStore } from './use-store';
import './learners.css';

type ImportKey = `import.${ImportProblem}`;

export type TutorStrings = PicturePadStrings &
  Record<ImportKey, string> & {
    'tutor.intro': string;
    'tutor.pinPrompt': string;
    'tutor.pinEnter': string;
    'tutor.pinWrong': string;
    'tutor.pinSet': string;
    'tutor.pinSave': string;
    'tutor.pinSaved': string;
    'tutor.pinNote': string;
    'tutor.settings': string;
    'tutor.inactivity': string;
    'tutor.picturePasswords': string;
    'tutor.save': string;
    'tutor.saved': string;
    'tutor.learners': string;
    'tutor.setPassword': string;
    'tutor.removePassword': string;
    'tutor.passwordSet': string;
    'tutor.delete': string;
    'tutor.deleteConfirm': string;
    'tutor.export': string;
    'tutor.exportAll': string;
    'tutor.import': string;
    'tutor.importDone': string;
    'password.title': string;
    'learners.loading': string;
    'storage.memory': string;
    'exercise.crashed': string;
  };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const today = () => new Date().toISOString().slice(0, 10);

function PinGate({ db, strings, onOpen }: { db: ZdraveiDb; strings: TutorStrings; onOpen: () => void }) {
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

function Panel({ db, strings }: { db: ZdraveiDb; strings: TutorStrings }) {
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const settings = useLiveQuery(() => computerSettings(db), [db]);
  const pinSet = useLiveQuery(() => hasTutorPin(db), [db]);
  const [message, setMessage] = useState<string>();
  const [settingPassword, setSettingPassword] = useState<Profile>();
  const [newPin, setNewPin] = useState('');

  if (!profiles || !settings) return <p>{strings['learners.loading']}</p>;

  const saveSettings = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await saveComputerSettings(db, {
      inactivityMinutes: Number(form.get('inactivity')),
      picturePasswords: form.get('picturePasswords') === 'on',
    });
    setMessage(strings['tutor.saved']);
  };

  const savePin = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setTutorPin(db, newPin);
      setNewPin('');
      setMessage(strings['tutor.pinSaved']);
    } catch {
      setMessage(strings['tutor.pinSet']);
    }
  };

  const importFile = async (file: File) => {
    try {
      const report = await importBackup(db, parseBackup(await file.text()));
      setMessage(
        format(strings['tutor.importDone'], {
          profiles: report.profilesAdded,
          updated: report.profilesUpdated,
          attempts: report.attemptsAdded,
          lessons: report.lessonsUpdated,
          cards: report.cardsUpdated,
        }),
      );
    } catch (error) {
      if (error instanceof ImportError) setMessage(format(strings[`import.${error.problem}`], { where: error.where ?? '' }));
      else setMessage(format(strings['import.not-json'], {}));
    }
  };

  return (
    <div className="tutor">
      {message && (
        <p className="tutor__message" role="status">
          {message}
        </p>
      )}

      <section aria-labelledby="tutor-settings">
        <h2 id="tutor-settings">{strings['tutor.settings']}</h2>
        <form className="tutor__form" onSubmit={saveSettings}>
          <label htmlFor="inactivity">{strings['tutor.inactivity']}</label>
          <input id="inactivity" name="inactivity" type="number" min="1" max="240" required defaultValue={settings.inactivityMinutes} />
          <label className="tutor__check">
            <input name="picturePasswords" type="checkbox" defaultChecked={settings.picturePasswords} /> {strings['tutor.picturePasswords']}
          </label>
          <button type="submit" className="button primary">
            {strings['tutor.save']}
          </button>
        </form>
        <form className="tutor__form" onSubmit={savePin}>
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
          {pinSet === false && <p className="storage-notice">{strings['tutor.pinSet']}</p>}
        </form>
      </section>

      <section aria-labelledby="tutor-learners">
        <h2 id="tutor-learners">{strings['tutor.learners']}</h2>
        {settingPassword ? (
          <div className="learners__password">
            <img src={openmojiUrl(settingPassword.picture)} alt="" width="72" height="72" />
            <p>{settingPassword.name}</p>
            <PicturePad
              strings={strings}
              label={strings['password.title']}
              onComplete={async (pictures) => {
                await setPicturePassword(db, settingPassword.id, pictures);
                setSettingPassword(undefined);
                setMessage(strings['tutor.passwordSet']);
              }}
            />
          </div>
        ) : (
          <ul className="tutor__learners">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <img src={openmojiUrl(profile.picture)} alt="" width="48" height="48" />
                <span className="tutor__name">{profile.name}</span>
                <button type="button" className="button" onClick={() => setSettingPassword(profile)}>
                  {strings['tutor.setPassword']}
                </button>
                {profile.picturePassword && (
                  <button type="button" className="button" onClick={() => void setPicturePassword(db, profile.id, undefined)}>
                    {strings['tutor.removePassword']}
                  </button>
                )}
                <button
                  type="button"
                  className="button"
                  onClick={async () =>
                    download(`zdravei-${profile.name}-${today()}.json`, JSON.stringify(await exportProgress(db, [profile.id]), null, 1))
                  }
                >
                  {strings['tutor.export']}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    if (window.confirm(format(strings['tutor.deleteConfirm'], { name: profile.name }))) void deleteProfile(db, profile.id);
                  }}
                >
                  {strings['tutor.delete']}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tutor-backup" className="tutor__backup">
        <h2 id="tutor-backup">{strings['tutor.exportAll']}</h2>
        <button
          type="button"
          className="button primary"
          onClick={async () => download(`zdravei-progress-${today()}.json`, JSON.stringify(await exportProgress(db), null, 1))}
        >
          {strings['tutor.exportAll']}
        </button>
        <label className="button" htmlFor="import-file">
          {strings['tutor.import']}
        </label>
        <input
          id="import-file"
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </section>
    </div>
  );
}

function Tutor({ strings }: { strings: TutorStrings }) {
  const opened = useStore();
  const [open, setOpen] = useState(false);
  const pinSet = useLiveQuery(() => (opened ? hasTutorPin(opened.db) : undefined), [opened]);
  if (!opened || pinSet === undefined) return <p>{strings['learners.loading']}</p>;
  return (
    <>
      <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
      <p>{strings['tutor.intro']}</p>
      {pinSet && !open ? (
        <PinGate db={opened.db} strings={strings} onOpen={() => setOpen(true)} />
      ) : (
        <Panel db={opened.db} strings={strings} />
      )}
    </>
  );
}

export default function TutorPanel({ strings }: { strings: TutorStrings }) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <Tutor strings={strings} />
    </ExerciseBoundary>
  );
}

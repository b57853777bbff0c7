/**
 * Tutor tools on this computer, closed behind the tutor PIN: time-out and picture passwords,
 * each learner's secret pictures, backups to a file and back. The PIN keeps children
 * out; it is not security against an adult with developer tools, and the page says so.
 */
import { openmojiUrl } from '../lib/routes';
import { useState } from 'react';
import type { ZdraveiDb } from '../lib/store/db';
import { listProfiles } from '../lib/store/profiles';
import { computerSettings, hasTutorPin } from '../lib/store/session';
import ExerciseBoundary from './ExerciseBoundary';
import StorageNotice from './StorageNotice';
import { useLiveQuery, useStore } from './use-store';
import BackupSection from './tutor/BackupSection';
import LearnersSection from './tutor/LearnersSection';
import CreatePin from './tutor/CreatePin';
import PinGate from './tutor/PinGate';
import SettingsSection from './tutor/SettingsSection';
import BrokenRecordsSection, { type BrokenRecordsStrings } from './tutor/BrokenRecordsSection';
import OfflineSection, { type OfflineStrings } from './tutor/OfflineSection';
import type { TutorStrings as ToolStrings } from './tutor/strings';
import './learners.css';
import './tutor/tutor.css';

export type TutorStrings = ToolStrings & BrokenRecordsStrings & OfflineStrings;

function Panel({ db, strings, onLock }: { db: ZdraveiDb; strings: TutorStrings; onLock: () => void }) {
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const settings = useLiveQuery(() => computerSettings(db), [db]);
  const [message, setMessage] = useState<string>();

  if (!profiles || !settings) return <p>{strings['learners.loading']}</p>;
  return (
    <div className="tutor">
      <button type="button" className="button tutor__lock" onClick={onLock}>
        <img src={openmojiUrl('1F512')} alt="" width="28" height="28" /> {strings['tutor.lock']}
      </button>
      {message && (
        <p className="tutor__message" role="status">
          {message}
        </p>
      )}
      <SettingsSection db={db} strings={strings} settings={settings} onMessage={setMessage} />
      <LearnersSection db={db} strings={strings} profiles={profiles} onMessage={setMessage} />
      <BrokenRecordsSection db={db} strings={strings} />
      <BackupSection db={db} strings={strings} onMessage={setMessage} />
      <OfflineSection strings={strings} />
    </div>
  );
}

/**
 * Closed by default: the first visit creates a PIN; later visits ask for it. Opening
 * lasts while the page is open; "lock" closes it at once.
 */
function Tutor({ strings }: { strings: TutorStrings }) {
  const opened = useStore();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const pinSet = useLiveQuery(() => (opened ? hasTutorPin(opened.db) : undefined), [opened]);
  if (!opened || pinSet === undefined) return <p>{strings['learners.loading']}</p>;
  const { db } = opened;
  const openTools = () => {
    setNotice(undefined);
    setOpen(true);
  };
  return (
    <>
      <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
      <p>{strings['tutor.intro']}</p>
      {notice && (
        <p className="tutor__message" role="status">
          {notice}
        </p>
      )}
      {!pinSet ? (
        <CreatePin db={db} strings={strings} onCreated={openTools} />
      ) : open ? (
        <Panel db={db} strings={strings} onLock={() => setOpen(false)} />
      ) : (
        <PinGate db={db} strings={strings} onOpen={openTools} onReset={() => setNotice(strings['tutor.resetDone'])} />
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

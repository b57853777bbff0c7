/**
 * Tutor tools on this computer, closed behind the tutor PIN: time-out and picture passwords,
 * each learner's secret pictures, backups to a file and back. The PIN keeps children
 * out; it is not security against an adult with developer tools, and the page says so.
 */
import { useState } from 'react';
import type { ZdraveiDb } from '../lib/store/db';
import { listProfiles } from '../lib/store/profiles';
import { computerSettings } from '../lib/store/session';
import ExerciseBoundary from './ExerciseBoundary';
import { useLiveQuery } from './use-store';
import BackupSection from './tutor/BackupSection';
import LearnersSection from './tutor/LearnersSection';
import TutorGate from './tutor/TutorGate';
import SettingsSection from './tutor/SettingsSection';
import BrokenRecordsSection, { type BrokenRecordsStrings } from './tutor/BrokenRecordsSection';
import type { TutorStrings as ToolStrings } from './tutor/strings';
import './learners.css';
import './tutor/tutor.css';

export type TutorStrings = ToolStrings & BrokenRecordsStrings;

function Panel({ db, strings }: { db: ZdraveiDb; strings: TutorStrings }) {
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const settings = useLiveQuery(() => computerSettings(db), [db]);
  const [message, setMessage] = useState<string>();

  if (!profiles || !settings) return <p>{strings['learners.loading']}</p>;
  return (
    <>
      {message && (
        <p className="tutor__message" role="status">
          {message}
        </p>
      )}
      <SettingsSection db={db} strings={strings} settings={settings} onMessage={setMessage} />
      <LearnersSection db={db} strings={strings} profiles={profiles} onMessage={setMessage} />
      <BrokenRecordsSection db={db} strings={strings} />
      <BackupSection db={db} strings={strings} onMessage={setMessage} />
    </>
  );
}

export default function TutorPanel({ strings }: { strings: TutorStrings }) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>{(db) => <Panel db={db} strings={strings} />}</TutorGate>
    </ExerciseBoundary>
  );
}

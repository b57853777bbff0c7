/**
 * Tutor tools on this computer, closed behind the tutor PIN: time-out and picture passwords,
 * each learner (rename, picture, secret pictures, delete with undo), groups, the lesson
 * paths given to children, backups to a file and back. The PIN keeps children
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
import GroupsSection from './tutor/GroupsSection';
import AssignSection, { type ReadyPath } from './tutor/AssignSection';
import { listGroups, listMemberships } from '../lib/store/groups';
import { listPaths } from '../lib/store/lesson-paths';
import { listAssignments } from '../lib/store/assignments';
import TutorGate from './tutor/TutorGate';
import SettingsSection from './tutor/SettingsSection';
import BrokenRecordsSection, { type BrokenRecordsStrings } from './tutor/BrokenRecordsSection';
import type { TutorStrings as ToolStrings } from './tutor/strings';
import './learners.css';
import './tutor/tutor.css';

export type TutorStrings = ToolStrings & BrokenRecordsStrings;

interface Props {
  strings: TutorStrings;
  /** The ready-made paths of content/paths/, in the page's language. */
  readyPaths?: readonly ReadyPath[];
}

function Panel({ db, strings, readyPaths = [] }: Props & { db: ZdraveiDb }) {
  const profiles = useLiveQuery(() => listProfiles(db), [db]);
  const settings = useLiveQuery(() => computerSettings(db), [db]);
  const groups = useLiveQuery(() => listGroups(db, strings.locale), [db, strings.locale]);
  const memberships = useLiveQuery(() => listMemberships(db), [db]);
  const paths = useLiveQuery(() => listPaths(db), [db]);
  const assignments = useLiveQuery(() => listAssignments(db), [db]);
  const [message, setMessage] = useState<string>();

  if (!profiles || !settings || !groups || !memberships || !paths || !assignments) return <p>{strings['learners.loading']}</p>;
  return (
    <>
      {message && (
        <p className="tutor__message" role="status">
          {message}
        </p>
      )}
      <SettingsSection db={db} strings={strings} settings={settings} onMessage={setMessage} />
      <LearnersSection db={db} strings={strings} profiles={profiles} onMessage={setMessage} />
      <GroupsSection db={db} strings={strings} profiles={profiles} groups={groups} memberships={memberships} onMessage={setMessage} />
      <AssignSection
        db={db}
        strings={strings}
        profiles={profiles}
        groups={groups}
        paths={paths}
        assignments={assignments}
        readyPaths={readyPaths}
        onMessage={setMessage}
      />
      <BrokenRecordsSection db={db} strings={strings} />
      <BackupSection db={db} strings={strings} onMessage={setMessage} />
    </>
  );
}

export default function TutorPanel({ strings, readyPaths }: Props) {
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>{(db) => <Panel db={db} strings={strings} readyPaths={readyPaths} />}</TutorGate>
    </ExerciseBoundary>
  );
}

/**
 * The tutor page's tools, behind the PIN (TutorPanel.tsx): loaded once the PIN is given,
 * so a locked page does not download them.
 */
import { useState } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { listProfiles } from '../../lib/store/profiles';
import { computerSettings } from '../../lib/store/session';
import { useLiveQuery } from '../use-store';
import BackupSection from './BackupSection';
import LearnersSection from './LearnersSection';
import GroupsSection from './GroupsSection';
import AssignSection from './AssignSection';
import { listGroups, listMemberships } from '../../lib/store/groups';
import { listPaths } from '../../lib/store/lesson-paths';
import { listAssignments } from '../../lib/store/assignments';
import SettingsSection from './SettingsSection';
import BrokenRecordsSection from './BrokenRecordsSection';
import OfflineSection from './OfflineSection';
import type { TutorPanelProps } from '../TutorPanel';

export default function TutorTools({ db, strings, readyPaths = [] }: TutorPanelProps & { db: ZdraveiDb }) {
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
      <OfflineSection strings={strings} />
    </>
  );
}

/**
 * Everyone's progress to one file, and a file back: checked whole before anything is
 * written. The tutor chooses whether the file carries their recordings too, seeing what
 * each choice weighs before saving (recordings make a file large).
 */
import { useEffect, useState } from 'react';
import { whenDone } from '../when-done';
import type { ZdraveiDb } from '../../lib/store/db';
import {
  backupSizes,
  exportProgress,
  importBackup,
  ImportError,
  parseBackup,
  withRecordings,
  type BackupSizes,
  type ImportReport,
} from '../../lib/store/backup';
import { format } from '../../lib/i18n/format';
import { fileSize } from '../../lib/i18n/file-size';
import { downloadJson, today } from './download';
import type { TutorStrings } from './strings';

/** What an import added, in one message (also for several files on the reports page). */
export function importDoneText(strings: TutorStrings, report: ImportReport): string {
  const done = format(
    strings['tutor.importDone'],
    {
      profiles: report.profilesAdded,
      updated: report.profilesUpdated,
      attempts: report.attemptsAdded,
      lessons: report.lessonsUpdated,
      cards: report.cardsUpdated,
    },
    strings.locale,
  );
  return report.recordingsAdded > 0
    ? `${done} ${format(strings['tutor.importRecordings'], { count: report.recordingsAdded }, strings.locale)}`
    : done;
}

export default function BackupSection({
  db,
  strings,
  onMessage,
}: {
  db: ZdraveiDb;
  strings: TutorStrings;
  onMessage: (message: string) => void;
}) {
  const [recordingsToo, setRecordingsToo] = useState(false);
  const [sizes, setSizes] = useState<BackupSizes>();
  /** Bumped by an import, which changes what a backup weighs. */
  const [measured, setMeasured] = useState(0);
  // Measured once the page opens and after each import; not a live query, which would
  // copy every recording's Blob on each change of the database just to count its bytes.
  useEffect(() => {
    let live = true;
    backupSizes(db).then(
      (found) => live && setSizes(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, measured]);
  const failed = () => onMessage(strings['tutor.actionFailed']);
  const importFile = async (file: File) => {
    try {
      onMessage(importDoneText(strings, await importBackup(db, parseBackup(await file.text()))));
      setMeasured((n) => n + 1);
    } catch (error) {
      if (error instanceof ImportError) onMessage(format(strings[`import.${error.problem}`], { where: error.where ?? '' }));
      else onMessage(format(strings['import.not-json'], {}));
    }
  };
  const save = async () => {
    const progress = await exportProgress(db);
    downloadJson(`zdravei-progress-${today()}.json`, recordingsToo ? await withRecordings(db, progress) : progress);
  };
  const about = (bytes: number | undefined) => (bytes === undefined ? '…' : fileSize(bytes, strings.locale ?? 'en'));

  return (
    <section aria-labelledby="tutor-backup" className="tutor__backup">
      <h2 id="tutor-backup">{strings['tutor.exportAll']}</h2>
      <fieldset className="tutor__backup-choice">
        <legend>{strings['tutor.backupWhat']}</legend>
        <label>
          <input type="radio" name="backup-recordings" checked={!recordingsToo} onChange={() => setRecordingsToo(false)} />{' '}
          {format(strings['tutor.backupProgressOnly'], { size: about(sizes?.progress) }, strings.locale)}
        </label>
        <label>
          <input
            type="radio"
            name="backup-recordings"
            checked={recordingsToo}
            disabled={sizes?.recordings === 0}
            onChange={() => setRecordingsToo(true)}
          />{' '}
          {format(
            strings['tutor.backupWithRecordings'],
            { count: sizes?.recordings ?? 0, size: about(sizes?.withRecordings) },
            strings.locale,
          )}
        </label>
      </fieldset>
      <button type="button" className="button primary" onClick={whenDone(save, failed)}>
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
  );
}

/** Everyone's progress to one file, and a file back: checked whole before anything is written. */
import { whenDone } from '../when-done';
import type { ZdraveiDb } from '../../lib/store/db';
import { exportProgress, importBackup, ImportError, parseBackup } from '../../lib/store/backup';
import { format } from '../../lib/i18n/format';
import { downloadJson, today } from './download';
import type { TutorStrings } from './strings';

export default function BackupSection({
  db,
  strings,
  onMessage,
}: {
  db: ZdraveiDb;
  strings: TutorStrings;
  onMessage: (message: string) => void;
}) {
  const failed = () => onMessage(strings['tutor.actionFailed']);
  const importFile = async (file: File) => {
    try {
      const report = await importBackup(db, parseBackup(await file.text()));
      onMessage(
        format(
          strings['tutor.importDone'],
          {
            profiles: report.profilesAdded,
            updated: report.profilesUpdated,
            attempts: report.attemptsAdded,
            lessons: report.lessonsUpdated,
            cards: report.cardsUpdated,
          },
          strings.locale,
        ),
      );
    } catch (error) {
      if (error instanceof ImportError) onMessage(format(strings[`import.${error.problem}`], { where: error.where ?? '' }));
      else onMessage(format(strings['import.not-json'], {}));
    }
  };

  return (
    <section aria-labelledby="tutor-backup" className="tutor__backup">
      <h2 id="tutor-backup">{strings['tutor.exportAll']}</h2>
      <button
        type="button"
        className="button primary"
        onClick={whenDone(async () => downloadJson(`zdravei-progress-${today()}.json`, await exportProgress(db)), failed)}
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
  );
}

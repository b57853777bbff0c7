/**
 * One report from several computers: the tutor loads their backup files; the report shows
 * them merged (lib/reports/merge-backups.ts) and this computer's store is not touched,
 * until the tutor presses "import into this computer", which uses the tutor page's import.
 */
import { format } from '../../../lib/i18n/format';
import { mergeBackups } from '../../../lib/reports/merge-backups';
import { recordsOfBackups, type ReportRecords } from '../../../lib/reports/report-records';
import type { ZdraveiDb } from '../../../lib/store/db';
import { importBackup, ImportError, parseBackup, type BackupFile, type ImportReport } from '../../../lib/store/backup';
import { whenDone } from '../../when-done';
import { importDoneText } from '../BackupSection';
import type { ReportStrings } from '../strings';

/** Backups loaded for the report: the files' checked contents, and their records merged. */
export interface LoadedBackups {
  files: BackupFile[];
  records: ReportRecords;
}

interface Props {
  db: ZdraveiDb;
  strings: ReportStrings;
  loaded: LoadedBackups | undefined;
  onLoad: (loaded: LoadedBackups | undefined) => void;
  /** What happened: files left out, or what an import changed. */
  onMessages: (messages: string[]) => void;
}

const problemText = (strings: ReportStrings, error: unknown) =>
  error instanceof ImportError ? format(strings[`import.${error.problem}`], { where: error.where ?? '' }) : strings['import.not-json'];

export default function BackupsSection({ db, strings, loaded, onLoad, onMessages: setMessages }: Props) {
  const load = async (files: File[]) => {
    const parsed: BackupFile[] = [];
    const refused: string[] = [];
    for (const file of files) {
      try {
        parsed.push(parseBackup(await file.text()));
      } catch (error) {
        refused.push(format(strings['report.backupRefused'], { file: file.name, problem: problemText(strings, error) }));
      }
    }
    setMessages(refused);
    onLoad(parsed.length > 0 ? { files: parsed, records: recordsOfBackups(mergeBackups(parsed)) } : undefined);
  };
  const importAll = async (files: BackupFile[]) => {
    const total: ImportReport = {
      profilesAdded: 0,
      profilesUpdated: 0,
      attemptsAdded: 0,
      lessonsUpdated: 0,
      cardsUpdated: 0,
      recordingsAdded: 0,
    };
    const problems: string[] = [];
    for (const file of files) {
      try {
        const report = await importBackup(db, file);
        for (const key of Object.keys(total) as (keyof ImportReport)[]) total[key] += report[key];
      } catch (error) {
        problems.push(problemText(strings, error));
      }
    }
    const done = importDoneText(strings, total);
    setMessages([done, ...problems]);
    onLoad(undefined);
  };

  return (
    <section aria-labelledby="report-backups" className="reports__backups">
      <h2 id="report-backups">{strings['report.backups']}</h2>
      {loaded ? (
        <>
          <p className="tutor__message" role="status">
            {format(
              strings['report.showingBackups'],
              { files: loaded.files.length, children: loaded.records.profiles.length },
              strings.locale,
            )}
          </p>
          <div className="reports__actions">
            <button
              type="button"
              className="button primary"
              onClick={whenDone(
                () => importAll(loaded.files),
                () => setMessages([strings['tutor.actionFailed']]),
              )}
            >
              {strings['report.importBackups']}
            </button>
            <button type="button" className="button" onClick={() => onLoad(undefined)}>
              {strings['report.thisComputer']}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{strings['report.backupsIntro']}</p>
          <label className="button" htmlFor="report-backup-files">
            {strings['report.loadBackups']}
          </label>
          <input
            id="report-backup-files"
            className="visually-hidden"
            type="file"
            multiple
            accept="application/json,.json"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (files.length > 0) void load(files);
            }}
          />
        </>
      )}
    </section>
  );
}

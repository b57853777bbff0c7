/** The UI strings of the tutor tools (picked on the page by prefix: tutor., import., password., …). */
import type { ImportProblem } from '../../lib/store/backup';
import type { PicturePadStrings } from '../PicturePad';
import type { AudioButtonStrings } from '../AudioButton';
import type { UIKey, UIStrings } from '../../i18n';
import type { PathsStrings as PathPagesStrings } from '../../i18n/paths/en';

export type ImportKey = `import.${ImportProblem}`;

export type TutorStrings = PicturePadStrings &
  Record<ImportKey, string> & {
    /** A child without a name, called by their picture (LearnerFace, PasswordWaits). */
    'learners.unnamed': string;
    'tutor.intro': string;
    'tutor.actionFailed': string;
    'tutor.pinPrompt': string;
    'tutor.pinEnter': string;
    'tutor.pinWrong': string;
    'tutor.pinSet': string;
    'tutor.pinSave': string;
    'tutor.pinSaved': string;
    'tutor.pinNote': string;
    'tutor.pinCreateIntro': string;
    'tutor.pinAgain': string;
    'tutor.pinMismatch': string;
    'tutor.pinCreate': string;
    'tutor.lock': string;
    'tutor.wait': string;
    'tutor.forgot': string;
    'tutor.resetWarning': string;
    'tutor.resetPhrase': string;
    'tutor.resetButton': string;
    'tutor.resetDone': string;
    'tutor.settings': string;
    'tutor.inactivity': string;
    'tutor.picturePasswords': string;
    'tutor.speakInstructions': string;
    'tutor.save': string;
    'tutor.saved': string;
    'tutor.learners': string;
    'tutor.setPassword': string;
    'tutor.removePassword': string;
    'tutor.passwordSet': string;
    'tutor.delete': string;
    'tutor.deleteConfirm': string;
    // Learners, groups and assignments (issue 15).
    /** The page's locale: dates and numbers follow it. */
    locale?: string;
    'tutor.noName': string;
    'tutor.rename': string;
    'tutor.nameLabel': string;
    'tutor.changePicture': string;
    'tutor.pictureFor': string;
    'tutor.cancel': string;
    'tutor.deleted': string;
    'tutor.undo': string;
    'tutor.restored': string;
    'tutor.groups': string;
    'tutor.groupsIntro': string;
    'tutor.groupName': string;
    'tutor.createGroup': string;
    'tutor.deleteGroup': string;
    'tutor.deleteGroupConfirm': string;
    'tutor.members': string;
    'tutor.noGroups': string;
    'tutor.assignTitle': string;
    'tutor.assignIntro': string;
    'tutor.pathLabel': string;
    'tutor.readyPaths': string;
    'tutor.savedPaths': string;
    'tutor.pathOption': string;
    'tutor.assignTo': string;
    'tutor.everyone': string;
    'tutor.groupOption': string;
    'tutor.by': string;
    'tutor.assign': string;
    'tutor.assigned': string;
    'tutor.currentAssignments': string;
    'tutor.noAssignments': string;
    'tutor.byDate': string;
    'tutor.remove': string;
    'tutor.export': string;
    'tutor.exportAll': string;
    'tutor.import': string;
    'tutor.importDone': string;
    'tutor.importRecordings': string;
    'tutor.backupWhat': string;
    'tutor.backupProgressOnly': string;
    'tutor.backupWithRecordings': string;
    'password.title': string;
    'password.tutorWaiting': string;
    'learners.loading': string;
    'storage.memory': string;
    'exercise.crashed': string;
  };

/** The reports page (islands/tutor/reports/): the PIN gate's strings, the audio button's, and every `report.` key. */
export type ReportStrings = TutorStrings & AudioButtonStrings & Pick<UIStrings, Extract<UIKey, `report.${string}`>>;

/**
 * The path builder (/tutor/paths/) and the path link page (/path/): their own keys
 * (src/i18n/paths/), the tutor gate's, and the catalogue's level label.
 */
export type PathsStrings = TutorStrings & PathPagesStrings & { 'catalogue.level': string };

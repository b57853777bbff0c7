/** The strings of the tutor's recordings page (tutor.rec.*, in src/i18n/<locale>.ts). */
export interface RecordingStrings {
  'tutor.actionFailed': string;
  'tutor.rec.intro': string;
  'tutor.rec.lesson': string;
  'tutor.rec.record': string;
  'tutor.rec.stop': string;
  'tutor.rec.listen': string;
  'tutor.rec.keep': string;
  'tutor.rec.redo': string;
  'tutor.rec.delete': string;
  'tutor.rec.level': string;
  'tutor.rec.walk': string;
  'tutor.rec.walkDone': string;
  'tutor.rec.noMicrophone': string;
}

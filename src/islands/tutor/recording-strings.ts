/** The strings of the tutor's recordings page (tutor.rec.*, in src/i18n/<locale>.ts). */
export interface RecordingStrings {
  'tutor.actionFailed': string;
  'tutor.rec.intro': string;
  'tutor.rec.lesson': string;
  'tutor.rec.phrases': string;
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
  'tutor.rec.packs': string;
  'tutor.rec.packsIntro': string;
  'tutor.rec.saveLesson': string;
  'tutor.rec.saveTrack': string;
  'tutor.rec.saveAll': string;
  'tutor.rec.saved': string;
  'tutor.rec.load': string;
  'tutor.rec.loaded': string;
  'tutor.rec.skipped': string;
  'tutor.rec.pack.too-large': string;
  'tutor.rec.pack.not-a-pack': string;
  'tutor.rec.pack.wrong-version': string;
}

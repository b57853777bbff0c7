/**
 * Spoken versions of UI strings, by locale and key, where the written string reads badly
 * aloud (see spoken-text.ts). Arabic is written here with its vowel marks, which
 * espeak-ng's Arabic voice needs to pronounce a word rather than guess it. An override
 * must say the same letters as the written string (less any sentence with a run-time
 * value): when the written string changes, the override is ignored until it is updated,
 * and tests/unit/phrase-audio.test.ts says which.
 */
import type { Locale } from '../i18n/locales';

export const spokenOverrides: Partial<Record<Locale, Record<string, string>>> = {
  ar: {
    'exercise.right': 'صَحِيح!',
    'exercise.almost': 'اِقْتَرَبْتَ! هَكَذَا تُكْتَب:',
    'exercise.wrong': 'لَيْسَتْ هَذِهِ. إِلَيْكَ الإِجَابَةُ الصَّحِيحَة:',
    'exercise.done': 'أَحْسَنْتَ! أَنْهَيْتَ هَذَا التَّمْرِين.',
    'flashcards.done': 'أَحْسَنْتَ! لَقَدْ رَأَيْتَ كُلَّ البِطَاقَات.',
    'listen.instruction': 'اِسْتَمِعْ إِلَى الكَلِمَةِ، ثُمَّ الْمِسْ صُورَتَهَا.',
    'match.instruction': 'اِلْمِسْ صُورَةً، ثُمَّ الْمِسْ كَلِمَتَهَا.',
    'match.instructionSound': 'اِلْمِسْ صَوْتًا لِتَسْمَعَهُ، ثُمَّ الْمِسْ كَلِمَتَهُ.',
    'type.instruction': 'اِسْتَمِعْ إِلَى الكَلِمَةِ وَاكْتُبْهَا بِالحُرُوفِ البُلْغَارِيَّة.',
    'order.instruction': 'اِلْمِسِ الكَلِمَاتِ بِالتَّرْتِيبِ الصَّحِيحِ لِتُكَوِّنَ الجُمْلَة.',
    'match.instructionPreReader': 'اِلْمِسْ صَوْتًا لِتَسْمَعَهُ، ثُمَّ الْمِسْ صُورَتَهُ.',
    'type.instructionPreReader': 'اِسْتَمِعْ إِلَى الكَلِمَةِ، ثُمَّ الْمِسْ حُرُوفَهَا.',
    'order.instructionPreReader': 'اِسْتَمِعْ إِلَى الجُمْلَةِ، ثُمَّ الْمِسِ الكَلِمَاتِ بِالتَّرْتِيبِ الصَّحِيح.',
    'alphabet.findInstruction': 'اِسْتَمِعْ إِلَى الصَّوْتِ، ثُمَّ الْمِسْ حَرْفَهُ.',
    'learners.title': 'مَنْ يَتَعَلَّمُ؟',
    'learners.intro': 'اِبْحَثْ عَنْ صُورَتِكَ وَاضْغَطْ عَلَيْهَا.',
    'learners.empty': 'لَا أَحَدَ يَتَعَلَّمُ عَلَى هَذَا الحَاسُوبِ بَعْدُ. أَضِفْ أَوَّلَ مُتَعَلِّم!',
    'learners.picture': 'اِخْتَرْ صُورَةً',
    'learners.colour': 'اِخْتَرْ لَوْنًا',
    'learners.choosePicture': 'اِلْمِسْ صُورَةً',
    'password.title': 'صُوَرُكَ السِّرِّيَّة',
    'password.intro': 'اِضْغَطْ عَلَى صُوَرِكَ الثَّلَاثِ بِالتَّرْتِيبِ الصَّحِيح.',
    'password.wrong': 'هَذِهِ لَيْسَتِ الصُّوَرَ الصَّحِيحَة. حَاوِلْ مَرَّةً أُخْرَى!',
    'password.wait': 'لِنَنْتَظِرْ قَلِيلًا.',
    'review.intro': 'اِسْتَمِعْ، ثُمَّ اضْغَطْ عَلَى الصُّورَةِ الصَّحِيحَة.',
    'review.right': 'صَحِيح!',
    'review.wrongAnswer': 'لَيْسَتْ هَذِهِ. الإِجَابَةُ الصَّحِيحَةُ هِيَ:',
    'review.nothingDue': 'لَا تُوجَدُ كَلِمَاتٌ لِلتَّدَرُّبِ الآن. عُدْ لَاحِقًا!',
    'review.finished': 'اِنْتَهَيْتَ!',
  },
};

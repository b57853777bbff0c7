import { pickStrings } from '../../src/i18n';
import type { FlashcardsStrings } from '../../src/islands/Flashcards';
import type { Locale } from '../../src/lib/locales';

export function flashcardStrings(locale: Locale): FlashcardsStrings {
  return pickStrings(locale, [
    'audio.play',
    'audio.loading',
    'audio.playing',
    'audio.unavailable',
    'flashcards.label',
    'flashcards.position',
    'flashcards.flip',
    'flashcards.flipBack',
    'flashcards.next',
    'flashcards.previous',
    'flashcards.hint',
    'flashcards.done',
    'flashcards.again',
    'exercise.crashed',
    'progress.stars',
    'progress.noLearner',
    'progress.chooseLearner',
    'progress.memory',
    'progress.failed',
  ]);
}

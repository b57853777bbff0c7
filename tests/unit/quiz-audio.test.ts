/**
 * A quiz question's spoken file (lib/audio/quiz-audio.ts): the text espeak-ng reads, with
 * the Bulgarian words in the Bulgarian voice, and a name that changes with the text.
 */
import { describe, expect, it } from 'vitest';
import { quizAudio, quizPlainText, quizSpokenText } from '../../src/lib/audio/quiz-audio';

describe('quizSpokenText', () => {
  it('reads each [Bulgarian] span in the Bulgarian voice inside the help language’s sentence', () => {
    expect(quizSpokenText('en', 'Which one means [благодаря]?')).toBe('<speak>Which one means <voice name="bg">благодаря</voice>?</speak>');
    expect(quizSpokenText('ar', 'نقول [добро утро] في الصباح.')).toBe('<speak>نقول <voice name="bg">добро утро</voice> في الصباح.</speak>');
  });

  it('needs no other voice for Bulgarian in Bulgarian', () => {
    expect(quizSpokenText('bg', 'Коя дума значи [благодаря]?')).toBe('<speak>Коя дума значи благодаря?</speak>');
  });

  it('escapes what SSML would take for markup, and reads Persian and Arabic digits as digits', () => {
    expect(quizSpokenText('en', ' 2 < 3 & [А] > 1 ')).toBe('<speak>2 &lt; 3 &amp; <voice name="bg">А</voice> &gt; 1</speak>');
    expect(quizSpokenText('fa', 'الفبا ۳۰ حرف دارد؟')).toBe('<speak>الفبا 30 حرف دارد؟</speak>');
  });
});

describe('quizPlainText', () => {
  it('takes the brackets off, for the browser’s voice', () => {
    expect(quizPlainText('Which one means [благодаря]?')).toBe('Which one means благодаря?');
  });
});

describe('quizAudio', () => {
  it('names the file by the language and a hash of the spoken text, under /audio/quiz/<locale>/', () => {
    const audio = quizAudio('ar', 'أيّها تعني «شكرًا»؟');
    expect(audio.file).toMatch(/^quiz\/ar\/[0-9a-f]{12}\.mp3$/);
    expect(audio.url).toBe(`/audio/${audio.file}`);
    expect(audio.hash.startsWith(audio.file.slice(8, 20))).toBe(true);
    expect(audio.text).toBe(quizSpokenText('ar', 'أيّها تعني «شكرًا»؟'));
  });

  it('gives a changed text, or the same text in another language, a new file', () => {
    const file = quizAudio('en', 'Which one is right?').file;
    expect(quizAudio('en', 'Which one is right?').file).toBe(file);
    expect(quizAudio('en', 'Which one is correct?').file).not.toBe(file);
    expect(quizAudio('uk', 'Which one is right?').file).not.toBe(file);
  });
});

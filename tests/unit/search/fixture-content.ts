/**
 * A small catalogue for search tests: a lesson about bears and wolves, a greetings
 * lesson, a culture module in three languages, and words whose glosses exercise the
 * Arabic and Persian letters (ک ی گ پ, a non-joiner).
 */
import { vocabularyEntry, type VocabularyEntry } from '../../../src/lib/content/schema';
import type { SearchContent } from '../../../src/lib/search/documents';

const word = ({ topic, ...entry }: Record<string, unknown>): VocabularyEntry & { topic?: string } => ({
  ...vocabularyEntry.parse({ pos: 'noun', ...entry }),
  ...(typeof topic === 'string' ? { topic } : {}),
});

export const words: (VocabularyEntry & { topic?: string })[] = [
  word({
    id: 'mechka',
    topic: 'animals',
    bg: 'мечка',
    stressed: 'мѐчка',
    gender: 'f',
    plural: 'мѐчки',
    gloss: { en: 'bear', ar: 'دب', fa: 'خرس', uk: 'ведмідь' },
    translit: 'mechka',
    picture: '1F43B',
    example: {
      stressed: 'Мѐчката спѝ през зима̀та.',
      gloss: { en: 'The bear sleeps in winter.', ar: 'الدبّة تنام في الشتاء.', fa: 'خرس در زمستان می‌خوابد.', uk: 'Ведмідь спить узимку.' },
    },
  }),
  word({
    id: 'valk',
    bg: 'вълк',
    stressed: 'вълк',
    gender: 'm',
    plural: 'вълцѝ',
    gloss: { en: 'wolf', ar: 'ذئب', fa: 'گرگ', uk: 'вовк' },
    translit: 'valk',
    picture: '1F43A',
  }),
  word({
    id: 'gora',
    bg: 'гора',
    stressed: 'гора̀',
    gender: 'f',
    plural: 'горѝ',
    gloss: { en: 'forest', ar: 'غابة', fa: 'جنگل', uk: 'ліс' },
    translit: 'gora',
    picture: '1F332',
  }),
  word({
    id: 'ezh',
    bg: 'еж',
    stressed: 'еж',
    gender: 'm',
    gloss: { en: 'hedgehog', ar: 'قنفذ', fa: 'جوجه‌تیغی', uk: 'їжак' },
    translit: 'ezh',
    picture: '1F994',
  }),
  word({
    id: 'kniga',
    topic: 'school',
    bg: 'книга',
    stressed: 'кнѝга',
    gender: 'f',
    plural: 'кнѝги',
    gloss: { en: 'book', ar: 'كتاب', fa: 'کتاب', uk: 'книжка' },
    translit: 'kniga',
  }),
  word({
    id: 'igra',
    topic: 'play',
    bg: 'игра',
    stressed: 'игра̀',
    gender: 'f',
    gloss: { en: 'game', ar: 'لعبة', fa: 'بازی', uk: 'гра' },
    translit: 'igra',
  }),
  word({
    id: 'lyastovitsa',
    bg: 'лястовица',
    stressed: 'ля̀стовица',
    gender: 'f',
    plural: 'ля̀стовици',
    gloss: { en: 'swallow (the bird)', ar: 'سنونو', fa: 'پرستو', uk: 'ластівка' },
    translit: 'lyastovitsa',
  }),
  word({
    id: 'zdravey',
    bg: 'здравей',
    stressed: 'здравѐй',
    pos: 'interjection',
    gloss: { en: 'hello', ar: 'مرحبًا', fa: 'سلام', uk: 'привіт' },
    translit: 'zdravey',
  }),
];

const everyLocale = (bg: string, en: string, ar: string, fa: string, uk: string) => ({ bg, en, ar, fa, uk });

export const content: SearchContent = {
  lessons: [
    {
      id: 'nature/bears',
      data: {
        title: everyLocale('Мечки и вълци', 'Bears and wolves', 'الدببة والذئاب', 'خرس‌ها و گرگ‌ها', 'Ведмеді й вовки'),
        track: 'nature',
        order: 1,
        vocabulary: ['mechka', 'valk'],
        objectives: [
          everyLocale(
            'Знам кои животни живеят в планината.',
            'I know which animals live in the mountains.',
            'أعرف أيّ الحيوانات تعيش في الجبال.',
            'می‌دانم کدام حیوان‌ها در کوه زندگی می‌کنند.',
            'Я знаю, які тварини живуть у горах.',
          ),
        ],
      },
      body: [
        '<HelpText',
        '  bg="В българските планини живеят кафяви мечки."',
        '  en="Brown bears live in the Bulgarian mountains. A bear is [мечка]."',
        '  ar="تعيش الدببة البنية في جبال بلغاريا. الدب هو [мечка]."',
        '  fa="در کوه‌های بلغارستان خرس قهوه‌ای زندگی می‌کند. خرس یعنی [мечка]."',
        '  uk="У горах Болгарії живуть бурі ведмеді. Ведмідь — це [мечка]."',
        '/>',
        '',
        '<Flashcards words={["mechka", "valk", "gora"]} />',
        '',
      ].join('\n'),
    },
    {
      id: 'language/greetings',
      data: {
        title: everyLocale('Поздрави', 'Greetings', 'التحيات', 'سلام و احوال‌پرسی', 'Вітання'),
        track: 'language',
        order: 1,
        vocabulary: ['zdravey'],
        objectives: [everyLocale('Мога да поздравя.', 'I can say hello.', 'أستطيع أن أحيّي.', 'می‌توانم سلام کنم.', 'Я вмію привітатися.')],
      },
      body: '<Flashcards words={["zdravey", "igra"]} />\n',
    },
  ],
  culture: [
    {
      id: 'en/forest',
      data: { title: 'In the forest', summary: 'What families can see in a Bulgarian forest.', order: 1, vocabulary: ['gora'] },
      body: 'In spring you may see a <Word id="lyastovitsa" /> or a hedgehog (<Word id="ezh" />).\n\n## Books\n\nTake a *book* along.\n',
    },
    {
      id: 'bg/forest',
      data: { title: 'В гората', summary: 'Какво може да види семейството в българската гора.', order: 1, vocabulary: ['gora'] },
      body: 'Напролет може да видите <Word id="lyastovitsa" /> или <Word id="ezh" />.\n',
    },
    {
      id: 'fa/forest',
      data: { title: 'در جنگل', summary: 'خانواده‌ها در جنگل‌های بلغارستان چه می‌بینند.', order: 1, vocabulary: ['gora'] },
      body: 'در بهار شاید یک پرستو (<Word id="lyastovitsa" />) یا یک جوجه‌تیغی (<Word id="ezh" />) ببینید.\n',
    },
  ],
  words,
};

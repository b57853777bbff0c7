/**
 * Topics of the word bank: each file content/vocabulary/<topic>.yaml is one topic of
 * the picture dictionary. A file without a title here is listed under its file name,
 * and `npm run content:report` lists it as missing a title.
 */
import type { Locale } from '../i18n/locales';

export const topicTitles: Record<string, Record<Locale, string>> = {
  greetings: { bg: 'Поздрави', en: 'Greetings', ar: 'التحيات', fa: 'احوال‌پرسی', uk: 'Вітання' },
  alphabet: { bg: 'Първите букви', en: 'First letters', ar: 'الحروف الأولى', fa: 'حرف‌های اول', uk: 'Перші літери' },
  letters: { bg: 'Азбуката', en: 'The alphabet', ar: 'الأبجدية', fa: 'الفبا', uk: 'Абетка' },
  family: { bg: 'Семейство', en: 'Family', ar: 'العائلة', fa: 'خانواده', uk: 'Родина' },
  numbers: { bg: 'Числа', en: 'Numbers', ar: 'الأعداد', fa: 'عددها', uk: 'Числа' },
  colours: { bg: 'Цветове', en: 'Colours', ar: 'الألوان', fa: 'رنگ‌ها', uk: 'Кольори' },
  body: { bg: 'Тяло', en: 'The body', ar: 'الجسم', fa: 'بدن', uk: 'Тіло' },
  clothes: { bg: 'Дрехи', en: 'Clothes', ar: 'الملابس', fa: 'لباس‌ها', uk: 'Одяг' },
  food: { bg: 'Храна и напитки', en: 'Food and drink', ar: 'الطعام والشراب', fa: 'خوراکی و نوشیدنی', uk: 'Їжа і напої' },
  home: { bg: 'Вкъщи', en: 'At home', ar: 'في البيت', fa: 'در خانه', uk: 'Удома' },
  time: { bg: 'Време и дни', en: 'Days and time', ar: 'الأيام والوقت', fa: 'روزها و زمان', uk: 'Дні та час' },
  weather: { bg: 'Времето', en: 'Weather', ar: 'الطقس', fa: 'آب و هوا', uk: 'Погода' },
  'feelings-health': {
    bg: 'Чувства и здраве',
    en: 'Feelings and health',
    ar: 'المشاعر والصحة',
    fa: 'احساس‌ها و سلامتی',
    uk: 'Почуття і здоров’я',
  },
  town: { bg: 'Градът', en: 'Town and transport', ar: 'المدينة والمواصلات', fa: 'شهر و وسیله‌های نقلیه', uk: 'Місто і транспорт' },
  animals: { bg: 'Животни', en: 'Animals', ar: 'الحيوانات', fa: 'حیوان‌ها', uk: 'Тварини' },
  'daily-verbs': { bg: 'Всеки ден', en: 'Every day', ar: 'كل يوم', fa: 'هر روز', uk: 'Щодня' },
  school: { bg: 'Училище', en: 'School', ar: 'المدرسة', fa: 'مدرسه', uk: 'Школа' },
  classroom: { bg: 'В класната стая', en: 'In the classroom', ar: 'في الصف', fa: 'در کلاس', uk: 'У класі' },
  shopping: { bg: 'Пазаруване', en: 'Shopping', ar: 'التسوّق', fa: 'خرید', uk: 'Покупки' },
  nature: { bg: 'Природа', en: 'Nature', ar: 'الطبيعة', fa: 'طبیعت', uk: 'Природа' },
  history: { bg: 'История', en: 'History', ar: 'التاريخ', fa: 'تاریخ', uk: 'Історія' },
  traditions: { bg: 'Традиции', en: 'Traditions', ar: 'التقاليد', fa: 'رسم‌ها', uk: 'Традиції' },
  'culture-school': { bg: 'Училищен живот', en: 'School life', ar: 'الحياة المدرسية', fa: 'زندگی مدرسه', uk: 'Шкільне життя' },
  'culture-life': { bg: 'Всекидневие', en: 'Everyday life', ar: 'الحياة اليومية', fa: 'زندگی روزمره', uk: 'Повсякдення' },
  'culture-bulgaria': { bg: 'България', en: 'Bulgaria', ar: 'بلغاريا', fa: 'بلغارستان', uk: 'Болгарія' },
};

/** The topic of a vocabulary entry, from the file it came from: `content/vocabulary/animals.yaml` → `animals`. */
export function topicOf(filePath: string | undefined): string {
  return (
    (filePath ?? '')
      .split('/')
      .pop()
      ?.replace(/\.yaml$/, '') || 'other'
  );
}

export function topicTitle(topic: string, locale: Locale): string {
  return topicTitles[topic]?.[locale] ?? topic;
}

/** Topics in the order of the table above, then any others by name. */
export function sortTopics(topics: Iterable<string>): string[] {
  const known = Object.keys(topicTitles);
  const rank = (t: string) => (known.includes(t) ? known.indexOf(t) : known.length);
  return [...new Set(topics)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

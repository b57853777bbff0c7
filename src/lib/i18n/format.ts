/**
 * Fills the placeholders of a UI string. `{name}` takes a value; a number is written as
 * the locale writes numbers (Persian and Arabic digits on those pages). A plural takes
 * the form the locale's rules choose, through Intl.PluralRules:
 * `{count, plural, one {# word} other {# words}}` (`#` is the number, `=0 {…}` an
 * exact value). An unknown placeholder is left visible, so a mistake shows.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make()));
  return value;
}

/**
 * The digits of locales whose numbers are not written with Latin digits (Persian), as
 * Intl.NumberFormat writes them; every other help language, Arabic included, uses 0–9.
 */
const localeDigits: Record<string, string> = { fa: '۰۱۲۳۴۵۶۷۸۹' };

/**
 * A number as the locale writes it; without a locale, as JavaScript does. The small whole
 * numbers a page shows as it opens (card 3 of 12, stars, days) are written without
 * Intl.NumberFormat: its first use on a page loads the browser's number data, about 0.4 s
 * on the slow profile, before the first exercise can answer. Below 1,000 there is no
 * grouping, so only the digits differ (format.test.ts checks every one against Intl).
 */
export function formatNumber(value: number, locale?: string): string {
  if (!locale) return String(value);
  if (Number.isInteger(value) && value >= 0 && value < 1000) {
    const digits = localeDigits[locale.split('-')[0]!];
    return digits ? String(value).replace(/\d/g, (digit) => digits[Number(digit)]!) : String(value);
  }
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

const pluralBlock = /\{(\w+),\s*plural,\s*((?:(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}\s*)+)\}/g;
const pluralOption = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function choosePlural(options: string, count: number, locale: string | undefined): string | undefined {
  const forms = new Map([...options.matchAll(pluralOption)].map((m) => [m[1]!, m[2]!]));
  const category = cached(pluralRules, locale ?? 'en', () => new Intl.PluralRules(locale ?? 'en')).select(count);
  return forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other');
}

export function format(template: string, values: Record<string, string | number>, locale?: string): string {
  const withPlurals = template.replace(pluralBlock, (whole, name: string, options: string) => {
    const count = values[name];
    if (typeof count !== 'number') return whole;
    return choosePlural(options, count, locale)?.replace(/#/g, formatNumber(count, locale)) ?? whole;
  });
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/**
 * A name or other text of unknown direction, isolated inside a sentence (Unicode FSI …
 * PDI): an Arabic name in an English sentence, or a Latin one in an Arabic sentence,
 * keeps the sentence's punctuation where it belongs. In markup, use <bdi> instead.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

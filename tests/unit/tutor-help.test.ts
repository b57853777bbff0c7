/** The tutor's help (content/tutor-help/): in every help language, saying the "needs help" rule as the code does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, splitFrontmatter } from '../../src/lib/content/read-files';
import { tutorHelpFrontmatter } from '../../src/lib/content/schema';
import { locales } from '../../src/lib/i18n/locales';
import { formatNumber } from '../../src/lib/i18n/format';
import { daysForHelp, wrongAnswersForHelp } from '../../src/lib/reports/needs-help';

const root = path.resolve(import.meta.dirname, '../..');
const read = (locale: string) => {
  const file = `content/tutor-help/${locale}.mdx`;
  const { frontmatter, body } = splitFrontmatter(readFileSync(path.join(root, file), 'utf8'));
  return { data: checkContent(file, tutorHelpFrontmatter, frontmatter), body };
};
const sections = (body: string) => body.split('\n').filter((line) => line.startsWith('## '));

describe('the tutor’s help', () => {
  it.each(locales)('exists in %s with a title, a summary and the same sections as the English', (locale) => {
    const { data, body } = read(locale);
    expect(data.title.length).toBeGreaterThan(3);
    expect(sections(body)).toHaveLength(sections(read('en').body).length);
  });

  it.each(locales)('states the "needs help" rule with the numbers of lib/reports/needs-help.ts in %s', (locale) => {
    const { body } = read(locale);
    const rule = body.split('\n## ').find((section) => section.includes(`**${formatNumber(wrongAnswersForHelp, locale)} `));
    expect(rule, 'a section with the number of wrong answers in bold').toBeDefined();
    expect(rule).toContain(formatNumber(daysForHelp, locale));
  });

  it.each(locales)(
    'covers each thing a tutor does, in %s: PIN, groups, paths, link, QR, file, reports, CSV, print, voices, backups',
    (locale) => {
      const { body } = read(locale);
      for (const word of ['QR', 'CSV', 'PDF', '`#`', '`=`', '`@`']) expect(body).toContain(word);
      expect(body).toMatch(/PIN|ПИН/);
      expect(sections(body)).toHaveLength(11);
    },
  );
});

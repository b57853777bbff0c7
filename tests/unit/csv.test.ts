import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/reports/csv';

const bom = '\uFEFF';

describe('CSV writer', () => {
  it('starts with the UTF-8 byte-order mark, so Excel reads the file as UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv([['a']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every row with CR LF and separates cells with commas', () => {
    expect(
      toCsv([
        ['name', 'stars'],
        ['Omar', 3],
      ]),
    ).toBe(`${bom}name,stars\r\nOmar,3\r\n`);
  });

  it('doubles quotes and puts the cell in quotes', () => {
    expect(csvCell('the "lion"')).toBe('"the ""lion"""');
  });

  it('puts a cell with a comma in quotes', () => {
    expect(csvCell('Sofia, Bulgaria')).toBe('"Sofia, Bulgaria"');
  });

  it('puts a cell with CR, LF or both in quotes, keeping the line breaks', () => {
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\rtwo')).toBe('"one\rtwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(toCsv([['a\nb', 'c']])).toBe(`${bom}"a\nb",c\r\n`);
  });

  it('makes formulas harmless with a single quote in front', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
      "'＝1",
    ]);
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
  });

  it('leaves a formula character inside a cell, and numbers, as they are', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('writes nothing for empty and non-finite cells', () => {
    expect(toCsv([[null, undefined, Number.NaN, '']])).toBe(`${bom},,,\r\n`);
  });

  it('keeps Cyrillic and Arabic names intact', () => {
    const text = toCsv([['Ана Петрова', 'عمر الحسن', 'Олександра', 'زهرا']]);
    expect(text).toBe(`${bom}Ана Петрова,عمر الحسن,Олександра,زهرا\r\n`);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text))).toBe(text);
  });
});

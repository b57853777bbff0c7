/** The pictures children choose: each one shipped, named in every help language, none used twice. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openMojiFile } from '../../src/lib/content/openmoji-files';
import {
  colourValue,
  learnerLabel,
  passwordPictures,
  pictureName,
  pictureNameKey,
  profileColours,
  profilePictures,
} from '../../src/lib/learner-pictures';
import { pickByPrefix } from '../../src/i18n';
import { locales } from '../../src/lib/i18n/locales';

describe('learner pictures', () => {
  it('are OpenMoji pictures, none both a card and a password picture, none twice', () => {
    const all = [...profilePictures, ...passwordPictures];
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((code) => !existsSync(openMojiFile(code)))).toEqual([]);
    expect(profilePictures.length).toBeGreaterThanOrEqual(30);
  });

  it('keep the password pictures in their order (the first is the apple)', () => {
    expect(passwordPictures.slice(0, 3)).toEqual(['1F34E', '2600', '2B50']);
  });

  it.each(locales)('each has a real name in %s, not a number or a code', (locale) => {
    const strings = pickByPrefix(locale, ['picture.']);
    const names = [...profilePictures, ...passwordPictures].map((code) => pictureName(code, strings));
    expect(names.filter((name) => !/\p{L}/u.test(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('call a child without a name by their picture, and a named child by their name', () => {
    const strings = pickByPrefix('en', ['picture.', 'learners.unnamed']);
    expect(learnerLabel({ name: '', picture: '1F98A' }, strings)).toBe('child with the fox picture');
    expect(learnerLabel({ name: 'Omar', picture: '1F98A' }, strings)).toBe('Omar');
    expect(learnerLabel({ name: '', picture: '1F98A' }, pickByPrefix('fa', ['picture.', 'learners.unnamed']))).toBe('کودکِ تصویر روباه');
    expect(pictureNameKey('1F600')).toBeUndefined();
  });

  it('draw a known colour and nothing for an unknown one', () => {
    expect(colourValue('green')).toBe(profileColours.green);
    expect(colourValue('toString')).toBeUndefined();
    expect(colourValue(undefined)).toBeUndefined();
  });
});

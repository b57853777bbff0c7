/**
 * Pictures children choose from: animals for their profile card (one child a picture on
 * a computer, so there are plenty), and twelve objects for picture passwords (distinct
 * from the animals, so a password is not the card). Each has a name, the end of its UI
 * string key (`picture.fox`), so a picture's alt text is a word in the help language.
 * Stickers are earned one per completed lesson, in this order.
 */
import { format } from './i18n/format';
import type { ProfileColour } from './learner-colours';

export { colourValue, profileColours, type ProfileColour } from './learner-colours';

export const profilePictureNamed = [
  ['1F98A', 'fox'],
  ['1F981', 'lion'],
  ['1F431', 'cat'],
  ['1F436', 'dog'],
  ['1F43C', 'panda'],
  ['1F428', 'koala'],
  ['1F42F', 'tiger'],
  ['1F438', 'frog'],
  ['1F984', 'unicorn'],
  ['1F989', 'owl'],
  ['1F427', 'penguin'],
  ['1F430', 'rabbit'],
  ['1F43B', 'bear'],
  ['1F435', 'monkey'],
  ['1F994', 'hedgehog'],
  ['1F422', 'turtle'],
  ['1F98B', 'butterfly'],
  ['1F419', 'octopus'],
  ['1F42C', 'dolphin'],
  ['1F418', 'elephant'],
  ['1F992', 'giraffe'],
  ['1F993', 'zebra'],
  ['1F439', 'hamster'],
  ['1F986', 'duck'],
  ['1F41F', 'fish'],
  ['1F99D', 'raccoon'],
  ['1F98C', 'deer'],
  ['1F42A', 'camel'],
  ['1F99B', 'hippo'],
  ['1F98E', 'lizard'],
  ['1F99A', 'peacock'],
  ['1F424', 'chick'],
] as const;

export const passwordPictureNamed = [
  ['1F34E', 'apple'],
  ['2600', 'sun'],
  ['2B50', 'star'],
  ['26BD', 'ball'],
  ['1F388', 'balloon'],
  ['1F308', 'rainbow'],
  ['1F340', 'clover'],
  ['1F3B8', 'guitar'],
  ['1F680', 'rocket'],
  ['1F3E0', 'house'],
  ['2602', 'umbrella'],
  ['1F368', 'iceCream'],
] as const;

// Lists of pairs, not objects: an object would put the all-digit codes (2600) first.
export const profilePictures = profilePictureNamed.map(([code]) => code);
export const passwordPictures = passwordPictureNamed.map(([code]) => code);

/** The name of a picture a child chooses (`fox`), for its UI string `picture.fox`. */
export type PictureName = (typeof profilePictureNamed)[number][1] | (typeof passwordPictureNamed)[number][1];

const namesByCode = new Map<string, PictureName>([...profilePictureNamed, ...passwordPictureNamed]);

/** The UI string key of a profile or password picture's name; undefined for a code that is neither (an old profile's picture). */
export function pictureNameKey(code: string): `picture.${PictureName}` | undefined {
  const name = namesByCode.get(code);
  return name ? `picture.${name}` : undefined;
}

export const stickerPictures = [
  '1F31F',
  '1F3C6',
  '1F381',
  '1F380',
  '1F33B',
  '1F36D',
  '1F3A8',
  '1F3B5',
  '1F48E',
  '1F451',
  '1F308',
  '1F353',
  '1F40C',
  '1F41D',
  '1F41E',
  '1F42D',
  '1F985',
  '1F9A9',
  '1F99C',
  '1F9E9',
  '1FA81',
  '1F6F8',
  '1F30B',
  '1F3A1',
] as const;

/** The stickers for a number of completed lessons: one each, cycling if there are more lessons than stickers. */
export function stickersFor(completedLessons: number): string[] {
  return Array.from({ length: Math.max(0, completedLessons) }, (_, i) => stickerPictures[i % stickerPictures.length] ?? '1F31F');
}

/** The UI strings that name the pictures and colours a child chooses. */
export type PictureStrings = Record<`picture.${PictureName}`, string>;
export type ColourStrings = Record<`colour.${ProfileColour}`, string>;

/** A picture's name in the help language ("fox"); an old profile's unknown picture has none. */
export function pictureName(code: string, strings: PictureStrings): string {
  const key = pictureNameKey(code);
  return key ? strings[key] : '';
}

/**
 * What to call a child: their name, or for a child who started by picture alone, "child
 * with the fox picture" in the help language (the picture is theirs alone on a computer).
 */
export function learnerLabel(
  profile: { name: string; picture: string },
  strings: PictureStrings & { 'learners.unnamed': string; locale?: string },
): string {
  if (profile.name) return profile.name;
  return format(strings['learners.unnamed'], { picture: pictureName(profile.picture, strings) }, strings.locale);
}

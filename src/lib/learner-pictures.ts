/**
 * Pictures children choose from: animals for their profile card, and twelve objects
 * for picture passwords (distinct from the animals, so a password is not the card).
 * Stickers are earned one per completed lesson, in this order.
 */
export const profilePictures = [
  '1F98A',
  '1F981',
  '1F431',
  '1F436',
  '1F43C',
  '1F428',
  '1F42F',
  '1F438',
  '1F984',
  '1F989',
  '1F427',
  '1F430',
  '1F43B',
  '1F435',
  '1F994',
  '1F422',
  '1F98B',
  '1F419',
  '1F42C',
  '1F418',
  '1F992',
  '1F993',
  '1F439',
] as const;

export const passwordPictures = [
  '1F34E',
  '2600',
  '2B50',
  '26BD',
  '1F388',
  '1F308',
  '1F340',
  '1F3B8',
  '1F680',
  '1F3E0',
  '2602',
  '1F368',
] as const;

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

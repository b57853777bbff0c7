/** The URL of a word's picture: an OpenMoji code becomes /pictures/<code>.svg; a path stays. */
export function pictureUrl(picture: string | undefined): string | undefined {
  if (!picture) return undefined;
  return picture.startsWith('/') ? picture : `/pictures/${picture}.svg`;
}

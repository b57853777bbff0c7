/**
 * The colours of profile cards, in a module of their own (the header's badge script on
 * every page needs them, and none of the pictures' lists), by name (kept in the profile, and the end of the UI string
 * `colour.red`), with the colour drawn: dark enough for a 3:1 border on white.
 */
export const profileColours = {
  red: '#c62828',
  orange: '#d35400',
  yellow: '#b58900',
  green: '#2e7d32',
  blue: '#1565c0',
  purple: '#6a1b9a',
  pink: '#c2185b',
  brown: '#6d4c41',
} as const;
export type ProfileColour = keyof typeof profileColours;

/** The colour drawn for a profile's colour name; undefined for none or an unknown one. */
export function colourValue(colour: string | undefined): string | undefined {
  return colour && Object.hasOwn(profileColours, colour) ? profileColours[colour as ProfileColour] : undefined;
}

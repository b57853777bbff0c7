/**
 * The strings of the pronunciation practice (SayItBack.tsx), apart from its code: an
 * island lists these keys on the server, and loads the practice itself only when a child
 * first touches the cards.
 */
export const sayItBackStringKeys = [
  'practice.record',
  'practice.again',
  'practice.stop',
  'practice.listen',
  'practice.level',
  'practice.noMicrophone',
  'practice.refused',
] as const;

export type SayItBackStrings = { [K in (typeof sayItBackStringKeys)[number]]: string };

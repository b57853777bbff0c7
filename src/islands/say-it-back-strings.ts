/**
 * The strings of the pronunciation practice (SayItBack.tsx and the session it loads at
 * the first press of "record"), apart from their code: an island lists these keys on the
 * server.
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

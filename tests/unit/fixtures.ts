/** A valid word-bank entry for tests to start from and break. */
export function validEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mechka',
    bg: 'мечка',
    stressed: 'мѐчка',
    pos: 'noun',
    gender: 'f',
    plural: 'мѐчки',
    gloss: { en: 'bear', ar: 'دب', fa: 'خرس', uk: 'ведмідь' },
    translit: 'mechka',
    picture: '1F43B',
    ...overrides,
  };
}

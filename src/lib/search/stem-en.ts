/**
 * English plurals, by Donna Harman's "S" stemmer ("How effective is suffixing?", Journal
 * of the American Society for Information Science 42, 1991): bears → bear, stories →
 * story, horses → horse. Only the plural -s: a parent searching for "bears" finds the
 * word glossed "bear", and nothing else is conflated.
 */
export function stemEnglish(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

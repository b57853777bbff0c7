/**
 * The local calendar day of an answer (its `day`, and the days practised in a row): apart
 * from db.ts so that reading days practised needs no Dexie, and from keys.ts so that every
 * page's header script does not carry it.
 */

/** The local calendar day of a time, as YYYY-MM-DD. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

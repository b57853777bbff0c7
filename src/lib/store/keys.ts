/**
 * The names and rules of the progress store that plain page scripts share with Dexie's
 * code: the database name, the keys of the `settings` table, the defaults, and when a
 * learner's session has run out. No Dexie here, so the header badge can use it.
 */

/** The IndexedDB database of this site, on this computer. */
export const databaseName = 'zdravei';

/** Keys of the `settings` table. */
export const settingKeys = {
  /** Who is learning now (a `Session`). */
  session: 'session',
  /** The tutor's choices for this computer (`ComputerSettings`). */
  computer: 'computer',
  /** The tutor PIN as a salted hash. */
  tutorPin: 'tutorPin',
  /** The tutor tools opened with the PIN, and when the tutor last used them (`TutorOpening`). */
  tutorOpen: 'tutorOpen',
  /** Before a subject (`tutor-pin`, `picture-password:<id>`): wrong answers in a row (throttle.ts). */
  throttlePrefix: 'throttle:',
} as const;

export interface Session {
  profileId: string;
  lastActiveAt: number;
}

/** The tutor tools, once opened with the PIN: open on every tutor page until this runs out. */
export interface TutorOpening {
  lastActiveAt: number;
}

/**
 * Minutes the tutor tools stay open without the tutor touching them, on every tutor page.
 * Short, and not the children's time-out: a child finds an open tutor page on a shared
 * computer only in the few minutes after the tutor walked away.
 */
export const tutorOpenMinutes = 10;

export interface ComputerSettings {
  /** Minutes without activity before asking "Who is learning?" again. */
  inactivityMinutes: number;
  /** Children choose three pictures after their own card. */
  picturePasswords: boolean;
  /** An instruction plays by itself the first time a child meets it on a page. */
  speakInstructions: boolean;
}

export const defaultSettings: ComputerSettings = { inactivityMinutes: 15, picturePasswords: false, speakInstructions: true };

/**
 * The stored settings over the defaults: a setting never saved, or stored malformed,
 * keeps its default (a damaged record must not lock the computer or end every session).
 */
export function withDefaults(stored: Partial<ComputerSettings> | undefined): ComputerSettings {
  const minutes = stored?.inactivityMinutes;
  return {
    inactivityMinutes: typeof minutes === 'number' && minutes >= 1 && minutes <= 240 ? minutes : defaultSettings.inactivityMinutes,
    picturePasswords: typeof stored?.picturePasswords === 'boolean' ? stored.picturePasswords : defaultSettings.picturePasswords,
    speakInstructions: typeof stored?.speakInstructions === 'boolean' ? stored.speakInstructions : defaultSettings.speakInstructions,
  };
}

/** When a session ends unless the child does something before (ms since 1970). */
export function sessionEndsAt(session: Session, settings: ComputerSettings): number {
  return session.lastActiveAt + settings.inactivityMinutes * 60_000;
}

/** A session lives until the tutor's time-out passes without activity. */
export function sessionIsLive(session: Session | undefined, settings: ComputerSettings, now: number): session is Session {
  return session !== undefined && now <= sessionEndsAt(session, settings);
}

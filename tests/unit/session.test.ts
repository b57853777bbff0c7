import { describe, expect, it } from 'vitest';
import {
  activeLearner,
  checkTutorPin,
  closeTutorTools,
  computerSettings,
  endSession,
  hasTutorPin,
  openTutorTools,
  resetTutor,
  saveComputerSettings,
  setTutorPin,
  startSession,
  touchSession,
  touchTutorTools,
  tutorToolsOpen,
} from '../../src/lib/store/session';
import { defaultSettings, sessionEndsAt, sessionIsLive } from '../../src/lib/store/keys';
import { testDatabase } from './db-helpers';

const minute = 60_000;

describe('session', () => {
  it('remembers who is learning until the time-out passes without activity', async () => {
    const db = testDatabase();
    await startSession(db, 'p1', 0);
    expect(await activeLearner(db, 14 * minute)).toBe('p1');
    await touchSession(db, 14 * minute);
    expect(await activeLearner(db, 28 * minute)).toBe('p1');
    expect(await activeLearner(db, 30 * minute)).toBeUndefined();
  });

  it('follows the tutor’s time-out, 15 minutes by default', async () => {
    const db = testDatabase();
    expect(await computerSettings(db)).toEqual({ inactivityMinutes: 15, picturePasswords: false, speakInstructions: true });
    await saveComputerSettings(db, { inactivityMinutes: 5 });
    await startSession(db, 'p1', 0);
    expect(await activeLearner(db, 6 * minute)).toBeUndefined();
    await expect(saveComputerSettings(db, { inactivityMinutes: 0 })).rejects.toThrow(RangeError);
  });

  it('ends when someone switches learner', async () => {
    const db = testDatabase();
    await startSession(db, 'p1', 0);
    await endSession(db);
    expect(await activeLearner(db, 1)).toBeUndefined();
  });

  it('ends at the last activity plus the time-out, to the millisecond (the header sets its timer by it)', () => {
    const session = { profileId: 'p1', lastActiveAt: 10 * minute };
    const tenMinutes = { ...defaultSettings, inactivityMinutes: 10 };
    expect(sessionEndsAt(session, defaultSettings)).toBe(25 * minute);
    expect(sessionEndsAt(session, tenMinutes)).toBe(20 * minute);
    expect(sessionIsLive(session, tenMinutes, 20 * minute)).toBe(true);
    expect(sessionIsLive(session, tenMinutes, 20 * minute + 1)).toBe(false);
    expect(sessionIsLive(undefined, tenMinutes, 0)).toBe(false);
  });
});

describe('tutor PIN', () => {
  it('is stored as a salted hash and checked', async () => {
    const db = testDatabase();
    expect(await hasTutorPin(db)).toBe(false);
    await setTutorPin(db, '2468');
    const stored = JSON.stringify(await db.settings.get('tutorPin'));
    expect(stored).not.toContain('2468');
    expect(await checkTutorPin(db, '2468')).toBe(true);
    expect(await checkTutorPin(db, '1357')).toBe(false);
  });

  it('is 4 to 8 digits', async () => {
    const db = testDatabase();
    await expect(setTutorPin(db, '12')).rejects.toThrow(RangeError);
    await expect(setTutorPin(db, 'abcd')).rejects.toThrow(RangeError);
  });
});

describe('tutor tools, once opened', () => {
  it('stay open on every tutor page for ten minutes after the tutor last used them', async () => {
    const db = testDatabase();
    expect(await tutorToolsOpen(db, 0)).toBe(false);
    await openTutorTools(db, 0);
    expect(await tutorToolsOpen(db, 10 * minute)).toBe(true);
    await touchTutorTools(db, 9 * minute);
    expect(await tutorToolsOpen(db, 19 * minute)).toBe(true);
    expect(await tutorToolsOpen(db, 19 * minute + 1)).toBe(false);
  });

  it('close with the lock, when a child starts learning, and when the PIN is reset', async () => {
    const db = testDatabase();
    await openTutorTools(db, 0);
    await closeTutorTools(db);
    expect(await tutorToolsOpen(db, 1)).toBe(false);

    await openTutorTools(db, 0);
    await startSession(db, 'p1', 1);
    expect(await tutorToolsOpen(db, 2)).toBe(false);
    expect(await activeLearner(db, 2)).toBe('p1');

    await openTutorTools(db, 0);
    await resetTutor(db);
    expect(await tutorToolsOpen(db, 1)).toBe(false);
  });

  it('are not opened by touching them while closed, nor by a clock set back', async () => {
    const db = testDatabase();
    await touchTutorTools(db, 0);
    expect(await tutorToolsOpen(db, 1)).toBe(false);
    await openTutorTools(db, 5 * minute);
    expect(await tutorToolsOpen(db, 4 * minute)).toBe(false);
  });
});

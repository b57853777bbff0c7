/**
 * The wait after wrong PINs or secret pictures (lib/store/throttle.ts), counted down on
 * the page: read from the store when the page opens (a reload does not skip it), started
 * again after a wrong answer, and measured against the clock each second.
 */
import { useEffect, useState } from 'react';
import type { ZdraveiDb } from '../lib/store/db';
import { waitLeft } from '../lib/store/throttle';

/**
 * The wait still to come, counted down each second while the page is open. Without the
 * store yet, `knownMs` is the wait read without Dexie (active-learner-raw.ts).
 */
export function useWait(db: ZdraveiDb | undefined, subject: string, knownMs = 0): [number, (ms: number) => void] {
  const [until, setUntil] = useState(() => (knownMs > 0 ? Date.now() + knownMs : 0));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!db) return;
    let live = true;
    void waitLeft(db, subject).then((ms) => {
      if (live && ms > 0) setUntil(Date.now() + ms);
    });
    return () => {
      live = false;
    };
  }, [db, subject]);
  const left = Math.max(0, until - now);
  useEffect(() => {
    if (left <= 0) return;
    const tick = setTimeout(() => setNow(Date.now()), Math.min(left, 1_000));
    return () => clearTimeout(tick);
  }, [left, now]);
  const start = (ms: number) => {
    // One reading of the clock: two could differ by a millisecond and show one second more.
    const at = Date.now();
    setNow(at);
    setUntil(at + ms);
  };
  return [left, start];
}

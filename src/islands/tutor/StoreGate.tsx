/**
 * The tutor gate once the store is open (TutorGate.tsx shows a locked page before that):
 * closed by default; the first visit creates a PIN, later visits ask for it. Once opened,
 * the tools stay open on every tutor page until the tutor leaves them unused for
 * `tutorOpenMinutes`, locks them, or a child starts learning (lib/store/session.ts); an
 * open page closes itself when that time runs out. Loaded on demand, with the store.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { closeTutorTools, hasTutorPin, openTutorTools, touchTutorTools, tutorToolsOpen } from '../../lib/store/session';
import { openmojiUrl } from '../../lib/routes';
import StorageNotice from '../StorageNotice';
import { useLiveQuery, useStore } from '../use-store';
import CreatePin from './CreatePin';
import PinGate from './PinGate';
import type { TutorStrings } from './strings';

/** The strings the gate itself needs: the tutor tools' (PIN, lock, storage, loading). */
export type TutorGateStrings = TutorStrings;

export interface StoreGateProps {
  strings: TutorGateStrings;
  /** The page's tools, once the PIN is given. */
  children: (db: ZdraveiDb) => ReactNode;
  /** The PIN was just given on this page, before the store had loaded. */
  openedHere?: boolean;
}

/** How often an open page checks that the tools have not timed out, and how often use is noted. */
const checkEveryMs = 30_000;

export default function StoreGate({ strings, children, openedHere }: StoreGateProps) {
  const opened = useStore();
  /** Opened or locked on this page; until then, what the store says. */
  const [choice, setOpen] = useState<boolean | undefined>(openedHere || undefined);
  const [notice, setNotice] = useState<string>();
  const lastTouch = useRef(0);
  const pinSet = useLiveQuery(() => (opened ? hasTutorPin(opened.db) : undefined), [opened]);
  // Still open from another tutor page: no PIN again. While open, closes itself once the time-out passes.
  const stillOpen = useLiveQuery(() => (opened ? tutorToolsOpen(opened.db) : undefined), [opened]);
  const open = choice ?? stillOpen ?? false;
  useEffect(() => {
    if (!open || !opened) return;
    const timer = setInterval(() => void tutorToolsOpen(opened.db).then((still) => still || setOpen(false)), checkEveryMs);
    return () => clearInterval(timer);
  }, [open, opened]);
  if (!opened || pinSet === undefined || stillOpen === undefined) return <p>{strings['learners.loading']}</p>;
  const { db } = opened;
  const openTools = () => {
    setNotice(undefined);
    setOpen(true);
    void openTutorTools(db);
  };
  // Shown locked once the lock is stored: a reload, or the next child, right after must meet the PIN too.
  const lock = () =>
    void closeTutorTools(db)
      .catch((error: unknown) => console.error(error))
      .then(() => setOpen(false));
  // Any tap or key in the tools counts as use; noted at most twice a minute.
  const noteUse = () => {
    if (Date.now() - lastTouch.current < checkEveryMs) return;
    lastTouch.current = Date.now();
    void touchTutorTools(db);
  };
  return (
    <>
      <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
      <p>{strings['tutor.intro']}</p>
      {notice && (
        <p className="tutor__message" role="status">
          {notice}
        </p>
      )}
      {!pinSet ? (
        <CreatePin loadDb={async () => db} strings={strings} onCreated={openTools} />
      ) : open ? (
        <div className="tutor" onPointerDownCapture={noteUse} onKeyDownCapture={noteUse}>
          <button type="button" className="button tutor__lock" onClick={lock}>
            <img src={openmojiUrl('1F512')} alt="" width="28" height="28" /> {strings['tutor.lock']}
          </button>
          {children(db)}
        </div>
      ) : (
        <PinGate
          db={db}
          loadDb={async () => db}
          strings={strings}
          onOpen={openTools}
          onReset={() => setNotice(strings['tutor.resetDone'])}
        />
      )}
    </>
  );
}

/**
 * What every tutor page shows first: closed by default; the first visit creates a PIN,
 * later visits ask for it (StoreGate.tsx has the rules). Each tutor page's island wraps its
 * tools in this gate (TutorPanel, and the paths, reports, recordings and path link pages).
 *
 * A locked page shows its PIN field from a read with the browser's own IndexedDB API
 * (readTutorGateRaw), so it is ready before the store's code (Dexie) loads: that loads
 * at the first touch, and the tools' own code once the PIN is given (in a browser that
 * never opened the site too: it creates the PIN). With storage unusable, or the tools still
 * open from another tutor page, the store opens at once, as before.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { readTutorGateRaw, type TutorGateState } from '../../lib/store/tutor-gate-raw';
import { openTutorTools } from '../../lib/store/session';
import { lazyPart, LoadFailed, useFirstTouch } from '../lazy-part';
import { loadLearnerStore } from '../lazy-store';
import CreatePin from './CreatePin';
import PinGate from './PinGate';
import type { TutorStrings } from './strings';

/** The strings the gate itself needs: the tutor tools' (PIN, lock, storage, loading). */
export type TutorGateStrings = TutorStrings;

interface Props {
  strings: TutorGateStrings;
  /** The page's tools, once the PIN is given. */
  children: (db: ZdraveiDb) => ReactNode;
}

const StoreGate = lazyPart(() => import('./StoreGate'));

export default function TutorGate({ strings, children }: Props) {
  /** Undefined while reading; null when only the store can tell. */
  const [state, setState] = useState<TutorGateState | null>();
  const [openedHere, setOpenedHere] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [codeFailed, setCodeFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void readTutorGateRaw().then((read) => {
      if (live) setState(read ?? null);
    });
    return () => {
      live = false;
    };
  }, []);
  // The tutor is about to type the PIN: the store will be needed to check it.
  useFirstTouch(() => void loadLearnerStore().catch(() => undefined));

  const loading = <p>{strings['learners.loading']}</p>;
  if (state === undefined) return loading;
  if (state === null || (state.pinSet && state.open) || openedHere) {
    return (
      <StoreGate strings={strings} openedHere={openedHere} fallback={loading}>
        {children}
      </StoreGate>
    );
  }
  const loadDb = () =>
    loadLearnerStore().then(
      ({ db }) => db,
      (error: unknown) => {
        setCodeFailed(true);
        throw error;
      },
    );
  const openTools = () => {
    setNotice(undefined);
    setOpenedHere(true);
    void loadDb()
      .then(openTutorTools)
      .catch((error: unknown) => console.error(error));
  };
  return (
    <>
      <p>{strings['tutor.intro']}</p>
      {notice && (
        <p className="tutor__message" role="status">
          {notice}
        </p>
      )}
      {state.pinSet ? (
        <PinGate
          loadDb={loadDb}
          knownWaitMs={state.waitMs}
          strings={strings}
          onOpen={openTools}
          onReset={() => {
            setState({ pinSet: false, open: false, waitMs: 0 });
            setNotice(strings['tutor.resetDone']);
          }}
        />
      ) : (
        <CreatePin loadDb={loadDb} strings={strings} onCreated={openTools} />
      )}
      {codeFailed && <LoadFailed />}
    </>
  );
}

/**
 * What every tutor page shows first: closed by default; the first visit creates a PIN,
 * later visits ask for it. Opening lasts while the page is open; "lock" closes it at once.
 * Each tutor page's island wraps its tools in this gate (TutorPanel, and the paths,
 * reports and help pages).
 */
import { useState, type ReactNode } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { hasTutorPin } from '../../lib/store/session';
import { openmojiUrl } from '../../lib/routes';
import StorageNotice from '../StorageNotice';
import { useLiveQuery, useStore } from '../use-store';
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

export default function TutorGate({ strings, children }: Props) {
  const opened = useStore();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const pinSet = useLiveQuery(() => (opened ? hasTutorPin(opened.db) : undefined), [opened]);
  if (!opened || pinSet === undefined) return <p>{strings['learners.loading']}</p>;
  const { db } = opened;
  const openTools = () => {
    setNotice(undefined);
    setOpen(true);
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
        <CreatePin db={db} strings={strings} onCreated={openTools} />
      ) : open ? (
        <div className="tutor">
          <button type="button" className="button tutor__lock" onClick={() => setOpen(false)}>
            <img src={openmojiUrl('1F512')} alt="" width="28" height="28" /> {strings['tutor.lock']}
          </button>
          {children(db)}
        </div>
      ) : (
        <PinGate db={db} strings={strings} onOpen={openTools} onReset={() => setNotice(strings['tutor.resetDone'])} />
      )}
    </>
  );
}

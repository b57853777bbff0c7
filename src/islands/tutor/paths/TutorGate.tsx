/**
 * The tutor PIN in front of a tutor page's tools, as on the tutor page: the first visit
 * chooses a PIN, later visits ask for it; "lock" closes the tools again.
 */
import { useState, type ReactNode } from 'react';
import type { ZdraveiDb } from '../../../lib/store/db';
import { hasTutorPin } from '../../../lib/store/session';
import { openmojiUrl } from '../../../lib/routes';
import StorageNotice from '../../StorageNotice';
import { useLiveQuery, useStore } from '../../use-store';
import CreatePin from '../CreatePin';
import PinGate from '../PinGate';
import type { TutorStrings } from '../strings';

interface Props {
  strings: TutorStrings;
  /** What shows once the PIN is typed. */
  children: (db: ZdraveiDb) => ReactNode;
  /** Shown above the PIN while the tools are closed. */
  intro?: string;
}

export default function TutorGate({ strings, children, intro }: Props) {
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
  if (open)
    return (
      <>
        <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
        <button type="button" className="button tutor__lock" onClick={() => setOpen(false)}>
          <img src={openmojiUrl('1F512')} alt="" width="28" height="28" /> {strings['tutor.lock']}
        </button>
        {children(db)}
      </>
    );
  return (
    <>
      <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
      {intro && <p>{intro}</p>}
      {notice && (
        <p className="tutor__message" role="status">
          {notice}
        </p>
      )}
      {pinSet ? (
        <PinGate db={db} strings={strings} onOpen={openTools} onReset={() => setNotice(strings['tutor.resetDone'])} />
      ) : (
        <CreatePin db={db} strings={strings} onCreated={openTools} />
      )}
    </>
  );
}

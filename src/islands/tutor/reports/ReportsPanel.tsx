/**
 * The tutor's reports page, behind the same tutor PIN as the tutor tools: the first visit
 * creates the PIN, later ones ask for it; "lock" closes the reports at once.
 */
import { useState } from 'react';
import { openmojiUrl } from '../../../lib/routes';
import { hasTutorPin } from '../../../lib/store/session';
import ExerciseBoundary from '../../ExerciseBoundary';
import StorageNotice from '../../StorageNotice';
import { useLiveQuery, useStore } from '../../use-store';
import CreatePin from '../CreatePin';
import PinGate from '../PinGate';
import type { ReportStrings } from '../strings';
import type { ReportCatalogue } from './catalogue';
import Reports from './Reports';
import '../../learners.css';
import '../tutor.css';
import '../../styles/audio-button.css';
import './reports.css';

interface Props {
  strings: ReportStrings;
  catalogue: ReportCatalogue;
}

function Gate({ strings, catalogue }: Props) {
  const opened = useStore();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const pinSet = useLiveQuery(() => (opened ? hasTutorPin(opened.db) : undefined), [opened]);
  if (!opened || pinSet === undefined) return <p>{strings['learners.loading']}</p>;
  const { db } = opened;
  const openReports = () => {
    setNotice(undefined);
    setOpen(true);
  };
  return (
    <>
      <StorageNotice kind={opened.kind} message={strings['storage.memory']} />
      <p>{strings['report.intro']}</p>
      {notice && (
        <p className="tutor__message" role="status">
          {notice}
        </p>
      )}
      {!pinSet ? (
        <CreatePin db={db} strings={strings} onCreated={openReports} />
      ) : open ? (
        <>
          <button type="button" className="button tutor__lock" onClick={() => setOpen(false)}>
            <img src={openmojiUrl('1F512')} alt="" width="28" height="28" /> {strings['tutor.lock']}
          </button>
          <Reports db={db} strings={strings} catalogue={catalogue} />
        </>
      ) : (
        <PinGate db={db} strings={strings} onOpen={openReports} onReset={() => setNotice(strings['tutor.resetDone'])} />
      )}
    </>
  );
}

export default function ReportsPanel(props: Props) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Gate {...props} />
    </ExerciseBoundary>
  );
}

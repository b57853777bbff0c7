/**
 * The recordings page's tools, behind the PIN (TutorRecordings.tsx): loaded once the PIN
 * is given, with the recorder and the voice packs.
 */
import { useState } from 'react';
import RecordingRow from './RecordingRow';
import VoicePackSection from './VoicePackSection';
import type { RecordingStrings } from './recording-strings';
import type { ZdraveiDb } from '../../lib/store/db';
import { deleteRecording, recordingsOf, saveRecording } from '../../lib/store/recordings';
import { canRecord } from '../../lib/audio/recorder';
import { useLiveQuery } from '../use-store';
import type { RecordingLesson, TutorRecordingsProps } from '../TutorRecordings';

function LessonRecordings({ db, lesson, strings }: { db: ZdraveiDb; lesson: RecordingLesson; strings: RecordingStrings }) {
  const saved = useLiveQuery(
    () =>
      recordingsOf(
        db,
        lesson.items.map((item) => item.key),
      ),
    [db, lesson],
  );
  /** The index the walk is on; undefined when not walking. */
  const [walk, setWalk] = useState<number>();
  const done = walk !== undefined && walk >= lesson.items.length;

  return (
    <>
      <p>
        <button type="button" className="button primary" onClick={() => setWalk(walk === undefined || done ? 0 : undefined)}>
          {strings['tutor.rec.walk']}
        </button>
      </p>
      {done && <p role="status">{strings['tutor.rec.walkDone']}</p>}
      <ol className="recording-list">
        {lesson.items.map((item, index) => (
          <RecordingRow
            key={`${item.key}:${walk === index ? 'walk' : ''}`}
            item={item}
            strings={strings}
            saved={saved?.get(item.key)?.audio}
            onKeep={(audio) => saveRecording(db, item.key, audio)}
            onDelete={() => deleteRecording(db, item.key)}
            autoStart={walk === index}
            {...(walk === index ? { onWalkStep: () => setWalk(index + 1) } : {})}
          />
        ))}
      </ol>
    </>
  );
}

interface Props extends TutorRecordingsProps {
  db: ZdraveiDb;
  /** The lesson chosen, kept by the page's island so that locking and opening again keeps it. */
  lessonId: string;
  onLesson: (id: string) => void;
}

export default function RecordingTools({ db, strings, lessons, lessonId, onLesson }: Props) {
  const lesson = lessons.find((l) => l.id === lessonId);
  return (
    <section className="tutor-recordings">
      <p>{strings['tutor.rec.intro']}</p>
      {!canRecord() && <p role="alert">{strings['tutor.rec.noMicrophone']}</p>}
      <label>
        {strings['tutor.rec.lesson']}{' '}
        <select value={lessonId} onChange={(event) => onLesson(event.target.value)}>
          {lessons.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      {lesson && <LessonRecordings key={lesson.id} db={db} lesson={lesson} strings={strings} />}
      {lesson && <VoicePackSection db={db} lessons={lessons} lesson={lesson} strings={strings} />}
    </section>
  );
}

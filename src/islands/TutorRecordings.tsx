/**
 * The tutor's recordings page, behind the tutor PIN: pick a lesson, record each word and
 * example sentence in one's own voice. The recordings play everywhere on this computer in
 * place of the generated files. "Record a lesson" walks through every item in order.
 */
import { useState } from 'react';
import ExerciseBoundary from './ExerciseBoundary';
import TutorGate from './tutor/TutorGate';
import RecordingRow, { type RecordingItem } from './tutor/RecordingRow';
import VoicePackSection from './tutor/VoicePackSection';
import type { RecordingStrings } from './tutor/recording-strings';
import type { TutorStrings } from './tutor/strings';
import type { ZdraveiDb } from '../lib/store/db';
import { deleteRecording, recordingsOf, saveRecording } from '../lib/store/recordings';
import { canRecord } from '../lib/audio/recorder';
import { useLiveQuery } from './use-store';
import './learners.css';
import './tutor/tutor.css';
import './tutor/recordings.css';

export interface RecordingLesson {
  id: string;
  /** The lesson's track, for saving a whole track's voice pack. */
  track: string;
  title: string;
  items: RecordingItem[];
}

interface Props {
  strings: TutorStrings & RecordingStrings;
  lessons: RecordingLesson[];
}

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

export default function TutorRecordings({ strings, lessons }: Props) {
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  const lesson = lessons.find((l) => l.id === lessonId);
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>
        {(db) => (
          <section className="tutor-recordings">
            <p>{strings['tutor.rec.intro']}</p>
            {!canRecord() && <p role="alert">{strings['tutor.rec.noMicrophone']}</p>}
            <label>
              {strings['tutor.rec.lesson']}{' '}
              <select value={lessonId} onChange={(event) => setLessonId(event.target.value)}>
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
        )}
      </TutorGate>
    </ExerciseBoundary>
  );
}

/**
 * The tutor's recordings page, behind the tutor PIN: pick a lesson, record each word and
 * example sentence in one's own voice. The recordings play everywhere on this computer in
 * place of the generated files. "Record a lesson" walks through every item in order.
 * The tools (tutor/RecordingTools.tsx) load once the PIN is given.
 */
import { useState } from 'react';
import ExerciseBoundary from './ExerciseBoundary';
import { lazyPart } from './lazy-part';
import TutorGate from './tutor/TutorGate';
import type { RecordingItem } from './tutor/RecordingRow';
import type { RecordingStrings } from './tutor/recording-strings';
import type { TutorStrings } from './tutor/strings';
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

export interface TutorRecordingsProps {
  strings: TutorStrings & RecordingStrings;
  lessons: RecordingLesson[];
}

const RecordingTools = lazyPart(() => import('./tutor/RecordingTools'));

export default function TutorRecordings({ strings, lessons }: TutorRecordingsProps) {
  const [lessonId, setLessonId] = useState(lessons[0]?.id ?? '');
  return (
    <ExerciseBoundary message={strings['exercise.crashed']}>
      <TutorGate strings={strings}>
        {(db) => (
          <RecordingTools
            db={db}
            strings={strings}
            lessons={lessons}
            lessonId={lessonId}
            onLesson={setLessonId}
            fallback={<p>{strings['learners.loading']}</p>}
          />
        )}
      </TutorGate>
    </ExerciseBoundary>
  );
}

/**
 * Voice packs on the recordings page: save the recordings of this lesson, its track or all
 * lessons as one file, and load a pack made on another computer (checked whole first;
 * recordings of words this site no longer has are skipped, and the page says which).
 */
import { useState } from 'react';
import type { ZdraveiDb } from '../../lib/store/db';
import { checkVoicePack, exportVoicePack, importVoicePack } from '../../lib/store/voice-pack';
import { format } from '../../lib/i18n/format';
import { downloadJson, today } from './download';
import type { RecordingItem } from './RecordingRow';
import type { RecordingStrings } from './recording-strings';

export interface PackLesson {
  id: string;
  track: string;
  items: RecordingItem[];
}

interface Props {
  db: ZdraveiDb;
  lessons: PackLesson[];
  lesson: PackLesson;
  strings: RecordingStrings;
}

const textsOf = (lessons: PackLesson[]) => new Map(lessons.flatMap((l) => l.items.map((item) => [item.key, item.text] as const)));

export default function VoicePackSection({ db, lessons, lesson, strings }: Props) {
  const [message, setMessage] = useState<string>();
  const save = async (name: string, chosen: PackLesson[]) => {
    try {
      const pack = await exportVoicePack(db, textsOf(chosen));
      downloadJson(`zdravei-voices-${name.replaceAll('/', '-')}-${today()}.json`, pack);
      setMessage(format(strings['tutor.rec.saved'], { count: pack.recordings.length }));
    } catch {
      setMessage(strings['tutor.actionFailed']);
    }
  };
  const load = async (file: File) => {
    const checked = checkVoicePack(await file.text(), new Set(textsOf(lessons).keys()));
    if (!checked.ok) return setMessage(strings[`tutor.rec.pack.${checked.problem}`]);
    try {
      const count = await importVoicePack(db, checked.importable);
      const skipped = checked.skipped.length ? ` ${format(strings['tutor.rec.skipped'], { words: checked.skipped.join(', ') })}` : '';
      setMessage(format(strings['tutor.rec.loaded'], { count }) + skipped);
    } catch {
      setMessage(strings['tutor.actionFailed']);
    }
  };

  return (
    <section className="voice-packs">
      <h2>{strings['tutor.rec.packs']}</h2>
      <p>{strings['tutor.rec.packsIntro']}</p>
      <button type="button" className="button" onClick={() => void save(lesson.id, [lesson])}>
        {strings['tutor.rec.saveLesson']}
      </button>{' '}
      <button
        type="button"
        className="button"
        onClick={() =>
          void save(
            lesson.track,
            lessons.filter((l) => l.track === lesson.track),
          )
        }
      >
        {strings['tutor.rec.saveTrack']}
      </button>{' '}
      <button type="button" className="button" onClick={() => void save('all', lessons)}>
        {strings['tutor.rec.saveAll']}
      </button>{' '}
      <label className="button" htmlFor="voice-pack-file">
        {strings['tutor.rec.load']}
      </label>
      <input
        id="voice-pack-file"
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void load(file);
        }}
      />
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/**
 * The path builder behind the tutor PIN: saved paths, the ready-made ones, the path being
 * written and the catalogue to add from. A path from a file opens here, to be saved.
 */
import { useMemo, useReducer, useRef, useState } from 'react';
import type { LessonPath, ZdraveiDb } from '../../../lib/store/db';
import { listPaths, savePath } from '../../../lib/store/lesson-paths';
import { format, isolate } from '../../../lib/i18n/format';
import { lessonsById, type PathCatalogue, type ReadyPath } from '../../../lib/paths/catalogue';
import { draftProblems, draftReducer, emptyDraft, type Draft } from '../../../lib/paths/draft';
import { readPathFile } from '../../../lib/paths/path-file';
import { whenDone } from '../../when-done';
import { useLiveQuery } from '../../use-store';
import CatalogueBrowser from './CatalogueBrowser';
import DraftEditor from './DraftEditor';
import ReadyPaths from './ReadyPaths';
import SavedPaths from './SavedPaths';
import type { PathsStrings } from '../strings';

interface Props {
  db: ZdraveiDb;
  catalogue: PathCatalogue;
  strings: PathsStrings;
  linkPage: string;
}

export default function PathBuilder({ db, catalogue, strings, linkPage }: Props) {
  const paths = useLiveQuery(() => listPaths(db), [db]);
  const lessons = useMemo(() => lessonsById(catalogue.lessons), [catalogue]);
  const knownIds = useMemo(() => new Set(lessons.keys()), [lessons]);
  const [draft, dispatch] = useReducer(draftReducer, emptyDraft);
  const [message, setMessage] = useState<string>();
  const [announcement, announce] = useState('');
  const [focusLesson, setFocusLesson] = useState<string>();
  const [shown, setShown] = useState<string>();
  const builderHeading = useRef<HTMLHeadingElement>(null);
  const failed = () => setMessage(strings['tutor.actionFailed']);

  const load = (next: Draft, note?: string) => {
    dispatch({ type: 'load', draft: next });
    setMessage(note);
    builderHeading.current?.focus();
  };
  const startFrom = (ready: ReadyPath) =>
    load({ title: ready.title, description: ready.description, lessons: ready.lessons, basedOn: ready.id });
  const edit = (path: LessonPath) =>
    load({
      id: path.id,
      title: path.title,
      description: path.description ?? '',
      lessons: path.lessons,
      ...(path.basedOn ? { basedOn: path.basedOn } : {}),
    });
  const save = async () => {
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      setMessage(problems.map((problem) => strings[problem === 'no-title' ? 'paths.noTitle' : 'paths.noLessons']).join(' '));
      return;
    }
    const saved = await savePath(db, {
      ...(draft.id ? { id: draft.id } : {}),
      title: draft.title.trim(),
      ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
      lessons: draft.lessons,
      ...(draft.basedOn ? { basedOn: draft.basedOn } : {}),
    });
    dispatch({ type: 'load', draft: { ...draft, id: saved.id } });
    setShown(saved.id);
    setMessage(format(strings['paths.savedMessage'], { name: isolate(saved.title) }));
  };
  const openFile = async (file: File) => {
    const read = readPathFile(await file.text(), knownIds);
    if (!read.ok) return setMessage(strings[`paths.file.${read.error}`]);
    const missing = read.missing.length > 0 ? ` ${format(strings['paths.missing'], { ids: read.missing.join(', ') })}` : '';
    load(
      { title: read.path.name, description: read.path.description ?? '', lessons: read.path.lessons },
      format(strings['paths.fileLoaded'], { name: isolate(read.path.name) }) + missing,
    );
  };

  if (!paths) return <p>{strings['learners.loading']}</p>;
  return (
    <div className="paths">
      <p>{strings['paths.intro']}</p>
      {message && (
        <p className="tutor__message" role="status">
          {message}
        </p>
      )}
      <SavedPaths
        db={db}
        paths={paths}
        strings={strings}
        linkPage={linkPage}
        onEdit={edit}
        onMessage={setMessage}
        shown={shown}
        setShown={setShown}
      />
      <ReadyPaths ready={catalogue.ready} onStart={startFrom} strings={strings} />
      <section aria-labelledby="paths-builder" className="paths__builder">
        <h2 id="paths-builder" ref={builderHeading} tabIndex={-1}>
          {draft.id ? format(strings['paths.editing'], { name: isolate(draft.title) }) : strings['paths.builder']}
        </h2>
        <DraftEditor
          draft={draft}
          dispatch={dispatch}
          lessons={lessons}
          strings={strings}
          announcement={announcement}
          announce={announce}
          focusLesson={focusLesson}
          setFocusLesson={setFocusLesson}
        />
        <div className="paths__actions">
          <button type="button" className="button primary" onClick={whenDone(save, failed)}>
            {strings['paths.save']}
          </button>
          <button type="button" className="button" onClick={() => load(emptyDraft)}>
            {strings['paths.new']}
          </button>
          <label className="button" htmlFor="path-file">
            {strings['paths.openFile']}
          </label>
          <input
            id="path-file"
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) whenDone(openFile, failed)(file);
            }}
          />
        </div>
      </section>
      <CatalogueBrowser
        catalogue={catalogue}
        inPath={new Set(draft.lessons)}
        strings={strings}
        onAdd={(lesson) => {
          dispatch({ type: 'add', lessonId: lesson.id });
          announce(
            format(
              strings['paths.added'],
              { title: isolate(lesson.title), position: draft.lessons.length + 1, count: draft.lessons.length + 1 },
              strings.locale,
            ),
          );
        }}
      />
    </div>
  );
}

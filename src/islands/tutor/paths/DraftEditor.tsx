/**
 * The path being written: its name, description and lessons in order. Each lesson moves
 * with Up and Down buttons, or from its handle with the arrow keys, Home and End
 * (lib/paths/draft.ts); every move, addition and removal is announced in a live region.
 */
import { useEffect, useId, useRef, type Dispatch, type KeyboardEvent } from 'react';
import { format, isolate } from '../../../lib/i18n/format';
import { moveTarget, type Draft, type DraftAction } from '../../../lib/paths/draft';
import type { CatalogueLesson } from '../../../lib/paths/catalogue';
import LessonLabel from './LessonLabel';
import type { PathsStrings } from '../strings';

interface Props {
  draft: Draft;
  dispatch: Dispatch<DraftAction>;
  lessons: ReadonlyMap<string, CatalogueLesson>;
  strings: PathsStrings;
  /** What the live region says: the last move, addition or removal. */
  announcement: string;
  announce: (message: string) => void;
  /** The lesson whose handle takes the focus after a move by keyboard. */
  focusLesson: string | undefined;
  setFocusLesson: (lessonId: string | undefined) => void;
}

export default function DraftEditor({ draft, dispatch, lessons, strings, announcement, announce, focusLesson, setFocusLesson }: Props) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const titleOf = (lessonId: string) => isolate(lessons.get(lessonId)?.title ?? lessonId);
  const count = draft.lessons.length;

  // Moving a row re-inserts its element, which loses the focus: give it back to the handle.
  useEffect(() => {
    if (!focusLesson) return;
    list.current?.querySelector<HTMLElement>(`[data-handle="${CSS.escape(focusLesson)}"]`)?.focus();
  }, [draft.lessons, focusLesson]);

  const move = (from: number, to: number, byKey: boolean) => {
    const lessonId = draft.lessons[from];
    if (lessonId === undefined) return;
    dispatch({ type: 'move', from, to });
    setFocusLesson(byKey ? lessonId : undefined);
    announce(format(strings['paths.moved'], { title: titleOf(lessonId), position: to + 1, count }, strings.locale));
  };
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = moveTarget(event.key, index, count);
    if (to === undefined) return;
    event.preventDefault();
    move(index, to, true);
  };

  return (
    <div className="paths__draft">
      <label htmlFor={`${id}-name`}>{strings['paths.name']}</label>
      <input
        id={`${id}-name`}
        className="paths__input"
        value={draft.title}
        onChange={(e) => dispatch({ type: 'title', value: e.target.value })}
      />
      <label htmlFor={`${id}-description`}>{strings['paths.description']}</label>
      <textarea
        id={`${id}-description`}
        className="paths__input"
        rows={3}
        value={draft.description}
        onChange={(e) => dispatch({ type: 'description', value: e.target.value })}
      />
      <h3 id={`${id}-lessons`}>{strings['paths.inPath']}</h3>
      <p className="tutor__note" id={`${id}-help`}>
        {strings['paths.reorderHelp']}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {count === 0 ? (
        <p>{strings['paths.empty']}</p>
      ) : (
        <ol className="paths__list" ref={list} aria-labelledby={`${id}-lessons`}>
          {draft.lessons.map((lessonId, index) => {
            const lesson = lessons.get(lessonId);
            const title = titleOf(lessonId);
            return (
              <li key={lessonId} className="paths__row">
                <button
                  type="button"
                  className="button paths__handle"
                  data-handle={lessonId}
                  aria-label={format(strings['paths.handle'], { title, position: index + 1, count }, strings.locale)}
                  aria-describedby={`${id}-help`}
                  onKeyDown={(event) => onHandleKey(event, index)}
                >
                  ⇅
                </button>
                <span className="paths__position">{index + 1}.</span>
                {lesson ? <LessonLabel lesson={lesson} locale={strings.locale} /> : <code className="paths__titles">{lessonId}</code>}
                <span className="paths__actions">
                  <button
                    type="button"
                    className="button"
                    disabled={index === 0}
                    aria-label={format(strings['paths.moveUp'], { title })}
                    onClick={() => move(index, index - 1, false)}
                  >
                    {strings['paths.up']}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={index === count - 1}
                    aria-label={format(strings['paths.moveDown'], { title })}
                    onClick={() => move(index, index + 1, false)}
                  >
                    {strings['paths.down']}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={format(strings['paths.removeLesson'], { title })}
                    onClick={() => {
                      dispatch({ type: 'remove', lessonId });
                      announce(format(strings['paths.removed'], { title }));
                    }}
                  >
                    {strings['paths.remove']}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

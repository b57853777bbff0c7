/** The catalogue to add lessons from, track by track with their pictures: filtered by track and level, or searched by title (lib/paths/catalogue.ts). */
import { useDeferredValue, useId, useState } from 'react';
import { format } from '../../../lib/i18n/format';
import { filterLessons, type CatalogueLesson, type PathCatalogue } from '../../../lib/paths/catalogue';
import LessonLabel from './LessonLabel';
import type { PathsStrings } from '../strings';

interface Props {
  catalogue: PathCatalogue;
  /** The lessons already in the path. */
  inPath: ReadonlySet<string>;
  onAdd: (lesson: CatalogueLesson) => void;
  strings: PathsStrings;
}

export default function CatalogueBrowser({ catalogue, inPath, onAdd, strings }: Props) {
  const id = useId();
  const [track, setTrack] = useState('');
  const [level, setLevel] = useState('');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const found = filterLessons(catalogue.lessons, { track, level, query: deferredQuery });
  return (
    <section aria-labelledby={`${id}-title`} className="paths__catalogue">
      <h2 id={`${id}-title`}>{strings['paths.catalogue']}</h2>
      <div className="paths__filters">
        <label>
          {strings['paths.track']}
          <select value={track} onChange={(e) => setTrack(e.target.value)}>
            <option value="">{strings['paths.allTracks']}</option>
            {catalogue.tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings['paths.level']}
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">{strings['paths.allLevels']}</option>
            {catalogue.levels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="paths__search">
          {strings['paths.search']}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <p role="status">{format(strings['paths.results'], { count: found.length }, strings.locale)}</p>
      {catalogue.tracks.map((t) => {
        const lessons = found.filter((lesson) => lesson.track === t.id);
        if (lessons.length === 0) return null;
        return (
          <div key={t.id}>
            <h3 className="paths__track">
              <img src={t.picture} alt="" width="40" height="40" />
              {t.title}
            </h3>
            <ul className="paths__list">
              {lessons.map((lesson) => {
                const added = inPath.has(lesson.id);
                return (
                  <li key={lesson.id} className="paths__row">
                    <LessonLabel lesson={lesson} locale={strings.locale} />
                    <span className="paths__level">{format(strings['catalogue.level'], { level: lesson.level })}</span>
                    <button
                      type="button"
                      className="button"
                      disabled={added}
                      aria-label={added ? undefined : format(strings['paths.addLesson'], { title: lesson.title })}
                      onClick={() => onAdd(lesson)}
                    >
                      {added ? strings['paths.inPathMark'] : strings['paths.add']}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

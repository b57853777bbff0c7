/**
 * The island of /<locale>/path/: the path a link carries in its fragment (`#path=v1.…`),
 * read with lib/paths/path-code.ts. Nothing in it is trusted: a damaged or hostile link
 * shows why and changes nothing. The path shows with its lessons' pictures, and the lessons
 * this site no longer has by id; the tutor PIN opens saving and giving it.
 */
import { useEffect, useMemo, useState } from 'react';
import { format } from '../../../lib/i18n/format';
import { lessonsById, type PathCatalogue } from '../../../lib/paths/catalogue';
import { codeInFragment, decodePath, type DecodedPath } from '../../../lib/paths/path-code';
import ExerciseBoundary from '../../ExerciseBoundary';
import LessonLabel from './LessonLabel';
import TutorGate from '../TutorGate';
import { lazyPart } from '../../lazy-part';
import type { PathsStrings } from '../strings';
import '../../learners.css';
import '../tutor.css';
import './paths.css';

/** Saving and giving the path: its code loads once the PIN is given. */
const KeepSharedPath = lazyPart(() => import('./KeepSharedPath'));

interface Props {
  strings: PathsStrings;
  catalogue: PathCatalogue;
  /** The lesson paths page of this locale. */
  builderPage: string;
}

/** A calendar day (YYYY-MM-DD) in the help language's words. */
function longDay(day: string, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function useFragmentPath(knownIds: ReadonlySet<string>): DecodedPath | 'none' | undefined {
  const [hash, setHash] = useState<string>();
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    // Opening another link in the same tab changes only the fragment: no new page loads.
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return useMemo(() => {
    if (hash === undefined) return undefined;
    const code = codeInFragment(hash);
    return code === undefined ? 'none' : decodePath(code, knownIds);
  }, [hash, knownIds]);
}

function SharedPathView({ strings, catalogue, builderPage }: Props) {
  const lessons = useMemo(() => lessonsById(catalogue.lessons), [catalogue]);
  const knownIds = useMemo(() => new Set(lessons.keys()), [lessons]);
  const decoded = useFragmentPath(knownIds);
  if (decoded === undefined) return <p>{strings['learners.loading']}</p>;
  const allPaths = (
    <p>
      <a href={builderPage}>{strings['pathLink.allPaths']}</a>
    </p>
  );
  if (decoded === 'none' || !decoded.ok)
    return (
      <>
        <p role="alert" className="paths__refused">
          {decoded === 'none' ? strings['pathLink.none'] : strings[`pathLink.error.${decoded.error}`]}
        </p>
        {allPaths}
      </>
    );
  const { path, missing } = decoded;
  return (
    <>
      <p>{strings['pathLink.intro']}</p>
      <article className="paths__shared" aria-labelledby="shared-path-name">
        <h2 id="shared-path-name">
          <bdi>{path.name}</bdi>
        </h2>
        {path.description && <p>{path.description}</p>}
        {path.by && <p>{format(strings['pathLink.by'], { date: longDay(path.by, strings.locale) })}</p>}
        <p className="tutor__note">{format(strings['paths.lessonCount'], { count: path.lessons.length }, strings.locale)}</p>
        <ol className="paths__list">
          {path.lessons.map((id) => (
            <li key={id} className="paths__row">
              <LessonLabel lesson={lessons.get(id)!} locale={strings.locale} />
            </li>
          ))}
        </ol>
        {missing.length > 0 && (
          <p role="status" className="paths__missing">
            {format(strings['paths.missing'], { ids: missing.join(', ') })}
          </p>
        )}
      </article>
      {path.lessons.length > 0 && (
        <section aria-labelledby="keep-path">
          <h2 id="keep-path">{strings['pathLink.keep']}</h2>
          <p>{strings['pathLink.keepIntro']}</p>
          <TutorGate strings={strings}>
            {(db) => <KeepSharedPath db={db} path={path} strings={strings} fallback={<p>{strings['learners.loading']}</p>} />}
          </TutorGate>
        </section>
      )}
      {allPaths}
    </>
  );
}

export default function PathLinkPage(props: Props) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <SharedPathView {...props} />
    </ExerciseBoundary>
  );
}

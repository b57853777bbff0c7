/**
 * A child's own page: their lesson path as pictures, with one big button to the next
 * lesson, stars, stickers from completed lessons, days practised in a row, and words due
 * for review. The path is the one a tutor assigned (pathForLearner: their own, else their
 * group's, else everyone's), else the default path the page gives.
 *
 * The home is read with the browser's own IndexedDB API (readHomeRaw), so it shows without
 * the store's code (Dexie), and again whenever the page is shown again. With no database
 * yet, or storage unusable, the store opens at once and the home follows it, as before.
 */
import { openmojiUrl, pictureUrl, routes } from '../lib/routes';
import type { Locale } from '../lib/i18n/locales';
import { formatDay } from '../lib/i18n/calendar-day';
import './child-home.css';
import { homeData } from '../lib/store/child-home-data';
import { readHomeRaw } from '../lib/store/learner-reads-raw';
import { stickersFor } from '../lib/learner-pictures';
import { nextLessonIndex } from '../lib/exercises/path-progress';
import { format } from '../lib/i18n/format';
import ExerciseBoundary from './ExerciseBoundary';
import StorageNotice from './StorageNotice';
import { useSessionEnded } from './use-session-ended';
import { useEffect } from 'react';
import { LoadFailed } from './lazy-part';
import { useLazyStore, useLiveRead, useRawRead } from './lazy-store';
import type { LearnerFaceStrings } from './LearnerFace';
import { learnerLabel } from '../lib/learner-pictures';
import './learners.css';

export interface ChildHomeStrings extends LearnerFaceStrings {
  /** The page's locale: numbers follow it. */
  locale?: string;
  'me.title': string;
  'me.path': string;
  'me.next': string;
  'me.by': string;
  'me.done': string;
  'me.stars': string;
  'me.streak': string;
  'me.due': string;
  'me.review': string;
  'me.stickers': string;
  'me.noStickers': string;
  'me.noLearner': string;
  'progress.chooseLearner': string;
  'learners.loading': string;
  'storage.memory': string;
  'exercise.crashed': string;
}

/** A lesson as the home shows it; every lesson of the locale is given, so any assigned path can be shown. */
export interface CatalogueLesson {
  title: string;
  /** The Bulgarian title, shown under the help-language one; absent on Bulgarian pages. */
  titleBg?: string;
  /** OpenMoji code or picture path. */
  picture: string;
}

interface Props {
  strings: ChildHomeStrings;
  locale: Locale;
  /** Every lesson of this locale by id (`track/slug`). */
  catalogue: Record<string, CatalogueLesson>;
  /** The path a child follows when nothing is assigned (content/paths/first-steps.yaml). */
  defaultPath: { title: string; lessons: readonly string[] };
  /**
   * The ready-made paths' titles by id: in this language, and in all of them. A tutor's copy
   * of one still under its ready-made title (in the tutor's language) shows in the child's.
   */
  readyTitles?: Record<string, { title: string; all: readonly string[] }>;
  learnersUrl: string;
  reviewUrl: string;
}

function Home({ strings, locale, catalogue, defaultPath, readyTitles = {}, learnersUrl, reviewUrl }: Props) {
  const { opened, failed, load } = useLazyStore();
  const read = useRawRead(readHomeRaw);
  useEffect(() => {
    if (read === null) void load().catch(() => undefined);
  }, [read, load]);
  const stored = useLiveRead(opened, homeData, []);
  const data = stored !== undefined ? stored : read ? read.data : undefined;
  const ended = useSessionEnded();

  if (failed) return <LoadFailed />;
  if (data === undefined) return <p>{strings['learners.loading']}</p>;
  // Once the session ends, this page no longer shows the child: the next one chooses.
  if (data === null || ended) {
    return (
      <>
        <StorageNotice kind={opened?.kind} message={strings['storage.memory']} />
        <p>
          {strings['me.noLearner']} <a href={learnersUrl}>{strings['progress.chooseLearner']}</a>
        </p>
      </>
    );
  }

  const path = data.assigned?.path ?? defaultPath;
  const ready = data.assigned?.path.basedOn === undefined ? undefined : readyTitles[data.assigned.path.basedOn];
  const title = ready?.all.includes(path.title) ? ready.title : path.title;
  // A lesson no longer on this site (an old path) is left out rather than shown broken.
  const lessons = path.lessons.filter((id) => id in catalogue).map((id) => ({ id, ...catalogue[id]!, url: routes.lesson(locale, id) }));
  const byLesson = new Map(data.progress.map((p) => [p.lessonId, p]));
  const next = nextLessonIndex(
    lessons.map((l) => l.id),
    (id) => byLesson.get(id)?.status === 'completed',
  );
  const stars = data.progress.reduce((sum, p) => sum + p.stars, 0);
  const completed = data.progress.filter((p) => p.status === 'completed').length;

  return (
    <div className="child-home">
      <StorageNotice kind={opened?.kind} message={strings['storage.memory']} />
      <p className="child-home__title">
        <img src={openmojiUrl(data.profile.picture)} alt="" width="72" height="72" />
        <span>
          {/* The name isolated in its own direction: an Arabic name in a Latin sentence, or the reverse. */}
          {/* A child without a name is greeted by their picture. */}
          {strings['me.title']
            .split('{name}')
            .map((part, i) =>
              i === 0
                ? part
                : [
                    data.profile.name ? (
                      <bdi key={i}>{data.profile.name}</bdi>
                    ) : (
                      <img
                        key={i}
                        src={openmojiUrl(data.profile.picture)}
                        alt={learnerLabel(data.profile, strings)}
                        width="48"
                        height="48"
                      />
                    ),
                    part,
                  ],
            )}
        </span>
      </p>
      <ul className="child-home__facts">
        <li>
          <span aria-hidden="true">★</span> {format(strings['me.stars'], { count: stars }, strings.locale)}
        </li>
        <li>
          <img src={openmojiUrl('1F525')} alt="" width="32" height="32" />{' '}
          {format(strings['me.streak'], { count: data.streak }, strings.locale)}
        </li>
        <li>
          <img src={openmojiUrl('1F501')} alt="" width="32" height="32" /> {format(strings['me.due'], { count: data.due }, strings.locale)}{' '}
          {data.due > 0 && (
            <a className="button primary" href={reviewUrl}>
              {strings['me.review']}
            </a>
          )}
        </li>
      </ul>

      <section aria-labelledby="my-path">
        <h2 id="my-path">
          {strings['me.path']}: <bdi>{title}</bdi>
        </h2>
        {data.assigned?.by && <p className="child-home__by">{format(strings['me.by'], { date: formatDay(data.assigned.by, locale) })}</p>}
        {lessons[next] && (
          <a className="button primary child-home__next" href={lessons[next].url}>
            <img src={pictureUrl(lessons[next].picture)} alt="" width="56" height="56" />
            <span>
              {strings['me.next']}: {lessons[next].title}
            </span>
          </a>
        )}
        <ol className="child-home__path">
          {lessons.map((lesson, i) => {
            const progress = byLesson.get(lesson.id);
            const isNext = i === next;
            return (
              <li key={lesson.id} className={isNext ? 'is-next' : progress?.status === 'completed' ? 'is-done' : undefined}>
                <img className="child-home__picture" src={pictureUrl(lesson.picture)} alt="" width="56" height="56" />
                <a href={lesson.url} aria-current={isNext ? 'step' : undefined}>
                  <span className="child-home__lesson">{lesson.title}</span>
                  {lesson.titleBg && (
                    <span className="child-home__lesson-bg" lang="bg" dir="ltr">
                      {lesson.titleBg}
                    </span>
                  )}
                </a>
                {isNext && <span className="child-home__badge">{strings['me.next']}</span>}
                {progress?.status === 'completed' && (
                  <span
                    className="child-home__badge"
                    aria-label={`${strings['me.done']}: ${format(strings['me.stars'], { count: progress.stars }, strings.locale)}`}
                  >
                    {'★'.repeat(progress.stars)}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="my-stickers">
        <h2 id="my-stickers">{strings['me.stickers']}</h2>
        {completed === 0 ? (
          <p>{strings['me.noStickers']}</p>
        ) : (
          <ul className="child-home__stickers">
            {stickersFor(completed).map((code, i) => (
              <li key={`${code}-${i}`}>
                <img src={openmojiUrl(code)} alt="" width="64" height="64" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export default function ChildHome(props: Props) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Home {...props} />
    </ExerciseBoundary>
  );
}

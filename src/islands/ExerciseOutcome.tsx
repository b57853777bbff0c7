/**
 * What a child sees when an exercise ends: the stars, and in calm words why progress
 * was not kept when it was not (nobody chosen, storage unavailable, a failed write).
 */
import type { Outcome } from '../lib/store/exercise-report';
import { format } from '../lib/i18n/format';

export interface OutcomeStrings {
  /** The page's locale: numbers follow it. */
  locale?: string;
  'progress.stars': string;
  'progress.noLearner': string;
  'progress.chooseLearner': string;
  'progress.memory': string;
  'progress.failed': string;
}

interface Props {
  /** Stars for this exercise, 1 to 3. */
  stars: 1 | 2 | 3;
  outcome: Outcome | undefined;
  strings: OutcomeStrings;
  /** The "Who is learning?" page of this locale. */
  learnersUrl: string;
}

export default function ExerciseOutcome({ stars, outcome, strings, learnersUrl }: Props) {
  return (
    <div className="exercise-outcome">
      <p className="exercise-outcome__stars" aria-label={format(strings['progress.stars'], { stars }, strings.locale)}>
        {[1, 2, 3].map((n) => (
          <span key={n} aria-hidden="true" className={n <= stars ? 'star is-earned' : 'star'}>
            ★
          </span>
        ))}
      </p>
      {outcome?.reason === 'no-learner' && (
        <p className="exercise-outcome__note">
          {strings['progress.noLearner']}{' '}
          <a href={`${learnersUrl}?next=${encodeURIComponent(window.location.pathname)}`}>{strings['progress.chooseLearner']}</a>
        </p>
      )}
      {outcome?.reason === 'memory' && <p className="exercise-outcome__note">{strings['progress.memory']}</p>}
      {outcome?.reason === 'failed' && <p className="exercise-outcome__note">{strings['progress.failed']}</p>}
    </div>
  );
}

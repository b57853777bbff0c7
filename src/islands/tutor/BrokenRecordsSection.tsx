/**
 * Learner records on this computer that are malformed (an old bug, a hand-edited
 * database): no child can choose them, so the tutor sees each one here with a way to
 * remove it. Shown only when there is one.
 */
import type { ZdraveiDb } from '../../lib/store/db';
import { format, isolate } from '../../lib/i18n/format';
import { brokenProfiles, deleteProfile } from '../../lib/store/profiles';
import { useLiveQuery } from '../use-store';

export interface BrokenRecordsStrings {
  'tutor.broken': string;
  'tutor.brokenIntro': string;
  'tutor.brokenItem': string;
  'tutor.remove': string;
  'tutor.removeConfirm': string;
}

export default function BrokenRecordsSection({ db, strings }: { db: ZdraveiDb; strings: BrokenRecordsStrings }) {
  const broken = useLiveQuery(() => brokenProfiles(db), [db]);
  if (!broken?.length) return null;
  return (
    <section aria-labelledby="tutor-broken">
      <h2 id="tutor-broken">{strings['tutor.broken']}</h2>
      <p>{strings['tutor.brokenIntro']}</p>
      <ul className="tutor__learners">
        {broken.map(({ key, field }) => (
          <li key={JSON.stringify(key)}>
            <span className="tutor__name">{format(strings['tutor.brokenItem'], { key: isolate(JSON.stringify(key)), field })}</span>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (window.confirm(strings['tutor.removeConfirm'])) void deleteProfile(db, key);
              }}
            >
              {strings['tutor.remove']}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

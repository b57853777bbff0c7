/**
 * The tutor's notice of children waiting after too many wrong secret pictures ("Omar: too
 * many wrong pictures, waiting"; a child without a name is called by their picture). Checked again every few seconds, as waits run out.
 */
import { useEffect, useState } from 'react';
import { learnersWaiting } from '../lib/store/picture-waits';
import { useLiveQuery, useStore } from './use-store';
import { learnerLabel } from '../lib/learner-pictures';
import type { LearnerFaceStrings } from './LearnerFace';

export type PasswordWaitsStrings = LearnerFaceStrings & {
  'password.tutorWaiting': string;
};

const recheckEvery = 5_000;

export default function PasswordWaits({ strings }: { strings: PasswordWaitsStrings }) {
  const db = useStore()?.db;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), recheckEvery);
    return () => clearInterval(timer);
  }, []);
  const waiting = useLiveQuery(() => (db ? learnersWaiting(db, now) : []), [db, now]);
  if (!waiting?.length) return null;
  const [before = '', after = ''] = strings['password.tutorWaiting'].split('{name}');
  return (
    <ul className="password-waits" role="status">
      {waiting.map((profile) => (
        <li key={profile.id}>
          {before}
          <bdi>{learnerLabel(profile, strings)}</bdi>
          {after}
        </li>
      ))}
    </ul>
  );
}

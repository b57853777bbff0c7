/**
 * What a child's home shows (islands/ChildHome.tsx): who is learning, their lesson progress,
 * days practised in a row, words due, and their assigned path. Read from the store here;
 * learner-reads-raw.ts reads the same without Dexie, so the home shows before its code loads.
 */
import type { LessonProgress, Profile, ZdraveiDb } from './db';
import { pathForLearner, type LearnerPath } from './assignments';
import { checkedLessonProgress } from './checked-reads';
import { countDueWords } from './due-words';
import { getProfile } from './profiles';
import { practiceStreak } from './progress-reads';
import { activeLearner } from './session';

export interface HomeData {
  profile: Profile;
  progress: LessonProgress[];
  streak: number;
  due: number;
  assigned: LearnerPath | undefined;
}

/** The home of the child learning now; null when nobody is (or their profile is gone or malformed). */
export async function homeData(db: ZdraveiDb, now = Date.now()): Promise<HomeData | null> {
  const profileId = await activeLearner(db, now);
  if (!profileId) return null;
  const [profile, progress, streak, due, assigned] = await Promise.all([
    getProfile(db, profileId),
    checkedLessonProgress(db, profileId),
    practiceStreak(db, profileId, now),
    countDueWords(db, profileId, now),
    pathForLearner(db, profileId),
  ]);
  return profile ? { profile, progress, streak, due, assigned } : null;
}

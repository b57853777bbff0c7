/**
 * The current learner's picture and name in the header of every page, in a few lines of
 * plain script instead of React and Dexie (pages without exercises ship almost no
 * JavaScript). When nobody is learning, or the tutor's time-out has passed, the badge
 * simply stays as the "Who is learning?" link.
 */
import { openmojiUrl } from '../routes';
import { readActiveLearner } from '../store/active-learner-raw';

/** Fills the header badge: picture and name as text, linking to the child's page. */
export async function showLearnerBadge(root: Document, now = Date.now()): Promise<void> {
  const badge = root.querySelector<HTMLElement>('[data-learner-badge]');
  if (!badge || typeof indexedDB === 'undefined') return;
  const learner = await readActiveLearner(now);
  if (!learner) return;
  const link = badge.querySelector<HTMLAnchorElement>('[data-learner-home]');
  const picture = badge.querySelector<HTMLImageElement>('img');
  const label = badge.querySelector<HTMLElement>('[data-learner-name]');
  if (!link || !picture || !label) return;
  picture.src = openmojiUrl(learner.picture);
  label.textContent = learner.name;
  badge.hidden = false;
}

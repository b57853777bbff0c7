/**
 * The current learner's picture, colour and name in the header of every page (a child
 * without a name: the picture alone, its alt text "child with the fox picture" from the
 * badge's data-unnamed, which SiteHeader.astro writes), in a few lines of
 * plain script instead of React and Dexie (pages without exercises ship almost no
 * JavaScript). The badge shows a child only while their session lives: it clears when
 * "Switch learner" ends it in any tab, and when the tutor's time-out passes while the
 * page is open (then the header asks the next child to choose).
 */
import { openmojiUrl } from '../routes';
import { colourValue } from '../learner-colours';
import { endSessionRaw, readActiveLearner } from '../store/active-learner-raw';
import { cameFromSwitch, openSessionChannel, signalSessionEnded, switchMarker, type SessionEndReason } from './session-channel';

/** The longest single wait: a browser's timer overflows past about 24 days. */
const longestTimer = 2 ** 31 - 1;

function clearBadge(root: Document, reason: SessionEndReason | undefined): void {
  const badge = root.querySelector<HTMLElement>('[data-learner-badge]');
  if (badge) badge.hidden = true;
  // The name leaves the page, not only the view.
  const label = root.querySelector('[data-learner-name]');
  if (label) label.textContent = '';
  badge?.querySelector('img')?.setAttribute('alt', '');
  const ended = root.querySelector<HTMLElement>('[data-session-ended]');
  if (ended) ended.hidden = reason !== 'timed-out';
}

/** "child with the fox picture" in the page's language, as the header wrote it on the badge for each picture. */
function unnamedLabel(badge: HTMLElement, picture: string): string {
  try {
    return (JSON.parse(badge.dataset.unnamed ?? '{}') as Record<string, string>)[picture] ?? '';
  } catch {
    // A header without the labels still shows the picture.
    return '';
  }
}

/** Fills the header badge once: picture, colour and name as text. Returns when the session runs out. */
async function fillBadge(root: Document, now: number): Promise<number | undefined> {
  const badge = root.querySelector<HTMLElement>('[data-learner-badge]');
  if (!badge || typeof indexedDB === 'undefined') return undefined;
  const learner = await readActiveLearner(now);
  const picture = badge.querySelector<HTMLImageElement>('img');
  const label = badge.querySelector<HTMLElement>('[data-learner-name]');
  if (!learner || !picture || !label) {
    clearBadge(root, undefined);
    return undefined;
  }
  picture.src = openmojiUrl(learner.picture);
  // Named: the picture is decoration beside the name. Unnamed: the picture is the name.
  picture.alt = learner.name ? '' : unnamedLabel(badge, learner.picture);
  const colour = colourValue(learner.colour);
  if (colour) badge.style.setProperty('--learner-colour', colour);
  else badge.style.removeProperty('--learner-colour');
  label.textContent = learner.name;
  badge.hidden = false;
  return learner.endsAt;
}

/**
 * The header's whole job: ends the session when the page came from "Switch learner",
 * shows the badge, and keeps it true while the page stays open. Tests pass a fake clock
 * and stop the watch with the function it returns.
 */
export async function showLearnerBadge(root: Document, now: () => number = Date.now): Promise<() => void> {
  const view = root.defaultView;
  if (!view) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;

  const end = (reason: SessionEndReason) => {
    clearTimeout(timer);
    shown = false;
    clearBadge(root, reason);
    signalSessionEnded(view, reason);
  };

  // Another child's activity may have moved the time-out on: read again before clearing.
  const refresh = async () => {
    clearTimeout(timer);
    const endsAt = await fillBadge(root, now());
    if (endsAt === undefined) {
      if (shown) {
        end('timed-out');
        channel.announce('timed-out');
      }
      return;
    }
    shown = true;
    timer = setTimeout(() => void refresh(), Math.min(endsAt - now() + 1_000, longestTimer));
  };

  const channel = openSessionChannel(end);
  if (cameFromSwitch(view.location.search)) {
    await endSessionRaw();
    channel.announce('switched');
    const url = new URL(view.location.href);
    url.searchParams.delete(switchMarker);
    view.history.replaceState(view.history.state, '', url);
  }
  // A tab in the background may have slept through its timer.
  const wake = () => {
    if (view.document.visibilityState === 'visible' && shown) void refresh();
  };
  view.document.addEventListener('visibilitychange', wake);
  await refresh();
  return () => {
    clearTimeout(timer);
    channel.close();
    view.document.removeEventListener('visibilitychange', wake);
  };
}

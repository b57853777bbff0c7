import { afterEach, expect, it, vi } from 'vitest';
import {
  cameFromSwitch,
  openSessionChannel,
  sessionChannelName,
  sessionEndedEvent,
  signalSessionEnded,
  type SessionChannel,
  type SessionEndReason,
} from '../../src/lib/browser/session-channel';

const open: SessionChannel[] = [];
afterEach(() => open.splice(0).forEach((channel) => channel.close()));

/** One open tab: its channel, and the next reason it hears. */
function tab(listener: (reason: SessionEndReason) => void = () => undefined) {
  const channel = openSessionChannel(listener);
  open.push(channel);
  return channel;
}

function nextHeard(): Promise<SessionEndReason> {
  return new Promise((resolve) => tab(resolve));
}

it('knows the address "Switch learner" opens, and no other', () => {
  expect(cameFromSwitch('?switch')).toBe(true);
  expect(cameFromSwitch('?next=%2Fen%2Fme%2F&switch=')).toBe(true);
  expect(cameFromSwitch('')).toBe(false);
  expect(cameFromSwitch('?next=%2Fen%2F%3Fswitch')).toBe(false);
});

it('tells the other tabs why the session ended, and not the tab that said it', async () => {
  const itself = vi.fn();
  const speaker = tab(itself);
  const heard = nextHeard();
  speaker.announce('switched');
  expect(await heard).toBe('switched');
  const again = nextHeard();
  speaker.announce('timed-out');
  expect(await again).toBe('timed-out');
  expect(itself).not.toHaveBeenCalled();
});

it('ignores other messages on the channel', async () => {
  const listener = vi.fn();
  tab(listener);
  const heard = nextHeard();
  const stranger = new BroadcastChannel(sessionChannelName);
  stranger.postMessage({ type: 'session-ended', reason: 'because' });
  stranger.postMessage('session-ended');
  stranger.close();
  tab().announce('switched');
  await heard;
  expect(listener.mock.calls).toEqual([['switched']]);
});

it('stops hearing once closed', async () => {
  const listener = vi.fn();
  tab(listener).close();
  const heard = nextHeard();
  tab().announce('switched');
  await heard;
  expect(listener).not.toHaveBeenCalled();
});

it("tells this page's islands with a window event", () => {
  const target = new EventTarget();
  const reasons: unknown[] = [];
  target.addEventListener(sessionEndedEvent, (event) => reasons.push((event as CustomEvent).detail));
  signalSessionEnded(target, 'timed-out');
  expect(reasons).toEqual(['timed-out']);
});

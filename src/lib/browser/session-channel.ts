/**
 * Tells every open tab of this site that the learner's session ended ("Switch learner" in
 * one tab, or the time-out), so no tab keeps showing the previous child. Plain script: the
 * header uses it on every page; islands hear it through a window event on their own page.
 */

/** The BroadcastChannel all tabs of this site listen on. */
export const sessionChannelName = 'zdravei-session';

/** The window event the header fires on its own page when the session ends there. */
export const sessionEndedEvent = 'zdravei:session-ended';

/** Why a session ended: a child chose "Switch learner", or nobody did anything for too long. */
export type SessionEndReason = 'switched' | 'timed-out';

interface SessionMessage {
  type: 'session-ended';
  reason: SessionEndReason;
}

/** The query parameter "Switch learner" adds: the learners page ends the session when it sees it. */
export const switchMarker = 'switch';

/** True when this address came from the header's "Switch learner" link. */
export function cameFromSwitch(search: string): boolean {
  return new URLSearchParams(search).has(switchMarker);
}

function isSessionMessage(data: unknown): data is SessionMessage {
  const message = data as Partial<SessionMessage> | null;
  return message?.type === 'session-ended' && (message.reason === 'switched' || message.reason === 'timed-out');
}

/** One tab's end of the channel: it tells the others, and hears them (never itself). */
export interface SessionChannel {
  announce(reason: SessionEndReason): void;
  close(): void;
}

/**
 * Opens this tab's end of the channel; `onEndedElsewhere` hears the other tabs. A browser
 * without BroadcastChannel only keeps this tab right.
 */
export function openSessionChannel(onEndedElsewhere: (reason: SessionEndReason) => void): SessionChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(sessionChannelName);
  channel.onmessage = (event: MessageEvent) => {
    if (isSessionMessage(event.data)) onEndedElsewhere(event.data.reason);
  };
  return {
    announce: (reason) => channel.postMessage({ type: 'session-ended', reason } satisfies SessionMessage),
    close: () => channel.close(),
  };
}

/** Tells the islands of this page (they show "choose who is learning"). */
export function signalSessionEnded(target: EventTarget, reason: SessionEndReason): void {
  target.dispatchEvent(new CustomEvent<SessionEndReason>(sessionEndedEvent, { detail: reason }));
}

/**
 * True once the header says the learner's session ended while this page is open ("Switch
 * learner" in another tab, or the time-out): a learner's page then stops showing them.
 */
import { useEffect, useState } from 'react';
import { sessionEndedEvent } from '../lib/browser/session-channel';

export function useSessionEnded(): boolean {
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const listener = () => setEnded(true);
    window.addEventListener(sessionEndedEvent, listener);
    return () => window.removeEventListener(sessionEndedEvent, listener);
  }, []);
  return ended;
}

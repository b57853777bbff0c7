/** The progress store for islands that manage learners: opened once per page. */
import { useEffect, useState } from 'react';
import { learnerStore } from '../lib/store/learner-store';
import type { OpenedStore } from '../lib/store/storage';

export function useStore(): OpenedStore | undefined {
  const [opened, setOpened] = useState<OpenedStore>();
  useEffect(() => {
    let live = true;
    void learnerStore().then((value) => {
      if (live) setOpened(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return opened;
}

/** Dexie's live query for React: the one place islands take it from, so the store stays in one folder. */
export { useLiveQuery } from 'dexie-react-hooks';

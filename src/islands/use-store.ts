/** The progress store for islands that manage learners: opened once per page. */
import { useEffect, useState } from 'react';
import { learnerStore } from '../lib/learner-store';
import type { OpenedStore } from '../lib/storage';

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

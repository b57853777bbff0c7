// Runs before every test file. fake-indexeddb must load before Dexie does.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach } from 'vitest';
import { configure } from '@testing-library/dom';

// findBy… and waitFor give up after 5 s, not 1 s: on a loaded 2-core CI machine a chain of
// a few promises (store, fetch, render) once took longer than a second. A wrong screen
// still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// An answer saved at the end of one test must not land in the next: the recorder reads the
// active learner when it runs, and the next test may have chosen one by then (a CI run saw
// an answer counted twice in ExerciseShell.test.tsx).
afterEach(async () => {
  if (typeof window === 'undefined') return;
  const { savesSettled } = await import('../../src/lib/store/exercise-report');
  await savesSettled?.();
});

// A test may end while the store is still answering a save that an exercise started
// (fake-indexeddb answers on later timers). Let that settle while the page still exists:
// React reads `window` even for an update it then ignores, and a test file's window is
// gone right after its last test (one CI run failed on it in ListenAndChoose.test.tsx).
afterAll(async () => {
  if (typeof window !== 'undefined') await new Promise((resolve) => setTimeout(resolve, 200));
});

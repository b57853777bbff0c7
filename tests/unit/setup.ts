// Runs before every test file. fake-indexeddb must load before Dexie does.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy… and waitFor give up after 5 s, not 1 s: on a loaded 2-core CI machine a chain of
// a few promises (store, fetch, render) once took longer than a second. A wrong screen
// still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

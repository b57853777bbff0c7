// Runs before every test file. fake-indexeddb must load before Dexie does.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

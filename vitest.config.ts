/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve modules as the site does.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    // A component test may wait twice for what it finds (5 s each, tests/unit/setup.ts),
    // and on a loaded 2-core machine the first import of a module is slow: 5 s per test
    // was not enough for LessonSequence's path test in two clean-clone rehearsals.
    testTimeout: 20_000,
    // A worker per processor. Vitest's default keeps one processor free, which on CI's two
    // means one worker for every file in turn: 6 min, 2.3 of them content-build.test.ts
    // waiting on its `astro build`s, which run in processes of their own anyway.
    maxWorkers: availableParallelism(),
    // `npm run test:coverage`: which lines of src/ the unit and component tests run.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});

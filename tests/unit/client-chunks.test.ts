import { describe, expect, it } from 'vitest';
import { clientChunkOf } from '../../src/build/client-chunks';

describe('clientChunkOf', () => {
  it('puts React, its renderer and Astro’s React client in one file', () => {
    expect(clientChunkOf('/repo/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react');
    expect(clientChunkOf('/repo/node_modules/scheduler/index.js')).toBe('react');
    expect(clientChunkOf('/repo/node_modules/@astrojs/react/dist/client.js')).toBe('react');
  });

  it('groups what every page’s scripts share, and what every exercise kind shares', () => {
    expect(clientChunkOf('/repo/src/lib/routes.ts')).toBe('site');
    expect(clientChunkOf('C:\\repo\\src\\lib\\browser\\learner-badge.ts')).toBe('site');
    expect(clientChunkOf('/repo/src/islands/exercise-kit/ExerciseShell.tsx')).toBe('exercise-kit');
    expect(clientChunkOf('/repo/src/lib/store/exercise-report.ts')).toBe('exercise-kit');
    expect(clientChunkOf('/repo/src/lib/browser/load-once.ts')).toBe('site');
  });

  it('leaves to Rollup what only some pages or kinds use: the store, the microphone, one kind’s parts', () => {
    expect(clientChunkOf('/repo/node_modules/dexie/dist/dexie.mjs')).toBeUndefined();
    expect(clientChunkOf('/repo/src/lib/audio/recorder.ts')).toBeUndefined();
    expect(clientChunkOf('/repo/src/islands/SayItBack.tsx')).toBeUndefined();
    expect(clientChunkOf('/repo/src/lib/exercises/letter-tiles.ts')).toBeUndefined();
  });

  it('groups the parts of an exercise played in rounds, which the word cards do not use', () => {
    expect(clientChunkOf('/repo/src/islands/exercise-kit/Round.tsx')).toBe('exercise-rounds');
    expect(clientChunkOf('/repo/src/islands/exercise-kit/Feedback.tsx')).toBe('exercise-rounds');
    expect(clientChunkOf('/repo/src/islands/exercise-kit/use-rounds.ts')).toBe('exercise-rounds');
    expect(clientChunkOf('/repo/src/islands/Flashcards.tsx')).toBeUndefined();
  });
});

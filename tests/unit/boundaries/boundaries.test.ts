import path from 'node:path';
import { checkBoundaries } from './import-graph';

const root = path.resolve(__dirname, '../../..');

it('finds no import across the house rules in src/', () => {
  expect(checkBoundaries(path.join(root, 'src'))).toEqual([]);
});

it('names every broken rule, with the chain of imports that leads a page bundle to build-time code', () => {
  const problems = checkBoundaries(path.join(root, 'tests/fixtures/boundaries/src'));
  expect(problems).toEqual([
    'components/Page.astro → lib/content/words-indirect.ts: build-time content code in a page bundle',
    'islands/Bad.tsx imports dexie-react-hooks: islands take useLiveQuery from islands/use-store.ts',
    'islands/Bad.tsx imports lib/content/schema.ts: islands never import build-time content code',
    'islands/Bad.tsx → lib/content/schema.ts: build-time content code in a page bundle',
    'islands/Bad.tsx → lib/exercises/helper.ts imports node:fs: build-time code in a page bundle',
    'lib/exercises/helper.ts imports dexie: only lib/store/ touches IndexedDB',
    'lib/exercises/helper.ts imports react: lib/ knows nothing of React',
  ]);
});

import { describe, expect, it } from 'vitest';
import { deletePath, getPath, listPaths, savePath } from '../../src/lib/store/lesson-paths';
import { assignPath } from '../../src/lib/store/assignments';
import { testDatabase } from './db-helpers';

describe('lesson paths', () => {
  it('are saved with a new id, then changed under the same id', async () => {
    const db = testDatabase();
    const path = await savePath(
      db,
      { title: ' Първи стъпки ', description: '  За начало ', lessons: ['a/1', 'b/2', 'a/1'], basedOn: 'first-steps' },
      1000,
    );
    expect(path).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Първи стъпки',
      description: 'За начало',
      basedOn: 'first-steps',
      lessons: ['a/1', 'b/2'],
      createdAt: 1000,
      updatedAt: 1000,
    });
    const changed = await savePath(db, { id: path.id, title: 'Стъпки', lessons: ['b/2', 'a/1'] }, 2000);
    expect(changed).toEqual({ id: path.id, title: 'Стъпки', lessons: ['b/2', 'a/1'], createdAt: 1000, updatedAt: 2000 });
    expect(await getPath(db, path.id)).toEqual(changed);
  });

  it('need a title', async () => {
    const db = testDatabase();
    await expect(savePath(db, { title: '  ', lessons: [] })).rejects.toThrow();
  });

  it('are listed the last changed first', async () => {
    const db = testDatabase();
    await savePath(db, { title: 'Old', lessons: [] }, 1000);
    await savePath(db, { title: 'New', lessons: [] }, 2000);
    expect((await listPaths(db)).map((p) => p.title)).toEqual(['New', 'Old']);
  });

  it('deleted take their assignments with them', async () => {
    const db = testDatabase();
    const path = await savePath(db, { title: 'A', lessons: ['a/1'] });
    const kept = await savePath(db, { title: 'B', lessons: ['a/1'] });
    await assignPath(db, { pathId: path.id, target: { kind: 'everyone' } });
    await assignPath(db, { pathId: kept.id, target: { kind: 'learner', profileId: 'p1' } });
    await deletePath(db, path.id);
    expect(await listPaths(db)).toEqual([kept]);
    expect((await db.assignments.toArray()).map((a) => a.pathId)).toEqual([kept.id]);
  });
});

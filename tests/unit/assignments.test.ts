import { describe, expect, it } from 'vitest';
import { assignPath, listAssignments, pathForLearner, targetOf, unassign } from '../../src/lib/store/assignments';
import { createGroup, setMembers } from '../../src/lib/store/groups';
import { deletePath, savePath } from '../../src/lib/store/lesson-paths';
import { createProfile, deleteProfile } from '../../src/lib/store/profiles';
import { testDatabase } from './db-helpers';

async function setUp() {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  const omar = await createProfile(db, { name: 'عمر', picture: '1F981' });
  const [own, group, later, all] = await Promise.all(
    ['Own', 'Group', 'Later group', 'Everyone'].map((title, i) => savePath(db, { title, lessons: [`l/${i}`] })),
  );
  return { db, ana, omar, own: own!, group: group!, later: later!, all: all! };
}

describe('pathForLearner', () => {
  it('is undefined when nothing is assigned: the child follows the default path', async () => {
    const { db, ana } = await setUp();
    expect(await pathForLearner(db, ana.id)).toBeUndefined();
  });

  it("gives the child's own path first, then their group's (the latest), then everyone's", async () => {
    const { db, ana, omar, own, group, later, all } = await setUp();
    const [g1, g2] = [await createGroup(db, 'One'), await createGroup(db, 'Two')];
    await setMembers(db, g1.id, [ana.id]);
    await setMembers(db, g2.id, [ana.id]);
    await assignPath(db, { pathId: all.id, target: { kind: 'everyone' } }, 1000);
    expect(await pathForLearner(db, ana.id)).toEqual({ path: all, from: 'everyone' });
    await assignPath(db, { pathId: group.id, target: { kind: 'group', groupId: g1.id }, by: '2027-01-31' }, 2000);
    await assignPath(db, { pathId: later.id, target: { kind: 'group', groupId: g2.id } }, 3000);
    expect(await pathForLearner(db, ana.id)).toEqual({ path: later, from: 'group' });
    await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: ana.id }, by: '2027-02-01' }, 4000);
    expect(await pathForLearner(db, ana.id)).toEqual({ path: own, from: 'learner', by: '2027-02-01' });
    // Omar is in no group: everyone's path.
    expect(await pathForLearner(db, omar.id)).toEqual({ path: all, from: 'everyone' });
  });

  it('passes over an assignment whose path is gone', async () => {
    const { db, ana, own, all } = await setUp();
    await assignPath(db, { pathId: all.id, target: { kind: 'everyone' } });
    await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: ana.id } });
    await db.paths.delete(own.id);
    expect(await pathForLearner(db, ana.id)).toMatchObject({ from: 'everyone' });
    await deletePath(db, all.id);
    expect(await pathForLearner(db, ana.id)).toBeUndefined();
  });
});

describe('assignPath', () => {
  it('replaces what the same target had, and leaves other targets alone', async () => {
    const { db, ana, omar, own, all } = await setUp();
    await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: ana.id } }, 1000);
    await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: omar.id } }, 1000);
    await assignPath(db, { pathId: all.id, target: { kind: 'learner', profileId: ana.id } }, 2000);
    const assignments = await listAssignments(db);
    expect(assignments.map((a) => [a.profileId === ana.id ? 'ana' : 'omar', a.pathId === all.id ? 'all' : 'own'])).toEqual([
      ['ana', 'all'],
      ['omar', 'own'],
    ]);
    expect(targetOf(assignments[0]!)).toEqual({ kind: 'learner', profileId: ana.id });
  });

  it('refuses a "by" that is not a date', async () => {
    const { db, own } = await setUp();
    await expect(assignPath(db, { pathId: own.id, target: { kind: 'everyone' }, by: 'tomorrow' })).rejects.toThrow(RangeError);
  });

  it('is undone by unassign, and a deleted child takes their own assignments along', async () => {
    const { db, ana, omar, own } = await setUp();
    const a = await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: ana.id } });
    await assignPath(db, { pathId: own.id, target: { kind: 'learner', profileId: omar.id } });
    await unassign(db, a.id);
    expect(await pathForLearner(db, ana.id)).toBeUndefined();
    await deleteProfile(db, omar.id);
    expect(await db.assignments.count()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMember,
  createGroup,
  deleteGroup,
  groupsOfLearner,
  listGroups,
  membersOf,
  removeMember,
  renameGroup,
  setMembers,
} from '../../src/lib/store/groups';
import { createProfile, deleteProfile } from '../../src/lib/store/profiles';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath } from '../../src/lib/store/assignments';
import { testDatabase } from './db-helpers';

async function twoChildren() {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  const omar = await createProfile(db, { name: 'عمر', picture: '1F981' });
  return { db, ana, omar };
}

describe('groups', () => {
  it('are created, renamed and listed by name; a name is cleaned and never empty', async () => {
    const { db } = await twoChildren();
    const tuesday = await createGroup(db, '  Вторник   следобед ', 1000);
    await createGroup(db, 'Arabic speakers', 2000);
    expect(tuesday).toMatchObject({ name: 'Вторник следобед', createdAt: 1000, updatedAt: 1000 });
    await renameGroup(db, tuesday.id, 'Вторник', 3000);
    expect((await listGroups(db, 'en')).map((g) => g.name)).toEqual(['Arabic speakers', 'Вторник']);
    expect(await db.groups.get(tuesday.id)).toMatchObject({ updatedAt: 3000, createdAt: 1000 });
    await expect(createGroup(db, '   ')).rejects.toThrow();
    await expect(renameGroup(db, tuesday.id, '<b>x</b>')).rejects.toThrow();
  });

  it('hold children, each possibly in several groups', async () => {
    const { db, ana, omar } = await twoChildren();
    const a = await createGroup(db, 'A');
    const b = await createGroup(db, 'B');
    await addMember(db, a.id, ana.id);
    await addMember(db, a.id, ana.id);
    await addMember(db, b.id, ana.id);
    await addMember(db, b.id, omar.id);
    expect(await membersOf(db, a.id)).toEqual([ana.id]);
    expect((await groupsOfLearner(db, ana.id)).map((g) => g.name).sort()).toEqual(['A', 'B']);
    await removeMember(db, b.id, ana.id);
    expect(await membersOf(db, b.id)).toEqual([omar.id]);
  });

  it('setMembers makes exactly the given children members, keeping when the others joined', async () => {
    const { db, ana, omar } = await twoChildren();
    const group = await createGroup(db, 'A');
    await setMembers(db, group.id, [ana.id], 1000);
    await setMembers(db, group.id, [ana.id, omar.id], 2000);
    expect(await db.memberships.where('groupId').equals(group.id).sortBy('addedAt')).toEqual([
      { groupId: group.id, profileId: ana.id, addedAt: 1000 },
      { groupId: group.id, profileId: omar.id, addedAt: 2000 },
    ]);
    await setMembers(db, group.id, [omar.id]);
    expect(await membersOf(db, group.id)).toEqual([omar.id]);
  });

  it('deleted take their memberships and assignments with them, and the children stay', async () => {
    const { db, ana } = await twoChildren();
    const group = await createGroup(db, 'A');
    const other = await createGroup(db, 'B');
    await setMembers(db, group.id, [ana.id]);
    await setMembers(db, other.id, [ana.id]);
    const path = await savePath(db, { title: 'Път', lessons: ['l/a'] });
    await assignPath(db, { pathId: path.id, target: { kind: 'group', groupId: group.id } });
    await deleteGroup(db, group.id);
    expect(await db.groups.get(group.id)).toBeUndefined();
    expect(await db.memberships.toArray()).toEqual([expect.objectContaining({ groupId: other.id })]);
    expect(await db.assignments.count()).toBe(0);
    expect(await db.profiles.get(ana.id)).toBeDefined();
  });

  it('lose a child who is deleted', async () => {
    const { db, ana, omar } = await twoChildren();
    const group = await createGroup(db, 'A');
    await setMembers(db, group.id, [ana.id, omar.id]);
    await deleteProfile(db, ana.id);
    expect(await membersOf(db, group.id)).toEqual([omar.id]);
  });
});

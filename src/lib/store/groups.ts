/** Groups of children a tutor teaches together: create, rename, delete, and who is in which. */
import type { Group, Membership, ZdraveiDb } from './db';
import { ProfileError, cleanName } from './profiles';

/** A group's name as it is kept: cleaned like a child's name, and never empty. */
export function cleanGroupName(name: string): string {
  const clean = cleanName(name);
  if (!clean) throw new ProfileError('empty-name');
  return clean;
}

export async function createGroup(db: ZdraveiDb, name: string, now = Date.now()): Promise<Group> {
  const group: Group = { id: crypto.randomUUID(), name: cleanGroupName(name), createdAt: now, updatedAt: now };
  await db.groups.add(group);
  return group;
}

export async function renameGroup(db: ZdraveiDb, id: string, name: string, now = Date.now()): Promise<void> {
  await db.groups.update(id, { name: cleanGroupName(name), updatedAt: now });
}

/** Removes a group with its memberships and the paths assigned to it; the children stay. */
export async function deleteGroup(db: ZdraveiDb, id: string): Promise<void> {
  await db.transaction('rw', [db.groups, db.memberships, db.assignments], async () => {
    await db.memberships.where('groupId').equals(id).delete();
    await db.assignments.where('groupId').equals(id).delete();
    await db.groups.delete(id);
  });
}

/** Every group, by name in the order of the given locale. */
export async function listGroups(db: ZdraveiDb, locale?: string): Promise<Group[]> {
  const groups = await db.groups.toArray();
  return groups.sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function addMember(db: ZdraveiDb, groupId: string, profileId: string, now = Date.now()): Promise<void> {
  const existing = await db.memberships.get([groupId, profileId]);
  if (!existing) await db.memberships.add({ groupId, profileId, addedAt: now });
}

export async function removeMember(db: ZdraveiDb, groupId: string, profileId: string): Promise<void> {
  await db.memberships.delete([groupId, profileId]);
}

/** Makes exactly these children the group's members; those already in it keep when they joined. */
export async function setMembers(db: ZdraveiDb, groupId: string, profileIds: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.memberships, async () => {
    const wanted = new Set(profileIds);
    const current = await db.memberships.where('groupId').equals(groupId).toArray();
    const leaving = current.filter((m) => !wanted.has(m.profileId)).map((m): [string, string] => [groupId, m.profileId]);
    await db.memberships.bulkDelete(leaving);
    const staying = new Set(current.map((m) => m.profileId));
    const joining = [...wanted].filter((id) => !staying.has(id)).map((profileId): Membership => ({ groupId, profileId, addedAt: now }));
    await db.memberships.bulkAdd(joining);
  });
}

/** The ids of the children in a group. */
export async function membersOf(db: ZdraveiDb, groupId: string): Promise<string[]> {
  return (await db.memberships.where('groupId').equals(groupId).toArray()).map((m) => m.profileId);
}

/** The groups a child is in. */
export async function groupsOfLearner(db: ZdraveiDb, profileId: string): Promise<Group[]> {
  const ids = (await db.memberships.where('profileId').equals(profileId).toArray()).map((m) => m.groupId);
  return (await db.groups.bulkGet(ids)).filter((g): g is Group => g !== undefined);
}

/** Every membership, for the tutor's table of who is in which group. */
export async function listMemberships(db: ZdraveiDb): Promise<Membership[]> {
  return db.memberships.toArray();
}

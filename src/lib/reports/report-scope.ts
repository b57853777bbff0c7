/**
 * What a report is about: the children (everyone on this computer, or one group) and the
 * lessons (a path the tutor chooses: one made on this computer, a ready-made one from
 * content/paths/, and the one assigned to the chosen group, or to everyone, first).
 */

/** A path as the reports list it. */
export interface PathChoice {
  /** `saved:<id>` for a path made on this computer, `ready:<id>` for one of content/paths/. */
  key: string;
  title: string;
  lessons: string[];
  /** Whether the path is assigned to the children chosen (the group, or everyone). */
  assigned: boolean;
}

/** What the scope needs of an assignment: its path, and whom it is for. */
export interface AssignmentLike {
  pathId: string;
  groupId?: string | undefined;
  everyone?: boolean | undefined;
  assignedAt: number;
}

/**
 * The paths to choose from: the ones made on this computer, then the ready-made ones. The
 * path assigned to the group (or to everyone, when no group is chosen) is marked; the
 * latest assignment counts when there are several.
 */
export function pathChoices(
  saved: readonly { id: string; title: string; lessons: string[] }[],
  ready: readonly { id: string; title: string; lessons: string[] }[],
  assignments: readonly AssignmentLike[],
  groupId: string | undefined,
): PathChoice[] {
  const forChosen = assignments
    .filter((a) => (groupId === undefined ? a.everyone === true : a.groupId === groupId))
    .sort((a, b) => b.assignedAt - a.assignedAt)[0];
  return [
    ...saved.map((p) => ({ key: `saved:${p.id}`, title: p.title, lessons: p.lessons, assigned: forChosen?.pathId === p.id })),
    ...ready.map((p) => ({ key: `ready:${p.id}`, title: p.title, lessons: p.lessons, assigned: false })),
  ];
}

/** The path shown first: the one chosen while it exists, else the assigned one, else `first-steps`, else the first. */
export function chosenPath(choices: readonly PathChoice[], key: string | undefined): PathChoice | undefined {
  return (
    choices.find((c) => c.key === key) ??
    choices.find((c) => c.assigned) ??
    choices.find((c) => c.key === 'ready:first-steps') ??
    choices[0]
  );
}

/** The children of the report, in the order given: all of them, or the members of one group. */
export function childrenInScope(
  profileIds: readonly string[],
  memberships: readonly { groupId: string; profileId: string }[],
  groupId: string | undefined,
): string[] {
  if (groupId === undefined) return [...profileIds];
  const members = new Set(memberships.filter((m) => m.groupId === groupId).map((m) => m.profileId));
  return profileIds.filter((id) => members.has(id));
}

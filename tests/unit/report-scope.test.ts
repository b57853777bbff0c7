import { describe, expect, it } from 'vitest';
import { childrenInScope, chosenPath, pathChoices } from '../../src/lib/reports/report-scope';

const saved = [
  { id: 'p1', title: 'Tuesday', lessons: ['language/greetings'] },
  { id: 'p2', title: 'Colours', lessons: ['language/colours'] },
];
const ready = [
  { id: 'first-steps', title: 'First steps', lessons: ['alphabet/first-letters'] },
  { id: 'level-a0', title: 'A0', lessons: [] },
];

describe('the paths a report can show', () => {
  it('lists the paths made here, then the ready-made ones, and marks the one assigned to the group (the latest)', () => {
    const assignments = [
      { pathId: 'p1', groupId: 'g1', assignedAt: 1 },
      { pathId: 'p2', groupId: 'g1', assignedAt: 2 },
      { pathId: 'p1', everyone: true, assignedAt: 3 },
    ];
    const choices = pathChoices(saved, ready, assignments, 'g1');
    expect(choices.map((c) => [c.key, c.assigned])).toEqual([
      ['saved:p1', false],
      ['saved:p2', true],
      ['ready:first-steps', false],
      ['ready:level-a0', false],
    ]);
    expect(pathChoices(saved, ready, assignments, undefined).find((c) => c.assigned)?.key).toBe('saved:p1');
  });

  it('shows the chosen path, else the assigned one, else first steps', () => {
    const choices = pathChoices(saved, ready, [{ pathId: 'p2', everyone: true, assignedAt: 1 }], undefined);
    expect(chosenPath(choices, 'ready:level-a0')?.key).toBe('ready:level-a0');
    expect(chosenPath(choices, 'saved:deleted')?.key).toBe('saved:p2');
    expect(chosenPath(pathChoices(saved, ready, [], undefined), undefined)?.key).toBe('ready:first-steps');
    expect(chosenPath([], undefined)).toBeUndefined();
  });
});

describe('the children of a report', () => {
  const memberships = [
    { groupId: 'g1', profileId: 'ivo' },
    { groupId: 'g1', profileId: 'ana' },
    { groupId: 'g2', profileId: 'zoe' },
  ];
  it('are everyone without a group, or the group’s members in the order given', () => {
    expect(childrenInScope(['ana', 'ivo', 'zoe'], memberships, undefined)).toEqual(['ana', 'ivo', 'zoe']);
    expect(childrenInScope(['ana', 'ivo', 'zoe'], memberships, 'g1')).toEqual(['ana', 'ivo']);
    expect(childrenInScope(['ana'], memberships, 'g3')).toEqual([]);
  });
});

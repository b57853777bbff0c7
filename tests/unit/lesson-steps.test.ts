// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lessonSteps, showStep, stepFromHash } from '../../src/lib/browser/lesson-steps';

function body(): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = `
    <details class="help-text" id="h1"></details>
    <astro-island id="e1"><section data-exercise="l/x#a"></section></astro-island>
    <details class="help-text" id="h2"></details>
    <p id="p"></p>
    <astro-island id="e2"><section data-exercise="l/x#b"></section></astro-island>
    <astro-island id="e3"><section data-exercise="l/x#c"></section></astro-island>
    <details class="help-text" id="h3"></details>`;
  return div;
}

const ids = (elements: Element[]) => elements.map((el) => el.id);

describe('lessonSteps', () => {
  it('makes one step per exercise, with the explanations before it and the rest after the last', () => {
    const steps = lessonSteps(body());
    expect(steps.map((s) => s.exerciseId)).toEqual(['l/x#a', 'l/x#b', 'l/x#c']);
    expect(steps.map((s) => ids(s.elements))).toEqual([
      ['h1', 'e1'],
      ['h2', 'p', 'e2'],
      ['e3', 'h3'],
    ]);
  });

  it('finds no steps in a lesson without exercises', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>Only text</p>';
    expect(lessonSteps(div)).toEqual([]);
  });
});

describe('showStep', () => {
  it('shows only the current step, or none during the celebration', () => {
    const root = body();
    const steps = lessonSteps(root);
    showStep(steps, 1);
    const visible = () =>
      Array.from(root.children)
        .filter((el) => !(el as HTMLElement).hidden)
        .map((el) => el.id);
    expect(visible()).toEqual(['h2', 'p', 'e2']);
    showStep(steps, undefined);
    expect(visible()).toEqual([]);
  });
});

describe('stepFromHash', () => {
  it('reads #step-N, 1-based, within the lesson', () => {
    expect(stepFromHash('#step-3', 5)).toBe(2);
    expect(stepFromHash('#step-6', 5)).toBeUndefined();
    expect(stepFromHash('#step-0', 5)).toBeUndefined();
    expect(stepFromHash('#objectives', 5)).toBeUndefined();
    expect(stepFromHash('', 5)).toBeUndefined();
  });
});

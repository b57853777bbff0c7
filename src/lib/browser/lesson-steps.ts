/**
 * A lesson page as steps for playing it one exercise at a time: each step is one
 * exercise with the explanations before it (the last step also takes what follows the
 * last exercise). Read from the static page, so without JavaScript nothing changes.
 */
export interface LessonStep {
  /** `track/slug#exercise` of the step's exercise. */
  exerciseId: string;
  /** The top-level elements of the lesson body the step shows. */
  elements: Element[];
}

export function lessonSteps(body: Element): LessonStep[] {
  const steps: LessonStep[] = [];
  let pending: Element[] = [];
  for (const element of Array.from(body.children)) {
    pending.push(element);
    const exercise = element.matches('[data-exercise]') ? element : element.querySelector('[data-exercise]');
    if (exercise) {
      steps.push({ exerciseId: exercise.getAttribute('data-exercise') ?? '', elements: pending });
      pending = [];
    }
  }
  steps.at(-1)?.elements.push(...pending);
  return steps;
}

/** Shows the elements of one step and hides the others; `undefined` hides every step (the celebration). */
export function showStep(steps: readonly LessonStep[], current: number | undefined): void {
  steps.forEach((step, i) => step.elements.forEach((element) => ((element as HTMLElement).hidden = i !== current)));
}

/** The step a `#step-3` address opens (1-based in the address), if it names one. */
export function stepFromHash(hash: string, count: number): number | undefined {
  const n = Number(/^#step-(\d+)$/.exec(hash)?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : undefined;
}

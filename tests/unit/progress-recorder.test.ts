// @vitest-environment jsdom
/** The recorder, as a lesson page loads it at the first touch (exercise-report.ts). */
import { expect, it } from 'vitest';
import { reportAnswer, savesSettled } from '../../src/lib/store/exercise-report';

it('from its loading on, a link followed while an answer is being saved waits for the save', async () => {
  const link = document.createElement('a');
  link.href = '#my-lessons';
  document.body.append(link);
  const follow = () => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  const saved = reportAnswer({ lessonId: 'nature/bears', exerciseId: 'nature/bears#a', correct: true, ms: 900 });
  await import('../../src/lib/store/progress-recorder');
  // The store is still being opened for the save (nobody is learning, so nothing is kept).
  expect(follow()).toBe(false);
  expect(window.location.hash).toBe('');
  expect(await saved).toMatchObject({ kept: false });
  await savesSettled();
  await expect.poll(() => window.location.hash).toBe('#my-lessons');
});

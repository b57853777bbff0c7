// @vitest-environment jsdom
import { insideExercise, lessonAudio, offerWhenFree } from '../../src/lib/browser/service-worker';

const page = (exercise: string) => {
  document.body.innerHTML = `<section class="exercise" ${exercise}></section><div data-update-offer hidden><button>Reload now</button></div>`;
  return document.querySelector<HTMLElement>('[data-update-offer]')!;
};

it('sees a child inside an exercise from its data-in-progress attribute', () => {
  page('data-in-progress="true"');
  expect(insideExercise(document)).toBe(true);
  page('');
  expect(insideExercise(document)).toBe(false);
});

it('offers the new version at once when no exercise is in progress', () => {
  const offer = page('');
  offerWhenFree(document, offer);
  expect(offer.hidden).toBe(false);
});

it('waits with the offer until the exercise in progress ends', async () => {
  const offer = page('data-in-progress="true"');
  offerWhenFree(document, offer);
  expect(offer.hidden).toBe(true);
  // Another answer: still inside.
  document.querySelector('section')!.setAttribute('data-in-progress', 'true');
  await Promise.resolve();
  expect(offer.hidden).toBe(true);
  document.querySelector('section')!.removeAttribute('data-in-progress');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(offer.hidden).toBe(false);
});

it('finds a lesson’s audio files in its islands’ props, each once', () => {
  const html = `<astro-island props="{&quot;audio&quot;:[0,&quot;/audio/words/zdravey.mp3&quot;],&quot;b&quot;:&quot;/audio/examples/da.mp3&quot;}"></astro-island>
    <astro-island props="{&quot;audio&quot;:&quot;/audio/words/zdravey.mp3&quot;}"></astro-island><img src="/pictures/1F43B.svg">`;
  expect(lessonAudio(html)).toEqual(['/audio/words/zdravey.mp3', '/audio/examples/da.mp3']);
  expect(lessonAudio('<p>no sound</p>')).toEqual([]);
});

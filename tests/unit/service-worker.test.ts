// @vitest-environment jsdom
import { insideExercise, lessonAudio, offerWhenFree, startServiceWorker, whenPageSettled } from '../../src/lib/browser/service-worker';

const page = (exercise: string) => {
  document.body.innerHTML = `<section class="exercise" ${exercise}></section><div data-update-offer hidden><button>Reload now</button></div>`;
  return document.querySelector<HTMLElement>('[data-update-offer]')!;
};

describe('whenPageSettled', () => {
  /** A window whose load and idle moments the test decides. */
  function fakeWindow(readyState: DocumentReadyState) {
    const listeners: (() => void)[] = [];
    const idle: (() => void)[] = [];
    const win = {
      document: { readyState },
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      requestIdleCallback: (callback: () => void) => idle.push(callback),
    } as unknown as Window;
    return { win, load: () => listeners.forEach((l) => l()), idle: () => idle.forEach((c) => c()) };
  }

  it('starts the worker only after the page has loaded and the browser is idle', () => {
    const { win, load, idle } = fakeWindow('loading');
    const start = vi.fn();
    whenPageSettled(win, start);
    expect(start).not.toHaveBeenCalled();
    load();
    expect(start).not.toHaveBeenCalled();
    idle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits only for idle when the page has loaded already', () => {
    const { win, idle } = fakeWindow('complete');
    const start = vi.fn();
    whenPageSettled(win, start);
    idle();
    expect(start).toHaveBeenCalledTimes(1);
  });
});

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

/** A browser's service worker container, as far as the page uses it: `controller` and its change. */
function fakeContainer(controller: object | null) {
  const container = Object.assign(new EventTarget(), {
    controller,
    ready: new Promise<never>(() => {}),
    register: () => Promise.resolve(Object.assign(new EventTarget(), { waiting: null, installing: null })),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return container;
}

describe('the offer of a new version when a worker takes the page over', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('is not made when the first version takes over a page no version had', async () => {
    const offer = page('');
    const container = fakeContainer(null);
    await startServiceWorker(document, 'en');
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
    expect(offer.hidden).toBe(true);
    // A version after it is new to this page.
    container.dispatchEvent(new Event('controllerchange'));
    expect(offer.hidden).toBe(false);
  });

  it('is made when another version takes over a page one already had (a tap in another tab)', async () => {
    const offer = page('');
    const container = fakeContainer({});
    await startServiceWorker(document, 'en');
    container.dispatchEvent(new Event('controllerchange'));
    expect(offer.hidden).toBe(false);
  });
});

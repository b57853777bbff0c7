// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LessonSequence from '../../src/islands/LessonSequence';
import { pickByPrefix, pickStrings } from '../../src/i18n';
import { announceFinished } from '../../src/lib/browser/exercise-finished';
import type { Outcome } from '../../src/lib/store/exercise-report';

const learner = vi.hoisted(() => ({ active: true }));
vi.mock('../../src/lib/store/active-learner-raw', () => ({
  readActiveLearner: async () => (learner.active ? { name: 'Ана', picture: '1F98A', endsAt: Date.now() + 60_000 } : undefined),
}));
vi.mock('../../src/lib/store/lesson-reward', () => ({ stickerOfActiveLearner: async () => '1F3C6' }));
// The path a tutor gave the child (none unless a test sets one).
const given = vi.hoisted(() => ({ path: undefined as string[] | undefined }));
vi.mock('../../src/lib/store/learner-path', () => ({ assignedPathOfActiveLearner: async () => given.path }));
/** The help language's lesson catalogue, as /en/lessons/catalogue.json serves it. */
const catalogue = {
  'l/x': { title: 'This lesson', titleBg: 'Този урок', picture: '1F44B' },
  'l/y': { title: 'Colours around us', titleBg: 'Цветовете около нас', picture: '1F3A8' },
};

const strings = (locale: 'en' | 'ar') => ({
  ...pickByPrefix(locale, ['sequence.', 'celebration.']),
  ...pickStrings(locale, ['progress.stars']),
});
const next = { url: '/en/lessons/language/introduce-yourself/', title: 'About me', titleBg: 'За мен' };

/** A lesson page as the build writes it: explanations, then three exercises. */
function lessonPage() {
  document.body.innerHTML = `
    <div class="lesson-body">
      <details class="help-text" open><summary>For families</summary><p>About greetings</p></details>
      <div id="one"><section data-exercise="l/x#a"></section></div>
      <div id="two"><section data-exercise="l/x#b"></section></div>
      <div id="three"><section data-exercise="l/x#c"></section></div>
    </div>
    <div id="lesson-sequence-end"></div>
    <div id="root"></div>`;
}
const shown = () => ['one', 'two', 'three'].filter((id) => !(document.getElementById(id) as HTMLElement).hidden);
/**
 * Waits until the player shows step n and has run its effects: it hears the end of the
 * last exercise from an effect, and the DOM of a lazily loaded player can be on the
 * screen before its effects have run. Hiding the other steps is one of those effects.
 */
async function atStep(n: 1 | 2 | 3) {
  await screen.findByText(`Exercise ${n} of 3`);
  await waitFor(() => expect(shown()).toEqual([['one', 'two', 'three'][n - 1]]));
}
const finish = (id: string, score = 1, outcome?: Outcome) =>
  act(() => announceFinished(document.querySelector(`[data-exercise="l/x#${id}"]`), score, outcome));
const mount = (locale: 'en' | 'ar' = 'en') =>
  render(
    <LessonSequence
      strings={strings(locale)}
      dir={locale === 'ar' ? 'rtl' : 'ltr'}
      locale={locale}
      lessonId="l/x"
      next={next}
      homeUrl="/en/me/"
    />,
    {
      container: document.getElementById('root')!,
    },
  );

beforeEach(() => {
  learner.active = true;
  given.path = undefined;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/en/lessons/catalogue.json' ? new Response(JSON.stringify(catalogue)) : new Response('', { status: 404 }),
    ),
  );
  lessonPage();
  window.history.replaceState(null, '', '/en/lessons/l/x/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LessonSequence', () => {
  it('shows one exercise at a time, with the families’ text folded and the dots saying where the child is', async () => {
    mount();
    expect(await screen.findByText('Exercise 1 of 3')).toBeInTheDocument();
    expect(shown()).toEqual(['one']);
    expect(document.querySelector('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Exercise 1 of 3' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'Exercise 2 of 3' })).toBeDisabled();
    // No "next" before the exercise is finished.
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
  });

  it('offers next once an exercise is finished, and lets the child go back', async () => {
    mount();
    await atStep(1);
    finish('a');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(shown()).toEqual(['two']);
    expect(screen.getByRole('button', { name: 'Exercise 1 of 3, done' })).toBeEnabled();
    expect(window.location.hash).toBe('#step-2');
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(shown()).toEqual(['one']);
    // The second exercise was opened: its dot takes the child there again.
    await userEvent.click(screen.getByRole('button', { name: 'Exercise 2 of 3' }));
    expect(shown()).toEqual(['two']);
    // An address names a step: following it opens that exercise.
    act(() => {
      window.location.hash = '#step-3';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(shown()).toEqual(['three']);
  });

  it('celebrates the last exercise: stars of the lesson, the sticker, and the next lesson', async () => {
    window.history.replaceState(null, '', '/en/lessons/l/x/#step-3');
    mount();
    await atStep(3);
    finish('c', 0.5);
    expect(await screen.findByRole('status')).toHaveTextContent('Hooray! You finished the lesson!');
    expect(shown()).toEqual(['three']);
    const progress = { profileId: 'p', lessonId: 'l/x', status: 'completed', bestScore: 1, stars: 3, exercises: {}, updatedAt: 0 } as const;
    finish('c', 0.5, { kept: true, progress });
    expect(await screen.findByLabelText('You earned 3 of 3 stars!')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.celebration__sticker img')).toHaveAttribute('src', '/pictures/1F3C6.svg'));
    expect(screen.getByRole('link', { name: /Next lesson/ })).toHaveAttribute('href', next.url);
  });

  it('sends a child who was given a path to its next lesson, and home after its last', async () => {
    given.path = ['l/x', 'l/y'];
    window.history.replaceState(null, '', '/en/lessons/l/x/#step-3');
    mount();
    await atStep(3);
    finish('c');
    const onward = await screen.findByRole('link', { name: /Next lesson.*Colours around us/ });
    expect(onward).toHaveAttribute('href', '/en/lessons/l/y/');
    cleanup();

    given.path = ['l/y', 'l/x'];
    lessonPage();
    window.history.replaceState(null, '', '/en/lessons/l/x/#step-3');
    mount();
    await atStep(3);
    finish('c');
    expect(await screen.findByRole('link', { name: /my page/i })).toHaveAttribute('href', '/en/me/');
  });

  it('keeps the page’s own next lesson when the catalogue cannot be had (offline, not yet kept)', async () => {
    given.path = ['l/x', 'l/y'];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    window.history.replaceState(null, '', '/en/lessons/l/x/#step-3');
    mount();
    await atStep(3);
    finish('c');
    await waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalled());
    expect(screen.getByRole('link', { name: /Next lesson/ })).toHaveAttribute('href', next.url);
  });

  it('in Arabic the arrows point left for forward', async () => {
    mount('ar');
    await screen.findByText(/التمرين/);
    finish('a');
    expect(screen.getByRole('button', { name: /التالي/ })).toHaveTextContent('←');
    await userEvent.click(screen.getByRole('button', { name: /التالي/ }));
    expect(screen.getByRole('button', { name: /رجوع/ })).toHaveTextContent('→');
  });

  it('leaves the whole lesson on the page when nobody is learning (a family, a search engine)', async () => {
    learner.active = false;
    mount();
    await new Promise((r) => setTimeout(r, 20));
    expect(shown()).toEqual(['one', 'two', 'three']);
    expect(document.querySelector('details')).toHaveAttribute('open');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

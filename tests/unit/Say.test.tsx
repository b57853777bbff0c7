// @vitest-environment jsdom
/**
 * The speaker beside an instruction or feedback: a real button that plays the phrase's
 * generated file in the page's language (or a tutor's recording, or the browser's voice),
 * and an instruction that plays by itself once per page when it comes into view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { brokenSources, howls, playLog, resetHowls } from './howler-mock';
import { installSpeech } from './speech-fake';
import Say from '../../src/islands/Say';
import ListenAndChoose, { listenAndChooseStringKeys } from '../../src/islands/ListenAndChoose';
import { pickStrings } from '../../src/i18n';
import { resetPhrasePlayer } from '../../src/lib/audio/phrase-player';
import { phraseRecordingId } from '../../src/lib/audio/phrases';
import { saveComputerSettings } from '../../src/lib/store/session';
import { askedWord, stringsFor, words } from './exercise-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const fileOf = (locale: string, key: string) =>
  (JSON.parse(readFileSync(path.join(root, `src/lib/audio/phrase-files/${locale}.json`), 'utf8')) as Record<string, string>)[key];

/** Every observed element comes into view at once, as on a page where it is on screen. */
class InViewObserver {
  constructor(private callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    queueMicrotask(() => this.callback([{ isIntersecting: true, target: element } as IntersectionObserverEntry], this as never));
  }
  disconnect() {}
}

const played = () => howls.filter((h) => h.plays > 0).map((h) => h.options.src[0]);
const store = async () => (await (await import('../../src/lib/store/learner-store')).learnerStore()).db;

beforeEach(() => {
  resetHowls();
  resetPhrasePlayer();
  vi.stubGlobal('IntersectionObserver', InViewObserver);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  const db = await store();
  await db.settings.clear();
  await db.recordings.clear();
});

describe('Say', () => {
  const ar = pickStrings('ar', ['exercise.say', 'listen.instruction']);

  it('is a button named in the help language that plays the phrase’s generated file', async () => {
    render(<Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} />);
    await userEvent.click(screen.getByRole('button', { name: 'استمع إلى هذا' }));
    await waitFor(() => expect(played()).toEqual([fileOf('ar', 'listen.instruction')]));
    expect(fileOf('ar', 'listen.instruction')).toMatch(/^\/audio\/phrases\/ar\/listen\.instruction\.[0-9a-f]{8}\.mp3$/);
  });

  it('plays an instruction by itself once per page, however often it is met', async () => {
    const twice = (
      <>
        <Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />
        <Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />
      </>
    );
    const { unmount } = render(twice);
    await waitFor(() => expect(played()).toEqual([fileOf('ar', 'listen.instruction')]));
    unmount();
    render(twice);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(howls.reduce((sum, h) => sum + h.plays, 0)).toBe(1);
  });

  describe('on a page the child has not touched yet (opened directly, not by a link)', () => {
    beforeEach(() => {
      Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: false }, configurable: true });
    });
    afterEach(() => {
      delete (navigator as { userActivation?: unknown }).userActivation;
    });

    it('makes no sound, not even a silent one, until the first tap, and plays the instruction then', async () => {
      render(<Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />);
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      // No Howl at all: making one would make the audio context, which blocks an old computer.
      expect(howls).toHaveLength(0);
      await userEvent.click(document.body);
      await waitFor(() => expect(played()).toEqual([fileOf('ar', 'listen.instruction')]));
    });

    it('lets a first tap on another speaker say that speaker’s phrase', async () => {
      render(
        <>
          <Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />
          <p>
            <Say phrase="exercise.right" text="صحيح!" strings={ar} />
          </p>
        </>,
      );
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const speakers = screen.getAllByRole('button', { name: 'استمع إلى هذا' });
      await userEvent.click(speakers[1]!);
      const instruction = fileOf('ar', 'listen.instruction');
      const tapped = fileOf('ar', 'exercise.right');
      await waitFor(() => expect(playLog.at(-1)).toBe(`play ${tapped}`));
      // The instruction began with the tap, and was stopped for the tapped phrase.
      expect(playLog.slice(playLog.lastIndexOf(`play ${instruction}`))).toContain(`stop ${instruction}`);
    });

    it('forgets the wait when the speaker goes away before the tap', async () => {
      const { unmount } = render(<Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />);
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      unmount();
      await userEvent.click(document.body);
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(howls).toHaveLength(0);
    });
  });

  it('waits for a tap when the phrase is not an instruction', async () => {
    render(<Say phrase="exercise.right" text="صحيح!" strings={ar} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(howls).toHaveLength(0);
  });

  it('waits for a tap when the tutor turned spoken instructions off', async () => {
    await saveComputerSettings(await store(), { speakInstructions: false });
    render(<Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} auto />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(howls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(played()).toEqual([fileOf('ar', 'listen.instruction')]));
  });

  it('plays a tutor’s recording of the phrase before the generated file', async () => {
    // A phrase no other test looked up: recordings are looked up once a page.
    const audio = new NodeBlob(['recorded'], { type: 'audio/webm' }) as Blob;
    await (await store()).recordings.put({ wordId: phraseRecordingId('ar', 'review.intro'), audio, updatedAt: 1 });
    Object.assign(URL, { createObjectURL: () => 'blob:tutor-phrase', revokeObjectURL: () => {} });
    render(<Say phrase="review.intro" text="استمع" strings={ar} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(played()).toEqual(['blob:tutor-phrase']));
  });

  it('speaks the text with the browser’s voice of the help language when the file cannot play', async () => {
    brokenSources.add(fileOf('ar', 'listen.instruction')!);
    const speech = installSpeech([
      { lang: 'bg-BG', name: 'Bulgarian' },
      { lang: 'ar-SA', name: 'Arabic' },
    ]);
    try {
      render(<Say phrase="listen.instruction" text={ar['listen.instruction']} strings={ar} />);
      await userEvent.click(screen.getByRole('button'));
      await waitFor(() => expect(speech.spoken.map((u) => [u.lang, u.text])).toEqual([['ar-SA', ar['listen.instruction']]]));
    } finally {
      speech.remove();
    }
  });

  it('plays a given file, such as a quiz question’s, by itself once and again when tapped', async () => {
    const en = pickStrings('en', ['exercise.say']);
    const src = '/audio/quiz/en/0123456789ab.mp3';
    render(<Say src={src} text="Which one means thank you?" strings={en} auto />);
    await waitFor(() => expect(played()).toEqual([src]));
    const button = screen.getByRole('button', { name: 'Listen to this' });
    expect(button).toHaveAttribute('data-src', src);
    await userEvent.click(button);
    await waitFor(() => expect(howls[0]?.plays).toBe(2));
    expect(howls).toHaveLength(1);
  });

  it('stops the phrase that was playing when another starts', async () => {
    const en = pickStrings('en', ['exercise.say']);
    render(
      <>
        <Say phrase="exercise.right" text="Right!" strings={en} />
        <Say phrase="exercise.wrong" text="Not this one." strings={en} />
      </>,
    );
    const [first, second] = screen.getAllByRole('button', { name: 'Listen to this' });
    await userEvent.click(first!);
    await waitFor(() => expect(howls).toHaveLength(1));
    const stop = vi.spyOn(howls[0]!, 'stop');
    await userEvent.click(second!);
    await waitFor(() => expect(stop).toHaveBeenCalled());
  });
});

describe('in an exercise', () => {
  const strings = stringsFor(listenAndChooseStringKeys);

  it('puts a speaker beside the instruction, which plays it by itself, and beside the feedback', async () => {
    const { container } = render(
      <ListenAndChoose
        exerciseId="alphabet/first-letters#listen-a-i"
        words={words}
        choices={3}
        strings={strings}
        dir="ltr"
        learnersUrl="/en/learners/"
      />,
    );
    const instruction = container.querySelector<HTMLElement>('.exercise__instruction')!;
    expect(within(instruction).getByRole('button', { name: 'Listen to this' })).toBeInTheDocument();
    await waitFor(() => expect(played()).toEqual([fileOf('en', 'listen.instruction')]));

    const wrong = [...container.querySelectorAll<HTMLButtonElement>('.choice')].find((b) => b.dataset.word !== askedWord(container))!;
    await userEvent.click(wrong);
    const title = container.querySelector<HTMLElement>('.feedback__title')!;
    await userEvent.click(within(title).getByRole('button', { name: 'Listen to this' }));
    await waitFor(() => expect(played()).toContain(fileOf('en', 'exercise.wrong')));
  });
});

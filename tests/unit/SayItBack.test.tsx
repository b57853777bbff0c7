// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import { pickStrings } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';

const take = new Blob(['take'], { type: 'audio/wav' });
const recorder = vi.hoisted(() => ({
  canRecord: vi.fn(() => true),
  startRecording: vi.fn(),
}));
vi.mock('../../src/lib/audio/recorder', () => recorder);
vi.mock('../../src/lib/audio/can-record', () => ({ canRecord: recorder.canRecord }));
const { default: SayItBack, sayItBackStringKeys } = await import('../../src/islands/SayItBack');

/** Every take the browser was asked to play, with the element to end it. */
const played: HTMLMediaElement[] = [];
const live = new Set<string>();
let made = 0;

beforeEach(() => {
  resetHowls();
  played.length = 0;
  live.clear();
  recorder.canRecord.mockReturnValue(true);
  recorder.startRecording.mockImplementation(async () => ({ level: () => 0.5, stop: async () => take, cancel: () => {} }));
  Object.assign(URL, {
    createObjectURL: () => {
      const url = `blob:take-${++made}`;
      live.add(url);
      return url;
    },
    revokeObjectURL: (url: string) => live.delete(url),
  });
  Object.assign(window.HTMLMediaElement.prototype, {
    play(this: HTMLMediaElement) {
      played.push(this);
      return Promise.resolve();
    },
    pause: () => {},
  });
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

const strings = (locale: Locale = 'en') => pickStrings(locale, sayItBackStringKeys);
const word = { src: '/audio/words/kotka.mp3', text: 'ко̀тка' };

describe('SayItBack', () => {
  it('records the child, then plays their take and the model one after the other, as often as they like', async () => {
    render(<SayItBack {...word} strings={strings()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Say it yourself' }));
    expect(await screen.findByRole('meter', { name: 'Your voice' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));

    // First the child's own voice, from memory…
    await waitFor(() => expect(played).toHaveLength(1));
    expect(played[0]!.getAttribute('src')).toMatch(/^blob:take-/);
    expect(howls).toHaveLength(0);
    // …then, when it ends, the model.
    act(() => void played[0]!.dispatchEvent(new Event('ended')));
    await waitFor(() => expect(howls[0]?.plays).toBe(1));
    expect(howls[0]!.options.src).toEqual([word.src]);

    // Again: the same take, then the model again.
    await userEvent.click(screen.getByRole('button', { name: 'Listen: you, then the word' }));
    expect(played).toHaveLength(2);
    expect(played[1]!.getAttribute('src')).toBe(played[0]!.getAttribute('src'));
    act(() => void played[1]!.dispatchEvent(new Event('ended')));
    await waitFor(() => expect(howls[0]?.plays).toBe(2));
    expect(screen.getByRole('button', { name: 'Say it again' })).toBeInTheDocument();
  });

  it('keeps one take in memory, and frees it when the card goes away', async () => {
    const { unmount } = render(<SayItBack {...word} strings={strings()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Say it yourself' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Say it again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(played).toHaveLength(2));
    expect(live.size).toBe(1);
    unmount();
    expect(live.size).toBe(0);
  });

  it('hides the buttons and tells the tutor when the microphone is refused', async () => {
    recorder.startRecording.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<SayItBack {...word} strings={strings()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Say it yourself' }));
    expect(await screen.findByText(/the browser was not allowed to use the microphone/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows no button on a computer without a microphone, and says why in the help language', async () => {
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { enumerateDevices: async () => [{ kind: 'videoinput' }] },
    });
    render(<SayItBack {...word} strings={strings('uk')} />);
    expect(await screen.findByText(/^Для вчителя: цей браузер не має мікрофона/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows no button in a browser that cannot record', async () => {
    recorder.canRecord.mockReturnValue(false);
    render(<SayItBack {...word} strings={strings()} />);
    expect(await screen.findByTestId('practice-unavailable')).toHaveTextContent('no microphone it can use');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

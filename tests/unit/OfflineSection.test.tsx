// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tutorStrings } from './strings';
import * as offlineAudio from '../../src/lib/browser/offline-audio';
import OfflineSection from '../../src/islands/tutor/OfflineSection';

vi.mock('../../src/lib/browser/offline-audio', async (original) => ({
  ...(await original<typeof offlineAudio>()),
  canKeepOffline: vi.fn(() => true),
  loadAudioList: vi.fn(() =>
    Promise.resolve({
      files: [
        { url: '/audio/words/a.mp3', bytes: 13_600_000 },
        { url: '/audio/words/b.mp3', bytes: 100_000 },
      ],
    }),
  ),
  keepEveryAudio: vi.fn(),
  languagesKept: vi.fn(() => Promise.resolve([])),
}));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

it('says the space the audio takes, shows the progress, and can be cancelled', async () => {
  let finish: () => void = () => {};
  vi.mocked(offlineAudio.keepEveryAudio).mockImplementation((list, { signal, onProgress }) => {
    onProgress(1, list.files.length);
    return new Promise((resolve) => {
      finish = () => resolve({ failed: 0 });
      signal.addEventListener('abort', finish);
    });
  });
  render(<OfflineSection strings={tutorStrings('en')} />);
  expect(await screen.findByText(/they take 13\.7 MB\./)).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Make everything available offline' }));
  expect(await screen.findByText('Downloaded 1 of 2 files')).toBeVisible();
  expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
  await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('Stopped. What was downloaded is kept.')).toBeVisible();
});

it('says when everything is kept, and when some files could not be fetched', async () => {
  vi.mocked(offlineAudio.keepEveryAudio).mockResolvedValueOnce({ failed: 0 }).mockResolvedValueOnce({ failed: 3 });
  render(<OfflineSection strings={tutorStrings('ar')} />);
  const start = await screen.findByRole('button', { name: 'اجعل كل شيء متاحًا دون إنترنت' });
  // The size as Arabic pages write numbers and units.
  const size = new Intl.NumberFormat('ar', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(13.7);
  expect(screen.getByText((text) => text.includes(size))).toBeVisible();
  await userEvent.click(start);
  expect(await screen.findByText('كل شيء متاح الآن دون إنترنت.')).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'اجعل كل شيء متاحًا دون إنترنت' }));
  expect(await screen.findByText(/تعذّر تنزيل بعض الملفات/)).toBeVisible();
});

it('says where the site can be kept offline when this browser cannot keep it here', () => {
  vi.mocked(offlineAudio.canKeepOffline).mockReturnValueOnce(false);
  render(<OfflineSection strings={tutorStrings('en')} />);
  expect(screen.getByText(/Open it at http:\/\/localhost/)).toBeVisible();
  expect(screen.queryByRole('button')).toBeNull();
});

it("fetches the spoken instructions of this page's language and of the others used here, not the rest", async () => {
  vi.mocked(offlineAudio.loadAudioList).mockResolvedValueOnce({
    files: [
      { url: '/audio/words/a.mp3', bytes: 1_000_000 },
      { url: '/audio/quiz/en/q.mp3', bytes: 1_000_000 },
      { url: '/audio/quiz/fa/q.mp3', bytes: 1_000_000 },
      { url: '/audio/quiz/uk/q.mp3', bytes: 1_000_000 },
    ],
  });
  vi.mocked(offlineAudio.languagesKept).mockResolvedValueOnce(['fa']);
  vi.mocked(offlineAudio.keepEveryAudio).mockResolvedValueOnce({ failed: 0 });
  render(<OfflineSection strings={tutorStrings('en')} />);
  expect(await screen.findByText(/they take 3 MB\./)).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Make everything available offline' }));
  const [list] = vi.mocked(offlineAudio.keepEveryAudio).mock.calls[0]!;
  expect(list.files.map((file) => file.url)).toEqual(['/audio/words/a.mp3', '/audio/quiz/en/q.mp3', '/audio/quiz/fa/q.mp3']);
});

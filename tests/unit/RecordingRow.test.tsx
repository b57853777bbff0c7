// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pickByPrefix } from '../../src/i18n';
import type { RecordingStrings } from '../../src/islands/tutor/recording-strings';

const take = new Blob(['take'], { type: 'audio/wav' });
vi.mock('../../src/lib/audio/recorder', () => ({
  startRecording: vi.fn(async () => ({ level: () => 0.5, stop: async () => take, cancel: () => {} })),
}));
const { default: RecordingRow } = await import('../../src/islands/tutor/RecordingRow');

afterEach(cleanup);
Object.assign(URL, { createObjectURL: () => 'blob:take', revokeObjectURL: () => {} });
Object.assign(window.HTMLMediaElement.prototype, { play: () => Promise.resolve() });
const strings = pickByPrefix('en', ['tutor.']) as unknown as RecordingStrings;
const item = { key: 'kotka', text: 'котка' };

it('keeps a take only when the tutor says so', async () => {
  const onKeep = vi.fn(async () => {});
  render(<RecordingRow item={item} strings={strings} saved={undefined} onKeep={onKeep} onDelete={async () => {}} />);
  await userEvent.click(screen.getByRole('button', { name: 'Record' }));
  expect(await screen.findByRole('meter', { name: 'Microphone level' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Record again' }));
  expect(onKeep).not.toHaveBeenCalled();
  await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Keep' }));
  expect(onKeep).toHaveBeenCalledWith(take);
});

it('on the lesson walk, starts by itself and keeps the take with one tap, then moves on', async () => {
  const onKeep = vi.fn(async () => {});
  const onWalkStep = vi.fn();
  render(
    <RecordingRow
      item={item}
      strings={strings}
      saved={undefined}
      onKeep={onKeep}
      onDelete={async () => {}}
      autoStart
      onWalkStep={onWalkStep}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await waitFor(() => expect(onWalkStep).toHaveBeenCalledTimes(1));
  expect(onKeep).toHaveBeenCalledWith(take);
});

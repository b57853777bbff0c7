// @vitest-environment jsdom
import { tutorStrings } from './strings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TutorPanel from '../../src/islands/TutorPanel';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt } from '../../src/lib/store/progress';
import {
  checkTutorPin,
  computerSettings,
  hasTutorPin,
  openTutorTools,
  setTutorPin,
  startSession,
  tutorToolsOpen,
} from '../../src/lib/store/session';
import { exportProgress } from '../../src/lib/store/backup';
import { throttled, waitLeft } from '../../src/lib/store/throttle';
import { passwordPictures } from '../../src/lib/learner-pictures';
import { Blob as NodeBlob } from 'node:buffer';
import type { BackupFile } from '../../src/lib/store/backup';

// What the tutor saves: jsdom cannot download, so the file's contents are caught here.
const downloads = vi.hoisted(() => ({ downloadJson: vi.fn(), downloadBlob: vi.fn(), today: () => '2026-12-06' }));
vi.mock('../../src/islands/tutor/download', () => downloads);

const strings = tutorStrings('en');

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Chooses a file in the "load" field. jsdom's File has no text(), so the test gives it one. */
function upload(content: string) {
  const file = Object.assign(new File([content], 'backup.json', { type: 'application/json' }), { text: async () => content });
  fireEvent.change(screen.getByLabelText('Load progress from a file'), { target: { files: [file] } });
}

/** A first visit: the tutor creates the PIN (typed twice), and the tools open. */
async function openPanel(pin = '2468') {
  await userEvent.type(await screen.findByLabelText('Set a PIN (4 to 8 digits) to keep children out of this page'), pin);
  await userEvent.type(screen.getByLabelText('The same PIN again'), pin);
  await userEvent.click(screen.getByRole('button', { name: 'Save the PIN and open' }));
  await screen.findByRole('heading', { name: 'Learners' });
}

describe('TutorPanel', () => {
  it('is closed on the first visit: nothing shows until a PIN is chosen and typed twice alike', async () => {
    render(<TutorPanel strings={strings} />);
    await userEvent.type(await screen.findByLabelText('Set a PIN (4 to 8 digits) to keep children out of this page'), '2468');
    await userEvent.type(screen.getByLabelText('The same PIN again'), '2469');
    await userEvent.click(screen.getByRole('button', { name: 'Save the PIN and open' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two PINs are not the same.');
    expect(screen.queryByRole('heading', { name: 'Learners' })).not.toBeInTheDocument();
    expect(await hasTutorPin((await store()).db)).toBe(false);
    await userEvent.type(screen.getByLabelText('The same PIN again'), '2468');
    await userEvent.click(screen.getByRole('button', { name: 'Save the PIN and open' }));
    expect(await screen.findByRole('heading', { name: 'Learners' })).toBeInTheDocument();
    expect(await checkTutorPin((await store()).db, '2468')).toBe(true);
  });

  it('opens on the next tutor page without the PIN, until it is locked or a child starts learning', async () => {
    const first = render(<TutorPanel strings={strings} />);
    await openPanel();
    first.unmount();
    // Another tutor page: open at once.
    const second = render(<TutorPanel strings={strings} />);
    expect(await screen.findByRole('heading', { name: 'Learners' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Lock the tutor tools/ }));
    second.unmount();
    render(<TutorPanel strings={strings} />);
    expect(await screen.findByLabelText('Tutor PIN')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Learners' })).not.toBeInTheDocument();
    cleanup();

    // Opened again, then a child chooses their card: the tools close.
    const { db } = await store();
    await openTutorTools(db);
    await startSession(db, (await createProfile(db, { name: 'Ана', picture: '1F98A' })).id);
    render(<TutorPanel strings={strings} />);
    expect(await screen.findByLabelText('Tutor PIN')).toBeInTheDocument();
  });

  it('locks with the lock button, and shows the PIN only once the lock is stored', async () => {
    render(<TutorPanel strings={strings} />);
    await openPanel();
    // The store is slow to write the lock: the page does not say "locked" before it is.
    const { db } = await store();
    let written!: () => void;
    const slowWrite = new Promise<void>((resolve) => (written = resolve));
    const remove = db.settings.delete.bind(db.settings);
    const slowDelete = (key: string) => slowWrite.then(() => remove(key));
    // Dexie's promise type asks for more than the page uses of it: a plain promise stands in.
    const deleting = vi.spyOn(db.settings, 'delete').mockImplementation(slowDelete as typeof db.settings.delete);
    await userEvent.click(screen.getByRole('button', { name: /Lock the tutor tools/ }));
    expect(screen.queryByLabelText('Tutor PIN')).not.toBeInTheDocument();
    written();
    expect(await screen.findByLabelText('Tutor PIN')).toBeInTheDocument();
    deleting.mockRestore();
    // A reload now meets the PIN too (an e2e run reloaded between the PIN's showing and the write).
    expect(await tutorToolsOpen(db)).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Learners' })).not.toBeInTheDocument();
  });

  it('makes a guesser wait after three wrong PINs in a row', async () => {
    const { db } = await store();
    await setTutorPin(db, '2468');
    render(<TutorPanel strings={strings} />);
    const field = await screen.findByLabelText('Tutor PIN');
    for (let i = 0; i < 3; i++) {
      await userEvent.type(field, '1111');
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      await waitFor(() => expect(field).toHaveValue(''));
    }
    // The wait replaces the "not right" message once the third wrong PIN is counted.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong tries. Wait 5 seconds, then try again.'));
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
    expect(await waitLeft(db, throttled.tutorPin)).toBeGreaterThan(0);
  });

  it('removes a forgotten PIN when the shown phrase is typed, and keeps every child', async () => {
    const { db } = await store();
    await setTutorPin(db, '2468');
    await createProfile(db, { name: 'Omar', picture: '1F981' });
    render(<TutorPanel strings={strings} />);
    await userEvent.click(await screen.findByText('Forgot the PIN?'));
    const remove = screen.getByRole('button', { name: 'Remove the PIN' });
    expect(remove).toBeDisabled();
    await userEvent.type(screen.getByLabelText('RESET'), 'reset');
    await userEvent.click(remove);
    expect(await screen.findByRole('status')).toHaveTextContent('The PIN is removed. Choose a new one.');
    expect(await screen.findByLabelText('The same PIN again')).toBeInTheDocument();
    expect(await hasTutorPin(db)).toBe(false);
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Omar']);
  });

  it('asks for the PIN when one is set, refuses a wrong one, and opens with the right one', async () => {
    const { db } = await store();
    await setTutorPin(db, '2468');
    render(<TutorPanel strings={strings} />);
    await userEvent.type(await screen.findByLabelText('Tutor PIN'), '1111');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That PIN is not right.');
    expect(screen.queryByRole('heading', { name: 'Learners' })).not.toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Tutor PIN'));
    await userEvent.type(screen.getByLabelText('Tutor PIN'), '2468');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { name: 'Learners' })).toBeInTheDocument();
  });

  it('saves the time-out, picture passwords and spoken instructions for this computer', async () => {
    render(<TutorPanel strings={strings} />);
    await openPanel();
    const minutes = await screen.findByLabelText('Ask “Who is learning?” after this many minutes without activity');
    expect(minutes).toHaveValue(15);
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '30');
    await userEvent.click(screen.getByLabelText('Children choose three secret pictures after their card'));
    const speak = screen.getByLabelText('Read instructions aloud by themselves the first time a child sees them');
    expect(speak).toBeChecked();
    await userEvent.click(speak);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(await computerSettings((await store()).db)).toEqual({ inactivityMinutes: 30, picturePasswords: true, speakInstructions: false });
  });

  it('changes the PIN to another of 4 to 8 digits and keeps a shorter one out', async () => {
    render(<TutorPanel strings={strings} />);
    await openPanel('9999');
    const pin = screen.getByLabelText('Set a PIN (4 to 8 digits) to keep children out of this page');
    await userEvent.type(pin, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save PIN' }));
    // The field's own pattern stops the form: the browser says what is wrong, nothing is saved.
    expect(pin).toBeInvalid();
    const { db } = await store();
    expect(await checkTutorPin(db, '9999')).toBe(true);
    await userEvent.type(pin, '3456');
    await userEvent.click(screen.getByRole('button', { name: 'Save PIN' }));
    expect(await screen.findByRole('status')).toHaveTextContent('PIN saved.');
    expect(await checkTutorPin(db, '123456')).toBe(true);
  });

  it("sets a child's three secret pictures", async () => {
    const { db } = await store();
    const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
    render(<TutorPanel strings={strings} />);
    await openPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Set secret pictures' }));
    const pad = screen.getAllByRole('button').filter((button) => button.querySelector('img'));
    for (const index of [4, 1, 7]) await userEvent.click(pad[index]!);
    expect(await screen.findByRole('status')).toHaveTextContent('Secret pictures set.');
    const saved = await db.profiles.get(omar.id);
    expect(saved?.picturePassword).toBeDefined();
    expect(passwordPictures.length).toBeGreaterThanOrEqual(8);
    expect(await screen.findByRole('button', { name: 'Remove secret pictures' })).toBeInTheDocument();
  });

  it('deletes a learner only after the tutor confirms, naming the child', async () => {
    const { db } = await store();
    await createProfile(db, { name: 'Leyla', picture: '1F98A' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<TutorPanel strings={strings} />);
    await openPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete \u2068Leyla\u2069 and all of their progress? You can undo this for one minute.');
    expect(await db.profiles.count()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.profiles.count()).toBe(0));
    expect(await screen.findByText((_, el) => el?.tagName === 'SPAN' && el.textContent === 'Leyla was deleted.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.profiles.count()).toBe(1));
    expect(await screen.findByText('\u2068Leyla\u2069 is back, with all of their progress.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('loads a backup file and says what it added', async () => {
    const { db } = await store();
    const ana = await createProfile(db, { name: 'Ана', picture: '1F436' });
    await recordAttempt(db, {
      profileId: ana.id,
      lessonId: 'language/greetings',
      exerciseId: 'cards',
      wordId: 'zdravey',
      correct: true,
      ms: 1200,
    });
    const file = JSON.stringify(await exportProgress(db));
    await Promise.all(db.tables.map((table) => table.clear()));
    render(<TutorPanel strings={strings} />);
    await openPanel();
    upload(file);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Loaded: 1 new learner, 0 updated, 1 answer, 0 lessons, 1 word.'),
    );
    expect(await screen.findByText('Ана', { selector: '.tutor__name' })).toBeInTheDocument();
  });

  it('says what a backup weighs with and without the recordings, and puts them in only when asked', async () => {
    const { db } = await store();
    await createProfile(db, { name: 'Ана', picture: '1F436' });
    // Node's Blob: IndexedDB keeps Blobs by structured clone, which knows Node's Blob but not jsdom's.
    await db.recordings.put({
      wordId: 'zdravey',
      audio: new NodeBlob([new Uint8Array(300_000)], { type: 'audio/wav' }) as Blob,
      updatedAt: 1,
    });
    render(<TutorPanel strings={strings} />);
    await openPanel();
    const progressOnly = await screen.findByRole('radio', { name: /^Progress only: about \d kB$/ });
    expect(progressOnly).toBeChecked();
    // 300,000 bytes of sound are 400,000 characters of base64, and the rest of the file.
    const withVoice = await screen.findByRole('radio', {
      name: /^Progress and the recordings of your voice \(1 recording\): about 40\d kB$/,
    });
    const save = screen.getByRole('button', { name: 'Save everyone’s progress to a file' });

    await userEvent.click(save);
    await waitFor(() => expect(downloads.downloadJson).toHaveBeenCalledTimes(1));
    const [name, progress] = downloads.downloadJson.mock.calls[0] as [string, BackupFile];
    expect(name).toBe('zdravei-progress-2026-12-06.json');
    expect(progress.profiles.map((p) => p.name)).toEqual(['Ана']);
    expect(progress).not.toHaveProperty('recordings');

    await userEvent.click(withVoice);
    await userEvent.click(save);
    await waitFor(() => expect(downloads.downloadJson).toHaveBeenCalledTimes(2));
    const [, voiced] = downloads.downloadJson.mock.calls[1] as [string, BackupFile];
    expect(voiced.recordings?.map((r) => [r.key, r.mime, r.audio.length])).toEqual([['zdravey', 'audio/wav', 400_000]]);
  });

  it('offers no recordings to save on a computer that has none', async () => {
    render(<TutorPanel strings={strings} />);
    await openPanel();
    await screen.findByRole('radio', { name: /^Progress only: about \d kB$/ });
    expect(screen.getByRole('radio', { name: /\(none yet\)/ })).toBeDisabled();
  });

  it('refuses a damaged file and changes nothing', async () => {
    const { db } = await store();
    await createProfile(db, { name: 'Omar', picture: '1F981' });
    render(<TutorPanel strings={strings} />);
    await openPanel();
    upload('{"app":"zdravei", "profiles": [');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This file is damaged or is not a Zdravei progress file. Nothing was changed.',
    );
    expect((await db.profiles.toArray()).map((p) => p.name)).toEqual(['Omar']);
  });
});

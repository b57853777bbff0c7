// @vitest-environment jsdom
import { pathsStrings } from './strings';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer, useState } from 'react';
import DraftEditor from '../../src/islands/tutor/paths/DraftEditor';
import { draftReducer, type Draft } from '../../src/lib/paths/draft';
import { lessonsById, type CatalogueLesson } from '../../src/lib/paths/catalogue';

const strings = pathsStrings('en');
const lesson = (id: string, title: string): CatalogueLesson => ({
  id,
  track: 'language',
  level: 'A0',
  order: 1,
  title,
  titleBg: `БГ ${title}`,
  picture: `/pictures/${id.length}.svg`,
  url: `/en/lessons/${id}/`,
});
const catalogue = lessonsById([lesson('l/one', 'One'), lesson('l/two', 'Two'), lesson('l/three', 'Three'), lesson('l/four', 'Four')]);
const start: Draft = { title: 'Tuesday', description: '', lessons: ['l/one', 'l/two', 'l/three', 'l/four'] };

function Harness() {
  const [draft, dispatch] = useReducer(draftReducer, start);
  const [announcement, announce] = useState('');
  const [focusLesson, setFocusLesson] = useState<string>();
  return (
    <DraftEditor
      draft={draft}
      dispatch={dispatch}
      lessons={catalogue}
      strings={strings}
      announcement={announcement}
      announce={announce}
      focusLesson={focusLesson}
      setFocusLesson={setFocusLesson}
    />
  );
}

const order = () =>
  within(screen.getByRole('list', { name: 'Lessons in this path, in order' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

afterEach(cleanup);

describe('the path being written', () => {
  it('shows each lesson with its picture, title and Bulgarian title, in order', () => {
    render(<Harness />);
    expect(order()).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(screen.getByText('БГ Two')).toHaveProperty('lang', 'bg');
  });

  it('moves a lesson with the arrow keys on its handle, keeps the focus there and announces the move', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const handle = screen.getByRole('button', { name: /^Move “\u2068Four\u2069”, now 4 of 4/ });
    handle.focus();
    await user.keyboard('{ArrowUp}');
    expect(order()).toEqual(['One', 'Two', 'Four', 'Three']);
    expect(screen.getByRole('status').textContent).toBe('“\u2068Four\u2069” is now 3 of 4.');
    expect(document.activeElement?.getAttribute('data-handle')).toBe('l/four');
    await user.keyboard('{Home}');
    expect(order()).toEqual(['Four', 'One', 'Two', 'Three']);
    expect(document.activeElement?.getAttribute('data-handle')).toBe('l/four');
    await user.keyboard('{ArrowUp}');
    expect(order()).toEqual(['Four', 'One', 'Two', 'Three']);
  });

  it('moves and removes a lesson with the buttons', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Move “\u2068One\u2069” down' }));
    expect(order()).toEqual(['Two', 'One', 'Three', 'Four']);
    expect(screen.getByRole('button', { name: 'Move “\u2068Two\u2069” up' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Remove “\u2068Three\u2069” from the path' }));
    expect(order()).toEqual(['Two', 'One', 'Four']);
    expect(screen.getByRole('status').textContent).toBe('“\u2068Three\u2069” removed from the path.');
  });

  it('edits the name and description', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.clear(screen.getByLabelText('Name of the path'));
    await user.type(screen.getByLabelText('Name of the path'), 'Вторник');
    expect(screen.getByLabelText('Name of the path')).toHaveProperty('value', 'Вторник');
  });
});

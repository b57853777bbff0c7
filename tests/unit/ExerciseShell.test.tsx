// @vitest-environment jsdom
/**
 * The shell and the rounds every exercise island stands on, through a small exercise
 * made for the test: two questions with a right and a wrong button each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetHowls } from './howler-mock';
import { ExerciseShell, Round, exerciseStringKeys, useRounds, type Run } from '../../src/islands/exercise-kit';
import { verdictOf } from '../../src/lib/exercises/rounds';
import { onExerciseFinished, type ExerciseFinished } from '../../src/lib/browser/exercise-finished';
import { chooseLearner, quietly, stars, stringsFor } from './exercise-helpers';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(exerciseStringKeys);
const exerciseId = 'nature/bears#test';
const questions = ['mechka', 'valk'];

function Questions({ run }: { run: Run }) {
  const group = useRef<HTMLDivElement>(null);
  const rounds = useRounds(run, { group, total: questions.length, seen: () => questions });
  const asked = questions[rounds.index]!;
  return (
    <Round
      rounds={rounds}
      strings={strings}
      instruction={{ pictures: ['listen', 'tap'], text: 'Tap the right one' }}
      answer={() => ({ text: asked })}
    >
      <div ref={group}>
        {(['right', 'wrong'] as const).map((choice) => {
          const { marks, disabled } = rounds.choice(choice, choice === 'right');
          return (
            <button
              key={choice}
              type="button"
              className={`choice${marks}`}
              disabled={disabled}
              onClick={() => rounds.answer(verdictOf(choice === 'right'), asked, { wordId: asked, choice })}
            >
              {`${asked} ${choice}`}
            </button>
          );
        })}
      </div>
    </Round>
  );
}

const renderTest = () =>
  render(
    <ExerciseShell kind="test" label="A test exercise" exerciseId={exerciseId} strings={strings} learnersUrl="/en/learners/">
      {(run) => <Questions run={run} />}
    </ExerciseShell>,
  );

describe('ExerciseShell and useRounds', () => {
  it('name the exercise for screen readers and say where the child is', () => {
    renderTest();
    const section = screen.getByRole('region', { name: 'A test exercise' });
    expect(section).toHaveAttribute('data-exercise', exerciseId);
    expect(section).toHaveClass('exercise', 'test');
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    expect(screen.getByText('Tap the right one')).toBeInTheDocument();
  });

  it('after a wrong answer show the right one, offer "Try again", and keep the wrong choice marked', async () => {
    renderTest();
    await userEvent.click(screen.getByRole('button', { name: 'mechka wrong' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not this one. Here is the right answer:');
    expect(document.querySelector('.feedback__text')).toHaveTextContent('mechka');
    expect(screen.getByRole('button', { name: 'mechka right' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Try again/ })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'mechka wrong' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'mechka wrong' })).toHaveClass('is-wrong');
    // Keyboard users go on from the first choice still enabled.
    await waitFor(() => expect(screen.getByRole('button', { name: 'mechka right' })).toHaveFocus());
  });

  it('go on after a right answer, end after the last round with stars from the first tries, and record every answer', async () => {
    const store = await chooseLearner();
    renderTest();
    await userEvent.click(screen.getByRole('button', { name: 'mechka wrong' }));
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    await userEvent.click(screen.getByRole('button', { name: 'mechka right' }));
    expect(screen.getByRole('button', { name: 'mechka right' })).toHaveClass('is-right');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'valk right' }));
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('Well done! You finished this exercise.');
    // One of two right at the first try: half, one star.
    expect(stars()).toBe('You earned 1 of 3 stars!');
    const attempts = await store.attemptsWhen(3);
    expect(attempts.map((a) => [a.wordId, a.correct])).toEqual([
      ['mechka', false],
      ['mechka', true],
      ['valk', true],
    ]);
    await waitFor(async () => expect((await store.progress('nature/bears'))?.exercises[exerciseId]).toBe(0.5));
  });

  it('tell the page when they end, with the score and then whether it was kept (the lesson’s sequence listens)', async () => {
    await chooseLearner();
    const heard: ExerciseFinished[] = [];
    const stop = onExerciseFinished(document, (finished) => heard.push(finished));
    renderTest();
    for (const word of questions) {
      await userEvent.click(screen.getByRole('button', { name: `${word} right` }));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(heard[0]).toEqual({ exerciseId, score: 1 });
    await waitFor(() => expect(heard.at(-1)?.outcome?.kept).toBe(true));
    expect(heard.at(-1)).toMatchObject({ exerciseId, score: 1, outcome: { progress: { lessonId: 'nature/bears' } } });
    stop();
  });

  it('start afresh with "Play again"', async () => {
    renderTest();
    for (const word of questions) {
      await userEvent.click(screen.getByRole('button', { name: `${word} right` }));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(stars()).toBe('You earned 3 of 3 stars!');
    await userEvent.click(screen.getByRole('button', { name: /Play again/ }));
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'mechka right' })).toBeEnabled();
  });

  it('end with the words an exercise gives it (the flashcards), and show a message instead of crashing', async () => {
    await chooseLearner();
    const end = { done: 'All cards seen', again: 'Start again', doneClass: 'flashcards__done', primary: true };
    render(
      <ExerciseShell kind="deck" label="Deck" exerciseId="x#deck" strings={strings} end={end} learnersUrl="/en/learners/">
        {(run) => (
          <button type="button" onClick={() => run.finish([])}>
            Last card
          </button>
        )}
      </ExerciseShell>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Last card' }));
    expect(await screen.findByRole('status')).toHaveTextContent('All cards seen');
    expect(screen.getByRole('status')).toHaveClass('flashcards__done');
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveClass('primary');
    // The result is stored in the background: wait for it, so nothing updates after the test.
    const { learnerStore } = await import('../../src/lib/store/learner-store');
    const { db } = await learnerStore();
    await waitFor(async () => expect((await db.lessonProgress.toArray()).some((p) => p.lessonId === 'x')).toBe(true));
    cleanup();
    quietly(() =>
      render(
        <ExerciseShell kind="test" label="Broken" exerciseId="x#broken" strings={strings} learnersUrl="/en/learners/">
          {() => {
            throw new Error('broken content');
          }}
        </ExerciseShell>,
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});

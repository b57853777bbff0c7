import { State } from 'ts-fsrs';
import { cardState } from '../../src/lib/store/card-state';

it('names the card states with the numbers ts-fsrs stores', () => {
  expect(cardState).toEqual({ new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning });
});

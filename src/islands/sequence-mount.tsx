/**
 * Mounts the lesson's sequence (LessonSequence) where the lesson page left its props.
 * The page's script imports this after load, so the sequence is not part of a lesson
 * page's first load; React itself is there already for the exercises.
 */
import { createRoot } from 'react-dom/client';
import LessonSequence, { type SequenceProps } from './LessonSequence';

export function mountSequence(mount: HTMLElement): void {
  const props = JSON.parse(mount.dataset.props ?? '{}') as SequenceProps;
  createRoot(mount).render(<LessonSequence {...props} />);
}

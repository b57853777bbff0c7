/**
 * The path builder's state: the path a tutor is writing, before it is saved. A pure reducer,
 * so every step (add, move, remove, start from a ready-made path) is tested without a page.
 * A path holds each lesson once and at most {@link maxPathLessons}, as a link can carry it.
 */
import { maxPathDescriptionLength, maxPathLessons, maxPathNameLength } from './path-code';

/** The path being written. */
export interface Draft {
  /** The saved path's id when editing one; absent for a new path. */
  id?: string;
  title: string;
  description: string;
  /** Lesson ids (`track/slug`) in the order to take them, each once. */
  lessons: string[];
  /** The ready-made path (content/paths/ file name) it started from, if any. */
  basedOn?: string;
}

export const emptyDraft: Draft = { title: '', description: '', lessons: [] };

export type DraftAction =
  | { type: 'add'; lessonId: string }
  | { type: 'remove'; lessonId: string }
  /** Moves the lesson at `from` to the position `to` (both from 0; `to` is clamped). */
  | { type: 'move'; from: number; to: number }
  | { type: 'title'; value: string }
  | { type: 'description'; value: string }
  /** Replaces the whole draft: a saved path to edit, a ready-made one, a file, or a new empty one. */
  | { type: 'load'; draft: Draft };

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'add':
      if (draft.lessons.includes(action.lessonId) || draft.lessons.length >= maxPathLessons) return draft;
      return { ...draft, lessons: [...draft.lessons, action.lessonId] };
    case 'remove':
      return { ...draft, lessons: draft.lessons.filter((id) => id !== action.lessonId) };
    case 'move': {
      const to = Math.max(0, Math.min(draft.lessons.length - 1, action.to));
      const moved = draft.lessons[action.from];
      if (moved === undefined || to === action.from) return draft;
      const lessons = draft.lessons.filter((_, index) => index !== action.from);
      lessons.splice(to, 0, moved);
      return { ...draft, lessons };
    }
    case 'title':
      return { ...draft, title: action.value.slice(0, maxPathNameLength) };
    case 'description':
      return { ...draft, description: action.value.slice(0, maxPathDescriptionLength) };
    case 'load':
      return { ...action.draft, lessons: [...new Set(action.draft.lessons)].slice(0, maxPathLessons) };
  }
}

/** Where a key pressed on a lesson's move handle sends it, or undefined for any other key. */
export function moveTarget(key: string, index: number, length: number): number | undefined {
  const target = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: length - 1 }[key];
  if (target === undefined || target < 0 || target >= length || target === index) return undefined;
  return target;
}

/** What stops a draft from being saved: no name, or no lesson. Empty when it can be saved. */
export function draftProblems(draft: Draft): ('no-title' | 'no-lessons')[] {
  return [...(draft.title.trim() === '' ? (['no-title'] as const) : []), ...(draft.lessons.length === 0 ? (['no-lessons'] as const) : [])];
}

/**
 * Small pieces the exercises share. Pictures carry the instructions; the words are for
 * screen readers and those who read.
 */
import type { ReactNode } from 'react';
import AudioButton, { type AudioButtonStrings } from '../AudioButton';
import { exercisePicture, type ExercisePicture } from '../../lib/exercises/pictures';
import { format } from '../../lib/i18n/format';
import type { TextPart } from '../../lib/i18n/bulgarian-spans';
import type { ExerciseStrings } from './strings';
import { SayPhrase } from './phrases';

// Every picture in an exercise is loading="lazy": otherwise React writes a preload link
// for each one into the page, and a lesson fetched twenty pictures, most of them in steps
// not yet shown, before its own code.
export function Picture({ name, className = 'exercise__icon' }: { name: ExercisePicture; className?: string }) {
  return <img loading="lazy" className={className} src={exercisePicture(name)} alt="" width="48" height="48" />;
}

/**
 * The instruction as pictures, with the words for screen readers and those who read, and
 * a speaker that reads them aloud (by itself the first time they are seen on the page).
 * `phrase` is the words' key in the UI strings, found from the text when not given.
 */
export function Instruction({ pictures, text, phrase }: { pictures: readonly ExercisePicture[]; text: string; phrase?: string }) {
  return (
    <p className="exercise__instruction">
      {pictures.map((name) => (
        <Picture key={name} name={name} />
      ))}
      <span>{text}</span>
      <SayPhrase text={text} phrase={phrase} auto />
    </p>
  );
}

/** "2 of 5", with a bar for those who do not read numbers yet. */
export function Position({ current, total, strings }: { current: number; total: number; strings: ExerciseStrings }) {
  return (
    <p className="exercise__position">
      <progress max={total} value={current - 1} aria-hidden="true" />
      <span>{format(strings['exercise.position'], { current, total }, strings.locale)}</span>
    </p>
  );
}

/** Gives the focus to the first button still enabled in a group, after "Try again" or "Next". */
export function focusFirst(group: HTMLElement | null) {
  // After React has re-enabled the buttons.
  setTimeout(() => group?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus());
}

/** Text in the help language with the Bulgarian words the author put in [brackets] marked lang="bg" dir="ltr". */
export function Rich({ parts }: { parts: readonly TextPart[] }): ReactNode {
  return (
    <>
      {parts.map((part, i) =>
        part.bulgarian ? (
          <span key={i} lang="bg" dir="ltr">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The picture of a word as a choice (the text is the button's label). */
export function ChoicePicture({ src, size = 96 }: { src: string | undefined; size?: number }) {
  return <img loading="lazy" src={src} alt="" width={size} height={size} draggable={false} />;
}

/**
 * The round's question as a sound: a large play button named without giving the word
 * away, with the word's picture when the exercise shows it. It plays by itself from the
 * second round on; the first waits for a tap, which lets the browser play sound.
 */
export function SoundPrompt({ round, sound, label, picture, strings }: SoundPromptProps) {
  return (
    <div className="exercise__prompt" data-word={sound.id}>
      {picture && <img loading="lazy" src={picture} alt="" width="96" height="96" />}
      <AudioButton
        key={round}
        src={sound.audio}
        text={sound.stressed}
        wordId={sound.id}
        label={label}
        strings={strings}
        size="large"
        autoPlay={round > 0}
      />
    </div>
  );
}

interface SoundPromptProps {
  /** The round, from 0. */
  round: number;
  /** The word (or letter sound) asked about: its id names the prompt for tests. */
  sound: { id: string; stressed: string; audio: string };
  label: string;
  picture?: string | undefined;
  strings: AudioButtonStrings;
}

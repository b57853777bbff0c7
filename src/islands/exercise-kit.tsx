/**
 * What every exercise island shares, in one import: the shell (crash message, section,
 * run, end), the rounds (progress, verdict, next or try again), the feedback, the
 * instruction and the UI strings they need. The pieces live in exercise-kit/.
 */
import './exercises.css';

export { exerciseStringKeys, type ExerciseProps, type ExerciseStrings, type ShellStrings, type StringsOf } from './exercise-kit/strings';
export { ExerciseShell, exerciseIsland, type EndLook } from './exercise-kit/ExerciseShell';
export { useRun, type Run } from './exercise-kit/use-run';
export { useRounds, type Rounds } from './exercise-kit/use-rounds';
export { Round } from './exercise-kit/Round';
export { Feedback, wordAnswer, type Answer } from './exercise-kit/Feedback';
export { ChoicePicture, Instruction, Picture, Position, Rich, SoundPrompt, focusFirst } from './exercise-kit/parts';
export { SpeakerIcon, mayPlayAtOnce, useSpeaker, type Spoken } from './exercise-kit/speaking';

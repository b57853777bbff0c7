/**
 * A new learner, made with taps alone: a picture (the ones other children on this computer
 * already have are marked and cannot be chosen, so no two share a card), a colour, and a
 * name only if someone wants to write one (a tutor can add it later).
 */
import { useState, type CSSProperties, type SubmitEvent } from 'react';
import { whenDone } from './when-done';
import Say from './Say';
import { openmojiUrl } from '../lib/routes';
import { maxNameLength, ProfileError } from '../lib/store/profiles';
import {
  profileColours,
  profilePictures,
  pictureName,
  type ColourStrings,
  type PictureStrings,
  type ProfileColour,
} from '../lib/learner-pictures';

export type NewLearnerStrings = PictureStrings &
  ColourStrings & {
    'learners.add': string;
    'learners.name': string;
    'learners.picture': string;
    'exercise.say': string;
    'learners.colour': string;
    'learners.taken': string;
    'learners.allTaken': string;
    'learners.choosePicture': string;
    'learners.create': string;
    'learners.cancel': string;
    'learners.nameMissing': string;
    'learners.actionFailed': string;
    'learners.nameTooLong': string;
    'learners.nameMarkup': string;
  };

interface Props {
  strings: NewLearnerStrings;
  /** The pictures of the children already on this computer. */
  taken: ReadonlySet<string>;
  /** The colour chosen at first, so that children made one after another differ. */
  firstColour: ProfileColour;
  canCancel: boolean;
  onCancel: () => void;
  onCreate: (learner: { name: string; picture: string; colour: ProfileColour }) => Promise<void>;
}

const colourNames = Object.keys(profileColours) as ProfileColour[];

export default function NewLearner({ strings, taken, firstColour, canCancel, onCancel, onCreate }: Props) {
  const [name, setName] = useState('');
  const [picture, setPicture] = useState<string>();
  const [colour, setColour] = useState<ProfileColour>(firstColour);
  const [problem, setProblem] = useState<string>();
  const allTaken = profilePictures.every((code) => taken.has(code));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!picture) return;
    try {
      await onCreate({ name, picture, colour });
    } catch (error) {
      // A storage failure is not the child's mistake: whenDone below shows it as such.
      if (!(error instanceof ProfileError)) throw error;
      const code = error.message;
      setProblem(
        code === 'name-too-long'
          ? strings['learners.nameTooLong']
          : code === 'name-has-markup'
            ? strings['learners.nameMarkup']
            : strings['learners.nameMissing'],
      );
    }
  };

  return (
    <form className="learners__new" onSubmit={whenDone(submit, () => setProblem(strings['learners.actionFailed']))} noValidate>
      <h2>{strings['learners.add']}</h2>
      {allTaken && <p className="learners__wrong">{strings['learners.allTaken']}</p>}
      <fieldset>
        <legend>{strings['learners.picture']}</legend>
        <Say phrase="learners.picture" text={strings['learners.picture']} strings={strings} auto />
        <div className="learners__pictures">
          {profilePictures.map((code) => (
            <label key={code} className="picture-choice" data-taken={taken.has(code) || undefined}>
              <input
                type="radio"
                name="picture"
                value={code}
                checked={picture === code}
                disabled={taken.has(code)}
                onChange={() => setPicture(code)}
              />
              <img src={openmojiUrl(code)} alt={pictureName(code, strings)} width="72" height="72" />
              {taken.has(code) && (
                <span className="picture-choice__taken">
                  <img src={openmojiUrl('1F512')} alt="" width="28" height="28" />
                  <span className="visually-hidden">{strings['learners.taken']}</span>
                </span>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{strings['learners.colour']}</legend>
        <Say phrase="learners.colour" text={strings['learners.colour']} strings={strings} />
        <div className="learners__colours">
          {colourNames.map((name) => (
            <label key={name} className="colour-choice" style={{ '--learner-colour': profileColours[name] } as CSSProperties}>
              <input type="radio" name="colour" value={name} checked={colour === name} onChange={() => setColour(name)} />
              <span className="visually-hidden">{strings[`colour.${name}`]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="learner-name">{strings['learners.name']}</label>
      <input
        id="learner-name"
        name="name"
        value={name}
        maxLength={maxNameLength}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'learner-name-problem' : undefined}
      />
      {problem && (
        <p id="learner-name-problem" className="learners__wrong" role="alert">
          {problem}
        </p>
      )}
      <div className="learners__actions">
        <button
          type="submit"
          className="button primary learners__start"
          disabled={!picture}
          aria-describedby={picture ? undefined : 'learner-choose'}
        >
          {picture && (
            <span className="learner-face" style={{ '--learner-colour': profileColours[colour] } as CSSProperties}>
              <img src={openmojiUrl(picture)} alt="" width="48" height="48" />
            </span>
          )}
          {strings['learners.create']}
        </button>
        {canCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {strings['learners.cancel']}
          </button>
        )}
      </div>
      {!picture && (
        <p id="learner-choose" className="learners__hint">
          <img src={openmojiUrl('1F446')} alt="" width="32" height="32" /> {strings['learners.choosePicture']}{' '}
          <Say phrase="learners.choosePicture" text={strings['learners.choosePicture']} strings={strings} />
        </p>
      )}
    </form>
  );
}

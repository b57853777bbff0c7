/**
 * "Who is learning?": one big card per child, with their picture and name. A new
 * learner gives a name and picks a picture. When the tutor turned picture passwords
 * on, a child with one taps their three pictures before going on (PasswordStep).
 */
import { whenDone } from './when-done';
import { safeNext } from '../lib/browser/safe-next';
import { openmojiUrl } from '../lib/routes';
import { useState, type SubmitEvent } from 'react';
import type { Profile } from '../lib/store/db';
import { createProfile, listProfiles, maxNameLength, ProfileError } from '../lib/store/profiles';
import { computerSettings, startSession } from '../lib/store/session';
import { profilePictures } from '../lib/learner-pictures';
import ExerciseBoundary from './ExerciseBoundary';
import PasswordStep, { type PasswordStepStrings } from './PasswordStep';
import StorageNotice from './StorageNotice';
import Say from './Say';
import { useLiveQuery, useStore } from './use-store';
import './learners.css';

export interface LearnerPickerStrings extends PasswordStepStrings {
  'learners.intro': string;
  'learners.add': string;
  'learners.name': string;
  'learners.picture': string;
  'learners.create': string;
  'learners.cancel': string;
  'learners.empty': string;
  'learners.nameMissing': string;
  'learners.actionFailed': string;
  'learners.nameTooLong': string;
  'learners.nameMarkup': string;
  'learners.loading': string;
  'storage.memory': string;
  'exercise.crashed': string;
  'exercise.say': string;
}

interface Props {
  strings: LearnerPickerStrings;
  /** Where a child goes after choosing: their home page, or the page they came from. */
  homeUrl: string;
  /** Goes to a page; tests replace it, since jsdom cannot navigate. */
  navigate?: (url: string) => void;
}

const goTo = (url: string) => window.location.assign(url);

function Picker({ strings, homeUrl, navigate = goTo }: Props) {
  const opened = useStore();
  const db = opened?.db;
  const profiles = useLiveQuery(() => (db ? listProfiles(db) : undefined), [db]);
  const settings = useLiveQuery(() => (db ? computerSettings(db) : undefined), [db]);
  const [adding, setAdding] = useState(false);
  const [asking, setAsking] = useState<Profile>();

  const enter = async (profile: Profile) => {
    if (!db) return;
    await startSession(db, profile.id);
    navigate(safeNext(window.location.search, homeUrl, window.location.origin));
  };

  const choose = (profile: Profile) => {
    if (settings?.picturePasswords && profile.picturePassword) setAsking(profile);
    else void enter(profile);
  };

  if (!db || profiles === undefined) return <p>{strings['learners.loading']}</p>;

  if (asking) {
    return (
      <PasswordStep db={db} profile={asking} strings={strings} onRight={() => void enter(asking)} onCancel={() => setAsking(undefined)} />
    );
  }

  if (adding || profiles.length === 0) {
    return (
      <>
        <StorageNotice kind={opened?.kind} message={strings['storage.memory']} />
        {profiles.length === 0 && (
          <p>
            {strings['learners.empty']} <Say phrase="learners.empty" text={strings['learners.empty']} strings={strings} auto />
          </p>
        )}
        <NewLearner
          strings={strings}
          canCancel={profiles.length > 0}
          onCancel={() => setAdding(false)}
          onCreate={async (name, picture) => {
            const profile = await createProfile(db, { name, picture });
            await enter(profile);
          }}
        />
      </>
    );
  }

  return (
    <>
      <StorageNotice kind={opened?.kind} message={strings['storage.memory']} />
      <p className="learners__intro">
        {strings['learners.intro']} <Say phrase="learners.intro" text={strings['learners.intro']} strings={strings} auto />
      </p>
      <ul className="learners__cards">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <button type="button" className="learner-card" onClick={() => choose(profile)}>
              <img src={openmojiUrl(profile.picture)} alt="" width="112" height="112" />
              <bdi className="learner-card__name">{profile.name}</bdi>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="learner-card learner-card--new" onClick={() => setAdding(true)}>
            <span className="learner-card__plus" aria-hidden="true">
              +
            </span>
            <span className="learner-card__name">{strings['learners.add']}</span>
          </button>
        </li>
      </ul>
    </>
  );
}

function NewLearner({
  strings,
  canCancel,
  onCancel,
  onCreate,
}: {
  strings: LearnerPickerStrings;
  canCancel: boolean;
  onCancel: () => void;
  onCreate: (name: string, picture: string) => Promise<void>;
}) {
  const [name, setName] = useState('');
  const [picture, setPicture] = useState<string>(profilePictures[0]);
  const [problem, setProblem] = useState<string>();

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await onCreate(name, picture);
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
      <fieldset>
        <legend>{strings['learners.picture']}</legend>
        <Say phrase="learners.picture" text={strings['learners.picture']} strings={strings} auto />
        <div className="learners__pictures">
          {profilePictures.map((code, i) => (
            <label key={code} className="picture-choice">
              <input type="radio" name="picture" value={code} checked={picture === code} onChange={() => setPicture(code)} />
              <img src={openmojiUrl(code)} alt={String(i + 1)} width="56" height="56" />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="learners__actions">
        <button type="submit" className="button primary">
          {strings['learners.create']}
        </button>
        {canCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {strings['learners.cancel']}
          </button>
        )}
      </div>
    </form>
  );
}

export default function LearnerPicker(props: Props) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <Picker {...props} />
    </ExerciseBoundary>
  );
}

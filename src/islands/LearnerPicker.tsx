/**
 * "Who is learning?": one big card per child, with their picture, colour and name (or the
 * picture alone, for a child who started without one). A new learner chooses a picture and
 * a colour with taps alone (NewLearner). When the tutor turned picture passwords on, a
 * child with one taps their three pictures before going on (PasswordStep).
 *
 * The cards come from a read with the browser's own IndexedDB API (readProfilesRaw), so
 * they show before the store's code (Dexie) loads: that loads at the first touch, and from
 * then on the cards follow the store (another tab adding a child). With no database yet, or
 * storage unusable, the store opens at once, as before. The page's first script draws the
 * same cards before this island's code has come (learners-first-screen.ts); the island takes
 * them away as it draws its own, and acts on a card a child tapped meanwhile.
 */
import { safeNext } from '../lib/browser/safe-next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Profile } from '../lib/store/db';
import { readProfilesRaw } from '../lib/store/profiles-raw';
import { createProfile, listProfiles, sortedProfiles } from '../lib/store/profiles';
import { computerSettings, startSession } from '../lib/store/session';
import { profileColours, type ProfileColour } from '../lib/learner-pictures';
import ExerciseBoundary from './ExerciseBoundary';
import LearnerFace, { type LearnerFaceStrings } from './LearnerFace';
import NewLearner, { type NewLearnerStrings } from './NewLearner';
import PasswordStep, { type PasswordStepStrings } from './PasswordStep';
import StorageNotice from './StorageNotice';
import Say from './Say';
import { LoadFailed, useFirstTouch } from './lazy-part';
import { newLearnerTap, takeLearnersFirst } from './learners-first-screen';
import { useLazyStore, useLiveRead, useRawRead } from './lazy-store';
import './learners.css';

export type LearnerPickerStrings = PasswordStepStrings &
  NewLearnerStrings &
  LearnerFaceStrings & {
    'learners.intro': string;
    'learners.empty': string;
    'learners.loading': string;
    'storage.memory': string;
    'exercise.crashed': string;
    'exercise.say': string;
  };

/** The prefixes of the UI strings the learners page gives this island (pickByPrefix). */
export const learnerPickerPrefixes = ['learners.', 'password.', 'storage.', 'exercise.', 'picture.', 'colour.'] as const;

interface Props {
  strings: LearnerPickerStrings;
  /** Where a child goes after choosing: their home page, or the page they came from. */
  homeUrl: string;
  /** Goes to a page; tests replace it, since jsdom cannot navigate. */
  navigate?: (url: string) => void;
}

const goTo = (url: string) => window.location.assign(url);
const colourNames = Object.keys(profileColours) as ProfileColour[];

function Picker({ strings, homeUrl, navigate = goTo }: Props) {
  const { opened, failed, load } = useLazyStore();
  const records = useRawRead(readProfilesRaw);
  useEffect(() => {
    if (records === null) void load().catch(() => undefined);
  }, [records, load]);
  // A child is about to choose: the store will be needed to start their session.
  useFirstTouch(() => void load().catch(() => undefined));
  const stored = useLiveRead(opened, listProfiles, []);
  const profiles = useMemo(() => stored ?? (records ? sortedProfiles(records) : undefined), [stored, records]);
  const [adding, setAdding] = useState(false);
  const [asking, setAsking] = useState<Profile>();
  const taken = useMemo(() => new Set(profiles?.map((profile) => profile.picture)), [profiles]);

  const enter = async (profile: Profile) => {
    const { db } = await load();
    await startSession(db, profile.id);
    navigate(safeNext(window.location.search, homeUrl, window.location.origin));
  };

  const choose = async (profile: Profile) => {
    const { db } = await load();
    if ((await computerSettings(db)).picturePasswords && profile.picturePassword) setAsking(profile);
    else await enter(profile);
  };

  // Once this island's own screen is there, the one the page drew first goes, in the same frame.
  const took = useRef(false);
  const ready = failed || profiles !== undefined;
  useLayoutEffect(() => {
    if (!ready || took.current) return;
    took.current = true;
    const tapped = takeLearnersFirst(document);
    // Once per page, from outside React: a tap on the drawing that stood in for this screen.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (tapped === newLearnerTap) setAdding(true);
    const profile = profiles?.find((candidate) => candidate.id === tapped);
    if (profile) void choose(profile).catch((error: unknown) => console.error(error));
    // `choose` and `profiles` as they are when the screen is first drawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  if (failed) return <LoadFailed />;
  // Hidden while the page's first script shows the cards in its place (learners.css).
  if (profiles === undefined) return <p className="learners__loading">{strings['learners.loading']}</p>;

  if (asking && opened) {
    return (
      <PasswordStep
        db={opened.db}
        profile={asking}
        strings={strings}
        onRight={() => void enter(asking)}
        onCancel={() => setAsking(undefined)}
      />
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
          taken={taken}
          firstColour={colourNames[profiles.length % colourNames.length] ?? 'green'}
          canCancel={profiles.length > 0}
          onCancel={() => setAdding(false)}
          onCreate={async (learner) => {
            const profile = await createProfile((await load()).db, learner);
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
            <button
              type="button"
              className="learner-card"
              onClick={() => void choose(profile).catch((error: unknown) => console.error(error))}
            >
              <LearnerFace profile={profile} strings={strings} size={112} nameClass="learner-card__name" />
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

export default function LearnerPicker(props: Props) {
  return (
    // Broken, the island's message alone is left: the cards the page drew would do nothing.
    <ExerciseBoundary message={props.strings['exercise.crashed']} onCrash={() => takeLearnersFirst(document)}>
      <Picker {...props} />
    </ExerciseBoundary>
  );
}

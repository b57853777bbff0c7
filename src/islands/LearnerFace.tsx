/**
 * A child as the learner screens show them: their picture on their colour, and their
 * name, or for a child without a name the picture alone, named for screen readers
 * ("child with the fox picture"). Used on the cards, the password screen and the tutor's list.
 */
import type { CSSProperties } from 'react';
import type { Profile } from '../lib/store/db';
import { colourValue, learnerLabel, type PictureStrings } from '../lib/learner-pictures';
import { openmojiUrl } from '../lib/routes';

export type LearnerFaceStrings = PictureStrings & { 'learners.unnamed': string; locale?: string };

interface Props {
  profile: Pick<Profile, 'name' | 'picture' | 'colour'>;
  strings: LearnerFaceStrings;
  /** The picture's width and height in CSS pixels. */
  size: number;
  nameClass?: string;
}

export default function LearnerFace({ profile, strings, size, nameClass }: Props) {
  const colour = colourValue(profile.colour);
  return (
    <>
      <span className="learner-face" style={colour ? ({ '--learner-colour': colour } as CSSProperties) : undefined}>
        {/* Named: the picture is decoration beside the name. Unnamed: the picture is the name. */}
        <img src={openmojiUrl(profile.picture)} alt={profile.name ? '' : learnerLabel(profile, strings)} width={size} height={size} />
      </span>
      {profile.name && <bdi className={nameClass}>{profile.name}</bdi>}
    </>
  );
}

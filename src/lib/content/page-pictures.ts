/** OpenMoji pictures used by the pages themselves (not by words), so the build ships them. */
import type { Track } from './schema';
import { passwordPictures, profilePictures, stickerPictures } from '../learner-pictures';

/** The picture beside each track in the catalogue. */
export const trackPictures: Record<Track, string> = {
  alphabet: '270F', // pencil
  language: '1F4AC', // speech balloon
  school: '1F3EB', // school
  nature: '1F3D4', // snow-capped mountain
  history: '1F3F0', // castle
  traditions: '1F9F5', // thread: the martenitsa
};

export const pagePictures: readonly string[] = [
  '1F4DA', // books: lessons
  '1F46A', // family: for families
  '1F465', // people: who is learning
  '1F512', // lock: tutor screens
  '1F501', // repeat: word review
  '1F525', // fire: days in a row
  '1F914', // thinking face: page not found
  '1F3E0', // house: back to the start
  '23F3', // hourglass: a child waits after wrong secret pictures
  ...Object.values(trackPictures),
  ...profilePictures,
  ...passwordPictures,
  ...stickerPictures,
];

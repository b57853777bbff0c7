/** A word in a report: its picture and its Bulgarian spelling, and, where asked, its meaning and a button that plays it. */
import { pictureUrl, wordAudioUrl } from '../../../lib/routes';
import AudioButton, { type AudioButtonStrings } from '../../AudioButton';
import type { ReportWord } from './catalogue';

interface Props {
  wordId: string;
  word: ReportWord | undefined;
  strings: AudioButtonStrings;
  /** The full card (meaning and sound) rather than the small chip of a class cell. */
  full?: boolean;
}

export default function WordChip({ wordId, word, strings, full = false }: Props) {
  // A word no longer in the word bank (an old backup) is still named by its id.
  if (!word) return <span className="report-word">{wordId}</span>;
  return (
    <span className={full ? 'report-word report-word--full' : 'report-word'}>
      {word.picture && <img src={pictureUrl(word.picture)} alt="" width={full ? 40 : 24} height={full ? 40 : 24} />}
      <span lang="bg">{word.stressed}</span>
      {full && word.gloss && <span className="report-word__gloss">{word.gloss}</span>}
      {full && <AudioButton src={wordAudioUrl(word)} text={word.stressed} wordId={word.id} strings={strings} />}
    </span>
  );
}

/** One search result: what it is, its title with the match marked, a snippet, and a word's sound. */
import { Fragment } from 'react';
import type { Locale } from '../lib/i18n/locales';
import { textDirection } from '../lib/i18n/locales';
import type { SearchResult as Found } from '../lib/search/engine';
import { languageRuns } from '../lib/search/language-runs';
import type { TextPart } from '../lib/search/snippet';
import AudioButton from './AudioButton';
import type { SearchStrings } from './Search';

/** A part as shown: a matching word marked, the rest plain text. */
function Piece({ part }: { part: TextPart }) {
  return part.mark ? <mark>{part.text}</mark> : <>{part.text}</>;
}

/** Parts in order, each run of Bulgarian in one left-to-right span with lang="bg" (languageRuns). */
function Marked({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {languageRuns(parts).map((run, i) => {
        const pieces = run.parts.map((part, j) => <Piece key={j} part={part} />);
        return run.bulgarian ? (
          <span key={i} lang="bg" dir="ltr">
            {pieces}
          </span>
        ) : (
          <Fragment key={i}>{pieces}</Fragment>
        );
      })}
    </>
  );
}

/** Text in its own language and direction, inside a line that keeps the page's. */
function InLanguage({ language, parts }: { language: Locale; parts: readonly TextPart[] }) {
  return (
    <span lang={language} dir={textDirection(language)}>
      <Marked parts={parts} />
    </span>
  );
}

const plain = (parts: readonly TextPart[]) => parts.map((p) => p.text).join('');

export default function Result({ result, strings }: { result: Found; strings: SearchStrings }) {
  const title = <InLanguage language={result.title.language} parts={result.title.parts} />;
  const bulgarian = result.titleBg ?? (result.kind === 'word' ? result.title.parts : undefined);
  return (
    <li className={`search-result search-result--${result.kind}`}>
      {result.kind === 'word' &&
        (result.picture ? (
          <img className="search-result__picture" src={result.picture} alt="" width="64" height="64" loading="lazy" />
        ) : (
          <span className="search-result__picture" />
        ))}
      <div className="search-result__body">
        <p className="search-result__kind">{strings[`search.kind.${result.kind}`]}</p>
        <h2 className="search-result__title">{result.url ? <a href={result.url}>{title}</a> : title}</h2>
        {(result.titleBg || result.kind === 'word') && bulgarian && (
          <p className="search-result__bg">
            {result.titleBg && (
              <span lang="bg" dir="ltr" className="search-result__bulgarian">
                <Marked parts={result.titleBg} />
              </span>
            )}
            {result.translit && (
              <span lang="bg-Latn" dir="ltr" className="search-result__translit">
                {result.translit}
              </span>
            )}
            {result.audio && <AudioButton key={result.audio} src={result.audio} text={plain(bulgarian)} strings={strings} />}
          </p>
        )}
        {result.snippet && (
          <p className="search-result__snippet">
            <InLanguage language={result.snippet.language} parts={result.snippet.parts} />
          </p>
        )}
      </div>
    </li>
  );
}

/** The seven ready-made paths of content/paths/: any of them is a start for a path of one's own. */
import { format } from '../../../lib/i18n/format';
import type { ReadyPath } from '../../../lib/paths/catalogue';
import type { PathsStrings } from '../strings';

export default function ReadyPaths({
  ready,
  onStart,
  strings,
}: {
  ready: readonly ReadyPath[];
  onStart: (path: ReadyPath) => void;
  strings: PathsStrings;
}) {
  return (
    <section aria-labelledby="paths-ready">
      <h2 id="paths-ready">{strings['paths.ready']}</h2>
      <ul className="paths__ready">
        {ready.map((path) => (
          <li key={path.id} className="paths__ready-item">
            <h3 id={`ready-${path.id}`}>{path.title}</h3>
            <p>{path.description}</p>
            <p className="tutor__note">{format(strings['paths.lessonCount'], { count: path.lessons.length }, strings.locale)}</p>
            <button type="button" className="button" aria-describedby={`ready-${path.id}`} onClick={() => onStart(path)}>
              {strings['paths.startFrom']}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

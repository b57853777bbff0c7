/**
 * The class view: the children of the group down the side, the lessons of the path across,
 * each cell a lesson's status for a child. On paper it becomes one page per child.
 */
import type { ClassRow } from '../../../lib/reports/needs-help';
import type { ReportProfile } from '../../../lib/reports/report-records';
import { openmojiUrl } from '../../../lib/routes';
import LessonCellView from './LessonCellView';
import type { ReportText } from './report-text';

interface Props {
  grid: readonly ClassRow[];
  lessonIds: readonly string[];
  profiles: ReadonlyMap<string, ReportProfile>;
  text: ReportText;
  /** The path's title, for the caption and the printed pages. */
  pathTitle: string;
}

function ChildName({ profile, id }: { profile: ReportProfile | undefined; id: string }) {
  return (
    <span className="report-child">
      {profile && <img src={openmojiUrl(profile.picture)} alt="" width="28" height="28" />}
      <bdi>{profile?.name ?? id}</bdi>
    </span>
  );
}

export default function ClassView({ grid, lessonIds, profiles, text, pathTitle }: Props) {
  const { t } = text;
  if (grid.length === 0) return <p>{t('report.noChildren')}</p>;
  return (
    <>
      <p className="report-rule">{t('report.rule')}</p>
      <div className="report-grid__scroll report-screen-only">
        <table className="report-grid">
          <caption>{pathTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.child')}</th>
              {lessonIds.map((lessonId) => (
                <th scope="col" key={lessonId}>
                  {text.lessonTitle(lessonId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => (
              <tr key={row.profileId} data-child={row.profileId}>
                <th scope="row">
                  <ChildName profile={profiles.get(row.profileId)} id={row.profileId} />
                </th>
                {row.cells.map(({ lessonId, cell }) => (
                  <td key={lessonId}>
                    <LessonCellView cell={cell} text={text} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* On paper: one page per child, the lessons listed down the page. */}
      <div className="report-print-only">
        {grid.map((row) => (
          <section key={row.profileId} className="report-page">
            <h2>
              <ChildName profile={profiles.get(row.profileId)} id={row.profileId} />
            </h2>
            <p>{pathTitle}</p>
            <dl className="report-page__lessons">
              {row.cells.map(({ lessonId, cell }) => (
                <div key={lessonId}>
                  <dt>{text.lessonTitle(lessonId)}</dt>
                  <dd>
                    <LessonCellView cell={cell} text={text} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}

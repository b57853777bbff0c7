/** The report's choices: which view, which group, which path, and which child or lesson. */
import type { PathChoice } from '../../../lib/reports/report-scope';
import type { ReportProfile } from '../../../lib/reports/report-records';
import type { ReportText } from './report-text';

export type ReportView = 'class' | 'child' | 'lesson';
const views: ReportView[] = ['class', 'child', 'lesson'];

interface Props {
  text: ReportText;
  view: ReportView;
  onView: (view: ReportView) => void;
  groups: readonly { id: string; name: string }[];
  groupId: string | undefined;
  onGroup: (groupId: string | undefined) => void;
  paths: readonly PathChoice[];
  pathKey: string | undefined;
  onPath: (key: string) => void;
  learners: readonly ReportProfile[];
  childId: string | undefined;
  onChild: (id: string) => void;
  lessons: readonly string[];
  lessonId: string | undefined;
  onLesson: (id: string) => void;
}

export default function ReportControls(props: Props) {
  const { text, view } = props;
  const { t } = text;
  const pathOption = (path: PathChoice) => (
    <option key={path.key} value={path.key}>
      {path.assigned ? t('report.assigned', { title: path.title }) : path.title}
    </option>
  );
  const saved = props.paths.filter((p) => p.key.startsWith('saved:'));
  const ready = props.paths.filter((p) => p.key.startsWith('ready:'));
  return (
    <div className="reports__controls">
      <fieldset className="reports__views">
        <legend>{t('report.view')}</legend>
        {views.map((v) => (
          <label key={v}>
            <input type="radio" name="report-view" value={v} checked={view === v} onChange={() => props.onView(v)} />
            {t(`report.view.${v}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('report.group')}
        <select value={props.groupId ?? ''} onChange={(e) => props.onGroup(e.currentTarget.value || undefined)}>
          <option value="">{t('report.everyone')}</option>
          {props.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('report.path')}
        <select value={props.pathKey ?? ''} onChange={(e) => props.onPath(e.currentTarget.value)}>
          {saved.length > 0 && <optgroup label={t('report.pathsHere')}>{saved.map(pathOption)}</optgroup>}
          <optgroup label={t('report.pathsReady')}>{ready.map(pathOption)}</optgroup>
        </select>
      </label>
      {view === 'child' && props.learners.length > 0 && (
        <label>
          {t('report.child')}
          <select value={props.childId ?? ''} onChange={(e) => props.onChild(e.currentTarget.value)}>
            {props.learners.map((child) => (
              <option key={child.id} value={child.id}>
                {child.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {view === 'lesson' && props.lessons.length > 0 && (
        <label>
          {t('report.lesson')}
          <select value={props.lessonId ?? ''} onChange={(e) => props.onLesson(e.currentTarget.value)}>
            {props.lessons.map((id) => (
              <option key={id} value={id}>
                {text.lessonTitle(id)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

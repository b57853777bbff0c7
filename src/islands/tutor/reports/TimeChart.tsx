/**
 * A child's minutes per day as a small bar chart drawn in SVG, and the same numbers as a
 * table for screen readers (the chart itself is hidden from them: a table reads better).
 * Minutes are counted as begun: a day with 20 seconds of answers shows 1, not 0.
 */
import type { DayTime } from '../../../lib/reports/time-per-day';
import { formatNumber } from '../../../lib/i18n/format';
import { isLocale, textDirection } from '../../../lib/i18n/locales';
import type { ReportText } from './report-text';

const barWidth = 24;
const gap = 8;
const chartHeight = 120;
const labelSpace = 18;

export default function TimeChart({ days, text }: { days: readonly DayTime[]; text: ReportText }) {
  const { t, strings } = text;
  const minutes = days.map((d) => Math.ceil(d.ms / 60_000));
  const most = Math.max(60_000, ...days.map((d) => d.ms));
  const width = days.length * (barWidth + gap);
  // Time runs the way the page reads: oldest day at the start of the line (the right, in Arabic and Persian).
  const rtl = isLocale(strings.locale) && textDirection(strings.locale) === 'rtl';
  return (
    <figure className="report-chart">
      <figcaption id="report-chart-title">{t('report.timePerDay')}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${chartHeight + 2 * labelSpace}`}
        width={width}
        height={chartHeight + 2 * labelSpace}
        aria-hidden="true"
        className="report-chart__svg"
      >
        {days.map((day, i) => {
          const height = Math.round((day.ms / most) * chartHeight);
          const x = (rtl ? days.length - 1 - i : i) * (barWidth + gap) + gap / 2;
          return (
            <g key={day.day}>
              <rect
                x={x}
                y={labelSpace + chartHeight - height}
                width={barWidth}
                height={Math.max(height, 1)}
                className="report-chart__bar"
              />
              {minutes[i]! > 0 && (
                <text x={x + barWidth / 2} y={labelSpace + chartHeight - height - 4} textAnchor="middle" className="report-chart__value">
                  {formatNumber(minutes[i]!, strings.locale)}
                </text>
              )}
              <text x={x + barWidth / 2} y={chartHeight + 2 * labelSpace - 4} textAnchor="middle" className="report-chart__day">
                {formatNumber(Number(day.day.slice(8)), strings.locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('report.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.day')}</th>
            <th scope="col">{t('report.csv.minutes')}</th>
            <th scope="col">{t('report.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day, i) => (
            <tr key={day.day}>
              <th scope="row">{text.shortDay(day.day)}</th>
              <td>{t('report.minutes', { count: minutes[i]! })}</td>
              <td>{formatNumber(day.answers, strings.locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

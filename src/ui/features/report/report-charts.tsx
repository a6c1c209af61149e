/**
 * The report's category chart, drawn for the current numbers at a fixed width that fits A4 (the page's
 * own chart keeps what it last showed while off screen, which printed stale numbers — issue 10).
 */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectCategoryFlows } from '../../../state/selectors/results';
import { selectViewSeries, TOTAL_ID } from '../../../state/selectors/view';
import { categoryColour } from '../../components/chart-theme';
import { useResultWords } from '../results/use-result-words';
import { useTexts } from '../../i18n/use-texts';
import { reportTexts } from './texts';

export const REPORT_CHART_WIDTH = 660;

export function ReportCategoryChart() {
  const view = useAppStore(selectViewSeries);
  const flows = useAppStore((s) => selectCategoryFlows(s, TOTAL_ID));
  const words = useResultWords();
  const t = useTexts(reportTexts);
  if (!view || !flows || flows.categories.length === 0) return null;
  const { years } = view.projection;
  const tick = (x: number) => words.yearLabel(years[x - 1] ?? { year: x, calendarYear: null });
  return (
    <figure className="report-figure">
      <figcaption><h2>{t.categoryHeading} {words.scalePhrase(view.scale)}</h2></figcaption>
      <div role="img" aria-label={words.t.categoryDescription(words.ledgerName(TOTAL_ID, 'Netto'))}>
        <BarChart width={REPORT_CHART_WIDTH} height={260} data={flows.points} stackOffset="sign" accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e4e7eb" vertical={false} />
          <XAxis dataKey="x" tickFormatter={tick} tickLine={false} stroke="#5b6570" fontSize={11} />
          <YAxis width={90} tickFormatter={(v: number) => formatNumber(v, words.locale)} stroke="#5b6570" fontSize={11} />
          <Legend />
          <ReferenceLine y={0} stroke="#1d2733" strokeWidth={1.5} />
          {flows.categories.map((c, i) => (
            <Bar key={c.id} dataKey={c.id} name={words.categoryName(c.id, c.label)} stackId="flows" fill={categoryColour(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}

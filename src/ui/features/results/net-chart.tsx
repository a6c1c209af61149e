/**
 * The cumulative net per ledger and in total over the years, a line at zero, and each ledger's
 * payback point marked on it. The chart is a picture for the eye; the table is its accessible
 * equivalent, and the payback times are also listed in text under the chart. Region and stat are
 * dashed by CSS (styles.css), not by recharts' strokeDasharray, which measures every path on each render.
 * It renders with the table, not deferred: a second, deferred pass cost a second layout and made an
 * edit slower to paint (large scenario 53 → 42 ms, measured with bench/ui-latency.ts).
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKroner, formatNumber, formatYears } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectNetChart } from '../../../state/selectors/results';
import { selectViewSeries, TOTAL_ID } from '../../../state/selectors/view';
import { useResultWords } from './use-result-words';
import { CHART, ledgerColour } from '../../components/chart-theme';

const HEIGHT = 340;

export function NetChart() {
  const chart = useAppStore(selectNetChart);
  const view = useAppStore(selectViewSeries);
  const words = useResultWords();
  if (!chart || !view) return null;
  const { t, locale } = words;
  const { years } = view.projection;
  const names = chart.lines.map((l) => words.ledgerName(l.id, l.label));
  const description = t.chartDescription(words.scalePhrase(view.scale), names.join(', '), words.yearLabel(years[0]!), words.yearLabel(years.at(-1)!));
  const paybackText = (p: number | null) => (p === null ? t.noPayback : p === 0 ? t.paybackNow.toLowerCase() : t.paybackAt(formatYears(p, locale)));
  const tick = (x: number) => (x === 0 ? t.start : words.yearLabel(years[x - 1] ?? { year: x, calendarYear: null }));
  return (
    <figure className="panel chart">
      <figcaption><h2>{t.chartHeading(words.scalePhrase(view.scale), chart.valuation === 'discounted')}</h2></figcaption>
      <div role="img" aria-label={description} className="chart__box">
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
          <LineChart data={chart.points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="x" type="number" domain={[0, years.length]} ticks={chart.points.map((p) => p.x!)}
              tickFormatter={tick} tickLine={false} stroke={CHART.axis} />
            <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} />
            <Tooltip formatter={(v) => formatKroner(Number(v), locale)} labelFormatter={(x) => tick(Number(x))} />
            <Legend itemSorter={null} />
            <ReferenceLine y={0} stroke={CHART.ink} strokeWidth={1.5} />
            {chart.lines.map((line, i) => (
              <Line key={line.id} dataKey={line.id} name={names[i]} type="linear" isAnimationActive={false}
                stroke={ledgerColour(line.id, i)} className={`net-line net-line--${line.id}`}
                strokeWidth={line.id === TOTAL_ID ? 3.5 : 2.25} dot={{ r: 3 }} />
            ))}
            {chart.lines.filter((l) => l.payback !== null && l.payback > 0).map((line) => (
              <ReferenceDot key={line.id} x={line.payback!} y={0} r={6} fill="#fff" stroke={ledgerColour(line.id, chart.lines.indexOf(line))}
                strokeWidth={3} className="payback-dot"
                label={{ value: formatNumber(line.payback!, locale, 2), position: 'top', fill: CHART.ink, fontSize: 12 }} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="chart__payback">
        <strong>{t.paybackList}:</strong>{' '}
        {chart.lines.map((l, i) => `${names[i]} ${paybackText(l.payback)}`).join(' · ')}
      </p>
    </figure>
  );
}

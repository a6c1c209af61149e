/**
 * The cumulative net per ledger and in total over the years, a line at zero, and each ledger's
 * payback point marked on it. The chart is a picture for the eye; the table is its accessible
 * equivalent, and the payback times are also listed in text under the chart. Region and stat are
 * dashed by CSS (styles.css), not by recharts' strokeDasharray, which measures every path on each render.
 * It renders with the table, not deferred: a second, deferred pass cost a second layout and made an
 * edit slower to paint (large scenario 53 → 42 ms, measured with bench/ui-latency.ts).
 */
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatYears } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectNetChart, type ChartLine, type NetChartData } from '../../../state/selectors/results';
import { selectViewSeries, TOTAL_ID, type ViewSeries } from '../../../state/selectors/view';
import { useResultWords, type ResultWords } from './use-result-words';
import { chartFigure } from './chart-figure';
import { CHART, ledgerColour } from '../../components/chart-theme';
import { StaticLineShape } from './static-line-shape';
import { hasNoFlows } from './key-figures';

const HEIGHT = 340;
/** Labels of payback points nearer than this share of the horizon alternate above and below the line. */
const NEAR = 0.1;

interface PaybackLine { id: string; payback: number | null }

/**
 * The payback points with their labels: ledgers paying back in the same year share one label, and
 * labels of points close together alternate above and below the zero line so they are not drawn
 * over each other (test/e2e/layout-overlap.test.ts measures it).
 */
export function paybackLabels<L extends PaybackLine>(lines: L[], horizon: number, format: (p: number) => string) {
  const dots = lines.filter((l) => l.payback !== null && l.payback > 0).sort((a, b) => a.payback! - b.payback!);
  const out: { line: L; text: string | null; position: 'top' | 'bottom' }[] = [];
  let last: { at: number; text: string; position: 'top' | 'bottom' } | null = null;
  for (const line of dots) {
    const text = format(line.payback!);
    if (last && last.text === text) { out.push({ line, text: null, position: 'top' }); continue; }
    const position: 'top' | 'bottom' = last && line.payback! - last.at < NEAR * horizon && last.position === 'top' ? 'bottom' : 'top';
    out.push({ line, text, position });
    last = { at: line.payback!, text, position };
  }
  return out;
}

/** `height` in px: the wall (presentation mode) draws it lower so the key figures fit beside it. */
export function NetChart({ height = HEIGHT }: { height?: number } = {}) {
  const chart = useAppStore(selectNetChart);
  const view = useAppStore(selectViewSeries);
  const words = useResultWords();
  if (!chart || !view) return null;
  return <NetChartFigure chart={chart} view={view} words={words} height={height} />;
}

function NetChartFigure({ chart, view, words, height }: { chart: NetChartData; view: ViewSeries; words: ResultWords; height: number }) {
  const { t, locale } = words;
  const { years } = view.projection;
  const names = chart.lines.map((l) => words.ledgerName(l.id, l.label));
  const labels = years.map((y) => words.yearLabel(y));
  const description = t.chartDescription(words.scalePhrase(view.scale), names.join(', '), labels[0]!, labels.at(-1)!);
  // A ledger with no flows at all is not »straks« paid back: nothing happens in it (issue 10).
  const empty = new Set(view.rows.filter(hasNoFlows).map((r) => r.id));
  const paybackText = (id: string, p: number | null) => (empty.has(id) ? t.noFlowsShort : p === null ? t.noPayback
    : p === 0 ? t.paybackNow.toLowerCase() : t.paybackAt(formatYears(p, locale)));
  // Everything but the data and the payback points is the same element tree from one edit to the
  // next (same years, ledgers, names and language), so React skips it when the chart re-renders
  // with new data, and recharts receives no new axis, tooltip or line settings to recompute.
  const frameKey = [locale, t.start, ...labels, '', ...chart.lines.map((l, i) => `${l.id}\u0000${names[i]}`)].join('\u0001');
  const frame = useMemo(() => chartFrame(chart.lines, names, labels, t, locale), [frameKey]);
  return (
    <figure className="panel chart" data-export="net-chart">
      <figcaption><h2>{t.chartHeading(words.scalePhrase(view.scale), chart.valuation === 'discounted')}</h2></figcaption>
      <div role="img" aria-label={description} className="chart__box">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
          <LineChart data={chart.points} margin={MARGIN} accessibilityLayer={false}>
            {frame}
            {paybackLabels(chart.lines, years.length, (p) => formatNumber(p, locale, 2)).map(({ line, text, position }) => (
              <ReferenceDot key={line.id} x={line.payback!} y={0} r={6} fill="#fff" stroke={ledgerColour(line.id, chart.lines.indexOf(line))}
                strokeWidth={3} className="payback-dot"
                {...(text === null ? {} : { label: { value: text, position, fill: CHART.ink, fontSize: 12 } })} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="chart__payback">
        <strong>{t.paybackList}:</strong>{' '}
        {chart.lines.map((l, i) => `${names[i]} ${paybackText(l.id, l.payback)}`).join(' · ')}
      </p>
    </figure>
  );
}

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const X_PADDING = { left: 20, right: 8 };
const DOT = { r: 3 };

/** The grid, axes, tooltip, legend, zero line and one line per ledger: what does not change with the figures. */
function chartFrame(lines: ChartLine[], names: string[], labels: string[], t: ResultWords['t'], locale: ResultWords['locale']) {
  const tick = (x: number) => (x === 0 ? t.start : labels[x - 1] ?? t.year(x, null));
  const ticks = Array.from({ length: labels.length + 1 }, (_, x) => x);
  return (
    <>
      <CartesianGrid stroke={CHART.grid} vertical={false} />
      <XAxis dataKey="x" type="number" domain={[0, labels.length]} ticks={ticks}
        tickFormatter={tick} tickLine={false} stroke={CHART.axis} padding={X_PADDING} />
      <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} />
      <Tooltip formatter={(v) => chartFigure(v, locale)} labelFormatter={(x) => tick(Number(x))} />
      <Legend itemSorter={null} />
      <ReferenceLine y={0} stroke={CHART.ink} strokeWidth={1.5} />
      {lines.map((line, i) => (
        <Line key={line.id} dataKey={line.id} name={names[i]} type="linear" isAnimationActive={false}
          stroke={ledgerColour(line.id, i)} className={`net-line net-line--${line.id}`}
          strokeWidth={line.id === TOTAL_ID ? 3.5 : 2.25} dot={DOT} shape={StaticLineShape} />
      ))}
    </>
  );
}

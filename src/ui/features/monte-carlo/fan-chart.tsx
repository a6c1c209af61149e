/**
 * The fan chart: per year, the cumulative net's 90 % and 50 % intervals as bands and the median as
 * a line, for one ledger. The table under it is its accessible equivalent.
 */
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KeySummary } from '../../../engine';
import type { ScenarioFile } from '../../../io/scenario-schema';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { calendarYear, fanPoints } from './chart-data';
import { useMonteCarloWords } from './use-words';
import { CHART, OKABE_ITO } from '../../components/chart-theme';

const HEIGHT = 300;
const COLOUR = OKABE_ITO.blue;

export function FanChart({ summary, ledger, scenario }: { summary: KeySummary; ledger: string; scenario: ScenarioFile | null }) {
  const { t, locale, ledgerName } = useMonteCarloWords();
  const name = ledgerName(ledger);
  const points = fanPoints(summary.fan);
  const yearLabel = (x: number) => t.year(x, calendarYear(scenario, x));
  const tick = (x: number) => (x === 0 ? 'Start' : String(calendarYear(scenario, x) ?? x));
  return (
    <figure className="mc-figure">
      <figcaption><h4>{t.fanHeading(name)}</h4></figcaption>
      <div role="img" aria-label={t.fanDescription(name)} className="mc-chart">
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 700, height: HEIGHT }}>
          <ComposedChart data={points} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="x" type="number" domain={[0, points.length - 1]} ticks={points.map((p) => p.x)} tickFormatter={tick} stroke={CHART.axis} />
            <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} />
            <Tooltip labelFormatter={(x) => (Number(x) === 0 ? 'Start' : yearLabel(Number(x)))}
              formatter={(v) => (Array.isArray(v) ? v.map((n) => formatKroner(Number(n), locale)).join(' – ') : formatKroner(Number(v), locale))} />
            <ReferenceLine y={0} stroke={CHART.ink} />
            <Area dataKey="band90" name={t.band90} stroke="none" fill={COLOUR} fillOpacity={0.15} isAnimationActive={false} />
            <Area dataKey="band50" name={t.band50} stroke="none" fill={COLOUR} fillOpacity={0.3} isAnimationActive={false} />
            <Line dataKey="median" name={t.median} stroke={COLOUR} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="mc-legend" aria-hidden="true">
        <li><span className="mc-swatch mc-swatch--90" />{t.band90}</li>
        <li><span className="mc-swatch mc-swatch--50" />{t.band50}</li>
        <li><span className="mc-swatch mc-swatch--median" />{t.median}</li>
      </ul>
      <div className="mc-table-scroll">
        <table className="mc-table">
          <caption>{t.fanTable(name)}</caption>
          <thead>
            <tr><td /><th scope="col">P5</th><th scope="col">P25</th><th scope="col">P50</th><th scope="col">P75</th><th scope="col">P95</th></tr>
          </thead>
          <tbody>
            {summary.fan.map((row, i) => (
              <tr key={i}>
                <th scope="row">{yearLabel(i + 1)}</th>
                {row.map((v, j) => <td key={j}>{formatNumber(v, locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

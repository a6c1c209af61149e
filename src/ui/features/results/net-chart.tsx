/**
 * The cumulative net per ledger and in total over the years, with a line at zero (where a ledger
 * has paid back). The chart is a picture for the eye; the table is its accessible equivalent.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { selectViewSeries, TOTAL_ID, useAppStore } from '../../../state';
import { scalePhrase, yearLabel } from './labels';

/** Okabe–Ito colours (distinguishable with colour-blindness); the total is dark and thicker. */
const COLOURS: Record<string, string> = { kommune: '#0072B2', region: '#D55E00', stat: '#009E73', [TOTAL_ID]: '#1d2733' };
const SPARE = ['#CC79A7', '#E69F00', '#56B4E9', '#7f7f7f'];
const DASHES: Record<string, string> = { region: '6 4', stat: '2 3' };
const HEIGHT = 340;

export function NetChart() {
  const view = useAppStore(selectViewSeries);
  if (!view) return null;
  const { projection, rows, scale } = view;
  const data = projection.years.map((y, i) => {
    const point: Record<string, string | number> = { year: yearLabel(y) };
    for (const row of rows) point[row.id] = row.series.cumulative[i] ?? 0;
    return point;
  });
  const description = `Linjediagram over akkumuleret nettoresultat ${scalePhrase(scale)} for ${rows.map((r) => r.label).join(', ')}, `
    + `${yearLabel(projection.years[0]!)} til ${yearLabel(projection.years.at(-1)!)}. Tabellen ovenfor viser de samme tal.`;
  return (
    <figure className="panel chart">
      <figcaption><h2>Akkumuleret nettoresultat {scalePhrase(scale)}</h2></figcaption>
      <div role="img" aria-label={description} className="chart__box">
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e4e7eb" vertical={false} />
            <XAxis dataKey="year" tickLine={false} stroke="#5b6570" padding={{ left: 20, right: 20 }} />
            <YAxis width={96} tickFormatter={(v: number) => formatNumber(v)} stroke="#5b6570" />
            <Tooltip formatter={(v) => formatKroner(Number(v))} />
            <Legend itemSorter={null} />
            <ReferenceLine y={0} stroke="#1d2733" strokeWidth={1.5} />
            {rows.map((row, i) => (
              <Line key={row.id} dataKey={row.id} name={row.label} type="linear" isAnimationActive={false}
                stroke={COLOURS[row.id] ?? SPARE[i % SPARE.length]} strokeDasharray={DASHES[row.id]}
                strokeWidth={row.id === TOTAL_ID ? 3.5 : 2.25} dot={{ r: 3 }} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

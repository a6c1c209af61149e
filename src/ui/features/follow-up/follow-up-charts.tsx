/**
 * Forecast vs realised as charts (loaded lazily with the recharts bundle, like the other charts):
 * per ledger the cumulative net of the forecast (solid) beside the re-projection (dashed), and per
 * outcome the forecast share, the range the case stated and the observed shares. The tables in
 * the panel are the accessible equivalent; each chart says in words what it shows.
 */
import { CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, Area } from 'recharts';
import type { FollowUpView } from '../../../io/follow-up-view';
import { formatKroner, formatNumber, formatShare } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { ledgerColour } from '../../components/chart-theme';
import { followUpTexts } from './texts';

const HEIGHT = 260;

export function FollowUpCharts({ view }: { view: FollowUpView }) {
  const t = useTexts(followUpTexts);
  const locale = useLocale();
  const name = (id: string, label: string) => (id === 'total' ? t.total : label);
  const yearName = (x: number) => (x === 0 ? t.start : String(view.years[x - 1]?.calendarYear ?? x));
  const at = (series: number[], x: number) => (x === 0 ? 0 : series[x - 1] ?? 0);
  const points = Array.from({ length: view.years.length + 1 }, (_, x) => ({
    x, ...Object.fromEntries(view.ledgers.flatMap((l) => [[`${l.id}-f`, at(l.forecastCumulative, x)], [`${l.id}-r`, at(l.reprojectedCumulative, x)]])),
  }));
  return (
    <div className="follow-up__charts">
      <figure className="chart">
        <figcaption><h4>{t.ledgerChart}</h4></figcaption>
        <div role="img" aria-label={t.ledgerChartDescription(view.ledgers.map((l) => name(l.id, l.label)).join(', '))} className="chart__box">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 700, height: HEIGHT }}>
            <LineChart data={points} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e4e7eb" vertical={false} />
              <XAxis dataKey="x" type="number" domain={[0, view.years.length]} ticks={points.map((p) => p.x)} tickFormatter={yearName} stroke="#5b6570" />
              <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke="#5b6570" />
              <Tooltip formatter={(v) => formatKroner(Number(v), locale)} labelFormatter={(x) => yearName(Number(x))} />
              <Legend />
              <ReferenceLine y={0} stroke="#1d2733" />
              {view.ledgers.flatMap((l, i) => [
                <Line key={`${l.id}-f`} dataKey={`${l.id}-f`} name={`${name(l.id, l.label)}, ${t.forecast.toLowerCase()}`} stroke={ledgerColour(l.id, i)}
                  strokeWidth={l.id === 'total' ? 3 : 2} isAnimationActive={false} dot={false} />,
                <Line key={`${l.id}-r`} dataKey={`${l.id}-r`} name={`${name(l.id, l.label)}, ${t.reprojected}`} stroke={ledgerColour(l.id, i)}
                  strokeDasharray="6 4" strokeWidth={l.id === 'total' ? 3 : 2} isAnimationActive={false} dot={{ r: 3 }} />,
              ])}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      {view.outcomes.map((o) => {
        const data = o.points.map((p) => ({
          months: p.at ?? 0, forecast: p.forecast, realised: p.realised,
          range: p.range ? [p.range.min, p.range.max] : null,
        }));
        return (
          <figure className="chart" key={o.path}>
            <figcaption><h4>{t.outcomeChart(o.label)}</h4></figcaption>
            <div role="img" className="chart__box" aria-label={t.outcomeChartDescription(o.label, o.points.map((p) =>
              t.observation(p.at ?? 0, formatShare(p.realised, locale), formatShare(p.forecast, locale), p.outside)).join('; '))}>
              <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 700, height: HEIGHT }}>
                <ComposedChart data={data} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
                  <CartesianGrid stroke="#e4e7eb" vertical={false} />
                  <XAxis dataKey="months" type="number" domain={['dataMin - 3', 'dataMax + 3']} ticks={data.map((d) => d.months)}
                    tickFormatter={(m: number) => t.monthsTick(m)} stroke="#5b6570" />
                  <YAxis width={56} domain={[0, 'auto']} tickFormatter={(v: number) => formatShare(v, locale)} stroke="#5b6570" />
                  <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => formatShare(Number(x), locale)).join(' – ') : formatShare(Number(v), locale))}
                    labelFormatter={(m) => t.monthsTick(Number(m))} />
                  <Legend />
                  <Area dataKey="range" name={t.range} fill="#0072B2" fillOpacity={0.15} stroke="none" isAnimationActive={false} />
                  <Line dataKey="forecast" name={t.forecast} stroke="#0072B2" strokeWidth={2} isAnimationActive={false} dot={false} />
                  <Scatter dataKey="realised" name={t.realised} fill="#D55E00" isAnimationActive={false} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
          </figure>
        );
      })}
    </div>
  );
}

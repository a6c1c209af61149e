/** The NPV's distribution across the draws as a histogram, with its mean and percentiles in text. */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KeySummary } from '../../../engine';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { histogramBars } from './chart-data';
import { useMonteCarloWords } from './use-words';
import { CHART, SIDES } from '../../components/chart-theme';

const HEIGHT = 240;
/** Bins below zero (a loss) in orange, the rest in blue (Okabe–Ito). */
const NEGATIVE = SIDES.negative;
const POSITIVE = SIDES.positive;

export function NpvHistogram({ summary, ledger }: { summary: KeySummary; ledger: string }) {
  const { t, locale, ledgerName } = useMonteCarloWords();
  const name = ledgerName(ledger);
  const bars = histogramBars(summary.npv.histogram);
  const [p5 = NaN, , p50 = NaN, , p95 = NaN] = summary.npv.percentiles;
  const kr = (v: number) => formatKroner(v, locale);
  return (
    <figure className="mc-figure">
      <figcaption><h4>{t.histogramHeading(name)}</h4></figcaption>
      <div role="img" aria-label={t.histogramDescription(name)} className="mc-chart">
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 700, height: HEIGHT }}>
          <BarChart data={bars} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="mid" tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} minTickGap={24} />
            <YAxis width={56} allowDecimals={false} stroke={CHART.axis} />
            <Tooltip labelFormatter={(_, payload) => {
              const bar = payload?.[0]?.payload as { from: number; to: number } | undefined;
              return bar ? `${kr(bar.from)} – ${kr(bar.to)}` : '';
            }} formatter={(v) => [formatNumber(Number(v), locale), t.drawsAxis]} />
            <Bar dataKey="count" name={t.drawsAxis} isAnimationActive={false}>
              {bars.map((b, i) => <Cell key={i} fill={b.mid < 0 ? NEGATIVE : POSITIVE} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="mc-note">{t.npvSummary(kr(summary.npv.mean), kr(p5), kr(p50), kr(p95))}</p>
    </figure>
  );
}

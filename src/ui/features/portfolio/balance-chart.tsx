/** The pool's balance as a line over the years, with each year's draws (down) and repayments (up) as bars. */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import type { PortfolioOverview } from '../../../state/portfolio';
import { portfolioTexts } from './texts';

export function BalanceChart({ overview, amount }: { overview: PortfolioOverview; amount: number }) {
  const t = useTexts(portfolioTexts);
  const locale = useLocale();
  const data = overview.years.map((year, i) => ({
    year: String(year), draw: -overview.balance.draws[i]!, repayment: overview.balance.repayments[i]!, balance: overview.balance.balance[i]!,
  }));
  return (
    <figure className="portfolio__chart" aria-label={t.chart}>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(v: number) => formatNumber(v / 1e6, locale, 1)} label={{ value: locale === 'da' ? 'mio. kr.' : 'DKK m', angle: -90, position: 'insideLeft' }} />
          <Tooltip formatter={(v) => formatKroner(Number(v), locale)} />
          <Legend />
          <ReferenceLine y={amount} stroke="#5b6570" strokeDasharray="4 4" />
          <Bar dataKey="draw" name={t.rows.draw} fill="#c0504d" isAnimationActive={false} />
          <Bar dataKey="repayment" name={t.rows.repayment} fill="#4f81bd" isAnimationActive={false} />
          <Line dataKey="balance" name={t.rows.balance} stroke="#1f2933" strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption>{t.chart}</figcaption>
    </figure>
  );
}

/**
 * Annual flows of one ledger (or the total) stacked by category: where the money goes and comes
 * from, year by year. Loaded lazily (results-view.tsx): it is below the fold and rarely needed first.
 */
import { useDeferredValue, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectCategoryFlows } from '../../../state/selectors/results';
import { selectViewSeries, TOTAL_ID } from '../../../state/selectors/view';
import { useHeldWhile, useInView } from '../../components/use-in-view';
import { CHART, categoryColour } from '../../components/chart-theme';
import { useResultWords } from './use-result-words';
import { chartFigure } from './chart-figure';

const HEIGHT = 320;

export function CategoryChart() {
  const [ledger, setLedger] = useState(TOTAL_ID);
  // Off screen it keeps what it last showed and catches up when scrolled into view: a long horizon's
  // stacked bars are the most expensive thing on the page to redraw after an edit.
  const [figure, onScreen] = useInView();
  // Deferred: below the fold, it can follow one frame after the figures.
  const view = useHeldWhile(useDeferredValue(useAppStore(selectViewSeries)), onScreen);
  const flows = useHeldWhile(useDeferredValue(useAppStore((s) => selectCategoryFlows(s, ledger))), onScreen);
  const words = useResultWords();
  if (!view) return null;
  const { t, locale } = words;
  const { years } = view.projection;
  const selectedName = words.ledgerName(ledger, view.rows.find((r) => r.id === ledger)?.label ?? ledger);
  const tick = (x: number) => words.yearLabel(years[x - 1] ?? { year: x, calendarYear: null });
  return (
    <figure className="panel chart" ref={figure} data-export="category-chart">
      <figcaption className="panel__head">
        <h2 id="category-heading">{t.categoryHeading(words.scalePhrase(view.scale))}</h2>
        <label className="select-label">
          {t.categoryLedger}{' '}
          <select value={ledger} onChange={(e) => setLedger(e.target.value)}>
            {view.rows.map((r) => <option key={r.id} value={r.id}>{words.ledgerName(r.id, r.label)}</option>)}
          </select>
        </label>
      </figcaption>
      {!flows || flows.categories.length === 0 ? <p className="note">{t.categoryEmpty}</p> : (
        <div role="img" aria-label={t.categoryDescription(selectedName)} className="chart__box">
          <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
            <BarChart data={flows.points} stackOffset="sign" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={CHART.grid} vertical={false} />
              <XAxis dataKey="x" tickFormatter={tick} tickLine={false} stroke={CHART.axis} />
              <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} />
              <Tooltip formatter={(v) => chartFigure(v, locale)} labelFormatter={(x) => tick(Number(x))} />
              <Legend />
              <ReferenceLine y={0} stroke={CHART.ink} strokeWidth={1.5} />
              {flows.categories.map((c, i) => (
                <Bar key={c.id} dataKey={c.id} name={words.categoryName(c.id, c.label)} stackId="flows"
                  fill={categoryColour(i)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

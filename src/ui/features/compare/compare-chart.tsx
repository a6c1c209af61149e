/**
 * The cumulative net of one ledger (chosen above the chart) for the baseline and each variant,
 * overlaid; the table under it shows the same figures for screen readers and for reading off.
 */
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { BASELINE_ID, selectComparison, selectCompareCurves } from '../../../state/selectors/compare';
import { TOTAL_ID } from '../../../state/selectors/view';
import { ToggleGroup } from '../../components/toggle-group';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { compareTexts } from './texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { CHART, COMPARE_COLOURS } from '../../components/chart-theme';

const HEIGHT = 300;
/** The baseline dark, the variants in Okabe–Ito colours (distinguishable with colour-blindness). */
const COLOURS = COMPARE_COLOURS;

export function CompareChart() {
  const t = useTexts(compareTexts);
  const locale = useLocale();
  const [ledger, setLedger] = useState(TOTAL_ID);
  const catalogue = useCatalogueNames();
  const comparison = useAppStore(selectComparison);
  const curves = useAppStore((s) => selectCompareCurves(s, ledger));
  const view = useAppStore((s) => s.view);
  if (!comparison || !curves) return null;
  const ledgerName = (id: string, label: string) => t.ledgerNames[id] ?? catalogue(`ledgers.${id}`, label);
  const current = comparison.ledgers.find((l) => l.id === ledger) ?? comparison.ledgers.at(-1)!;
  const names = curves.lines.map((l) => (l.id === BASELINE_ID ? t.baseline : l.title));
  const tick = (x: number) => (x === 0 ? t.start : t.year(x));
  const scale = view.scale === 'perParticipant' ? t.perParticipant : view.scale === 'perStarted' ? t.perStarted : t.inTotal;
  return (
    <figure className="compare__section compare-chart">
      <figcaption><h3>{t.chartHeading(scale, view.valuation === 'discounted')}</h3></figcaption>
      <ToggleGroup label={t.chartLedger} value={current.id} onChange={setLedger}
        options={comparison.ledgers.map((l) => ({ value: l.id, label: ledgerName(l.id, l.label) }))} />
      <div role="img" aria-label={t.chartDescription(ledgerName(current.id, current.label), names.join(', '))}>
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
          <LineChart data={curves.points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="x" type="number" domain={[0, curves.points.length - 1]} ticks={curves.points.map((p) => p.x!)}
              tickFormatter={tick} tickLine={false} stroke={CHART.axis} />
            <YAxis width={96} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={CHART.axis} />
            <Tooltip formatter={(v) => formatKroner(Number(v), locale)} labelFormatter={(x) => tick(Number(x))} />
            <Legend itemSorter={null} />
            <ReferenceLine y={0} stroke={CHART.ink} strokeWidth={1.5} />
            {curves.lines.map((line, i) => (
              <Line key={line.id} dataKey={line.id} name={names[i]} type="linear" isAnimationActive={false}
                stroke={COLOURS[comparison.columns.findIndex((c) => c.id === line.id) % COLOURS.length]}
                strokeWidth={line.id === BASELINE_ID ? 3.5 : 2.25} dot={{ r: 3 }} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="compare-chart__table">
        <summary>{t.showTable}</summary>
        <div className="table-scroll">
          <table className="compare-table">
            <caption>{t.tableCaption(ledgerName(current.id, current.label))}</caption>
            <thead><tr><th scope="col"><span className="sr-only">{t.figure}</span></th>{names.map((n, i) => <th key={curves.lines[i]!.id} scope="col">{n}</th>)}</tr></thead>
            <tbody>
              {curves.points.slice(1).map((p) => (
                <tr key={p.x}>
                  <th scope="row">{tick(p.x!)}</th>
                  {curves.lines.map((l) => <td key={l.id}>{p[l.id] === undefined ? '–' : formatNumber(p[l.id]!, locale)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

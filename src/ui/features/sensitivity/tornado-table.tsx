/** The tornado's figures as a table: each assumption's range, the NPV at its ends and its switching value. */
import { formatKroner, type Locale } from '../../../format/numbers';
import type { TornadoRow, TornadoView } from '../../../state/selectors/sensitivity';
import { formatValue } from './parameter-value-text';
import { choiceLabel } from './tornado-chart';
import type { SensitivityTexts } from './texts';

interface Props { view: TornadoView; ledgerName: string; t: SensitivityTexts; locale: Locale }

export function TornadoTable({ view, ledgerName, t, locale }: Props) {
  const c = t.columns;
  // The NPVs in the key figures' scale; the caption names it.
  const npv = (v: number | null) => (v === null ? t.none : formatKroner(v, locale));
  const value = (v: number | null, row: TornadoRow) => (v === null ? t.none : formatValue(v, row.choice, locale));
  return (
    <div className="table-scroll">
      <table className="sensitivity-table">
        <caption>{t.tableCaption(ledgerName, t.tornadoUnit[view.scale])}</caption>
        <thead>
          <tr>
            <th scope="col">{c.parameter}</th><th scope="col">{c.range}</th><th scope="col">{c.low}</th><th scope="col">{c.high}</th>
            <th scope="col">{c.npvLow}</th><th scope="col">{c.npvHigh}</th><th scope="col">{c.switching}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.parameter}>
              <th scope="row">{choiceLabel(row.choice, locale)}{!row.choice.path && <span className="sensitivity-table__name"> ({row.parameter})</span>}{!row.choice.used && <span className="sensitivity-table__unused"> – {t.unused}</span>}</th>
              <td>{row.choice.hasUncertainty ? t.rangeUncertainty : t.rangeDefault}</td>
              <td>{value(row.low, row)}</td>
              <td>{value(row.high, row)}</td>
              <td className={row.npvLow !== null && row.npvLow < 0 ? 'is-negative' : undefined}>{npv(row.npvLow)}</td>
              <td className={row.npvHigh !== null && row.npvHigh < 0 ? 'is-negative' : undefined}>{npv(row.npvHigh)}</td>
              <td>{row.switchingValue === null ? t.noSwitching[row.switchingSearch] : value(row.switchingValue, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Years × ledgers, as the published Tabel 6.4: one row per ledger and »Netto«, one column per
 * year. The store supplies the series; this component picks the measure and formats.
 */
import { formatNumber } from '../../../format/numbers';
import { selectViewSeries, TOTAL_ID, useAppStore } from '../../../state';
import { MEASURE_LABELS, scalePhrase, yearLabel } from './labels';

export function LedgerTable() {
  const view = useAppStore(selectViewSeries);
  const measure = useAppStore((s) => s.view.measure);
  if (!view) return null;
  const { projection, rows, scale } = view;
  return (
    <div className="table-scroll">
      <table className="ledger-table">
        <caption>
          {MEASURE_LABELS[measure]} nettoresultat {scalePhrase(scale)}, kr. (ikke diskonteret)
        </caption>
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">Kasse</span></th>
            {projection.years.map((y) => <th scope="col" key={y.year}>{yearLabel(y)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === TOTAL_ID ? 'is-total' : undefined}>
              <th scope="row">{row.label}</th>
              {row.series[measure].map((value, i) => (
                <td key={i} className={value < -0.5 ? 'is-negative' : undefined}>{formatNumber(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

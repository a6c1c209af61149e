/**
 * Years × ledgers, as the published Tabel 6.4: one row per ledger (and, in the department view,
 * per department) and »Netto«, one column per year. Every number is a button that opens its
 * explanation. The store supplies the rows (state/selectors/results.ts); this component only formats.
 */
import { formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectTable, type TableRow } from '../../../state/selectors/results';
import { TOTAL_ID } from '../../../state/selectors/view';
import { useResultWords } from './use-result-words';

function rowClass(row: TableRow): string | undefined {
  if (row.ledger === TOTAL_ID) return 'is-total';
  return row.department === undefined ? undefined : 'is-department';
}

function YearHeader({ label }: { label: string }) {
  const cut = label.indexOf(' (');
  if (cut < 0) return <span className="nowrap">{label}</span>;
  return <><span className="nowrap">{label.slice(0, cut)}</span>{label.slice(cut)}</>;
}

export function LedgerTable() {
  const table = useAppStore(selectTable);
  const explainFigure = useAppStore((s) => s.explainFigure);
  const explained = useAppStore((s) => s.explained);
  const words = useResultWords();
  if (!table) return null;
  const { t, locale } = words;
  const { projection, rows, view } = table;
  const rowLabel = (row: TableRow) => (row.department === undefined
    ? words.ledgerName(row.ledger, row.label)
    : `${words.ledgerName(row.ledger, row.ledgerLabel)} – ${row.department === '-' ? t.noDepartment : words.departmentName(row.ledger, row.department, row.label)}`);
  return (
    <div className="table-scroll">
      <table className="ledger-table">
        <caption>{t.caption(t.measures[view.measure], words.scalePhrase(view.scale), view.valuation === 'discounted')}</caption>
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">{t.ledgerColumn}</span></th>
            {/* »År 5 (2031)« may wrap before the calendar year, never inside »År 5«: ten years fit beside the editor. */}
            {projection.years.map((y) => <th scope="col" key={y.year}><YearHeader label={words.yearLabel(y)} /></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={rowClass(row)}>
              <th scope="row">{rowLabel(row)}</th>
              {row.values.map((value, i) => {
                const year = i + 1;
                // Per started participant, a year before anyone has started has no figure.
                const text = Number.isFinite(value) ? formatNumber(value, locale) : '–';
                const selected = explained?.ledger === row.ledger && explained.year === year
                  && (explained.department ?? undefined) === row.department;
                return (
                  <td key={year} className={value < -0.5 ? 'is-negative' : undefined}>
                    <button type="button" className={selected ? 'cell-button is-selected' : 'cell-button'}
                      aria-label={`${text} – ${t.explainCell}: ${rowLabel(row)}, ${words.yearLabel(projection.years[i]!)}`}
                      onClick={() => explainFigure({ ledger: row.ledger, year, ...(row.department === undefined ? {} : { department: row.department }) })}>
                      {text}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Key figures as a ledger × figure table: payback, NPV, benefit–cost ratio, ROI, costs and gains per
 * ledger and in total (»Netto«). A table holds at any width where cards overlapped (issue 10); below
 * ~640 px each row folds into a block of label–value pairs (styles.css, container query). Ledgers with
 * no flows at all are left out and named under the table as »ingen strømme«: a payback of 0 for them
 * would read as good news ("Straks") when nothing happens in them.
 *
 * Each row's ledger name is a button (Enter/Space from the keyboard, like the cells of the year-by-year
 * table) that opens the explanation of that ledger's figure at the end of the horizon.
 */
import { formatKroner, formatRatio, formatYears } from '../../../format/numbers';
import { selectViewSeries, startsStaggered, TOTAL_ID, useAppStore, type LedgerSeries } from '../../../state';
import { useResultWords, type ResultWords } from './use-result-words';

/** A ledger with neither costs nor gains over the horizon. */
export function hasNoFlows(row: LedgerSeries): boolean {
  return row.id !== TOTAL_ID && row.series.totalCosts === 0 && row.series.totalGains === 0;
}

function FigureRow({ row, words, horizon }: { row: LedgerSeries; words: ResultWords; horizon: number }) {
  const explainFigure = useAppStore((s) => s.explainFigure);
  const { series } = row;
  const { t, locale } = words;
  // Payback 0 means the cumulative net is never negative (docs/semantics.md, "Results").
  const now = series.paybackYears === 0;
  const cells: [string, string][] = [
    [t.npv, formatKroner(series.npv, locale)],
    [t.bcr, formatRatio(series.bcr, locale)],
    [t.roi, formatRatio(series.roi, locale)],
    [t.totalCosts, formatKroner(series.totalCosts, locale)],
    [t.totalGains, formatKroner(series.totalGains, locale)],
  ];
  return (
    <tr className={row.id === TOTAL_ID ? 'is-total' : undefined}>
      <th scope="row">
        <button type="button" className="cell-button" title={t.explainLedger(words.ledgerName(row.id, row.label))}
          onClick={() => explainFigure({ ledger: row.id, year: horizon })}>
          {words.ledgerName(row.id, row.label)}
        </button>
      </th>
      <td data-label={t.payback} className="key-figures__payback">
        {now ? <>{t.paybackNow} <span className="badge">{t.neverNegative}</span></> : formatYears(series.paybackYears, locale)}
      </td>
      {cells.map(([label, text]) => <td key={label} data-label={label}>{text}</td>)}
    </tr>
  );
}

export function KeyFigures() {
  const view = useAppStore(selectViewSeries);
  const words = useResultWords();
  if (!view) return null;
  const { t } = words;
  const shown = view.rows.filter((row) => !hasNoFlows(row));
  const empty = view.rows.filter(hasNoFlows).map((row) => words.ledgerName(row.id, row.label));
  return (
    <section className="panel key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">{t.keyFigures} {words.scalePhrase(view.scale)}</h2>
      <table className="key-figures__table">
        <caption className="sr-only">{t.figuresCaption(words.scalePhrase(view.scale))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ledgerColumn}</th>
            {[t.payback, t.npv, t.bcr, t.roi, t.totalCosts, t.totalGains].map((h) => <th scope="col" key={h}>{h}</th>)}
          </tr>
        </thead>
        <tbody>{shown.map((row) => <FigureRow key={row.id} row={row} words={words} horizon={view.projection.horizonYears} />)}</tbody>
      </table>
      {view.scale === 'perParticipant' && startsStaggered(view.projection) && (
        <p className="note key-figures__staggered">{t.staggeredStart(view.projection.participants, view.projection.startedByYear[0] ?? 0)}</p>
      )}
      {view.scale === 'perStarted' && <p className="note key-figures__staggered">{t.perStartedNote(view.projection.participants)}</p>}
      {empty.length > 0 && <p className="note key-figures__empty">{t.noFlows(empty.join(', '))}</p>}
      <p className="note">{t.figuresNote}</p>
    </section>
  );
}

/** Key figures per ledger and in total: payback, NPV, benefit–cost ratio, ROI, costs and gains. */
import { formatKroner, formatRatio, formatYears } from '../../../format/numbers';
import { selectViewSeries, TOTAL_ID, useAppStore, type LedgerSeries } from '../../../state';
import { useResultWords, type ResultWords } from './use-result-words';

function FigureCard({ row, words }: { row: LedgerSeries; words: ResultWords }) {
  const { series } = row;
  const { t, locale } = words;
  const headingId = `key-figures-${row.id}`;
  // Payback 0 means the cumulative net is never negative (docs/semantics.md, "Results").
  const payback = series.paybackYears === 0 ? t.paybackNow : formatYears(series.paybackYears, locale);
  return (
    <section className={`figure-card${row.id === TOTAL_ID ? ' is-total' : ''}`} aria-labelledby={headingId}>
      <div className="figure-card__head">
        <h3 id={headingId}>{words.ledgerName(row.id, row.label)}</h3>
        {series.paybackYears === 0 && <span className="badge">{t.neverNegative}</span>}
      </div>
      <dl>
        <div className="figure-card__lead"><dt>{t.payback}</dt><dd>{payback}</dd></div>
        <div><dt>{t.npv}</dt><dd>{formatKroner(series.npv, locale)}</dd></div>
        <div><dt>{t.bcr}</dt><dd>{formatRatio(series.bcr, locale)}</dd></div>
        <div><dt>{t.roi}</dt><dd>{formatRatio(series.roi, locale)}</dd></div>
        <div><dt>{t.totalCosts}</dt><dd>{formatKroner(series.totalCosts, locale)}</dd></div>
        <div><dt>{t.totalGains}</dt><dd>{formatKroner(series.totalGains, locale)}</dd></div>
      </dl>
    </section>
  );
}

export function KeyFigures() {
  const view = useAppStore(selectViewSeries);
  const words = useResultWords();
  if (!view) return null;
  return (
    <section className="panel" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">{words.t.keyFigures} {words.scalePhrase(view.scale)}</h2>
      <div className="figure-grid">
        {view.rows.map((row) => <FigureCard key={row.id} row={row} words={words} />)}
      </div>
      <p className="note">{words.t.figuresNote}</p>
    </section>
  );
}

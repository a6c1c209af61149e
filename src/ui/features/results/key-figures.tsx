/** Key figures per ledger and in total: payback, NPV, benefit–cost ratio, costs and gains. */
import { formatKroner, formatRatio, formatYears } from '../../../format/numbers';
import { selectViewSeries, TOTAL_ID, useAppStore, type LedgerSeries } from '../../../state';
import { scalePhrase } from './labels';

/** Payback 0 means the cumulative net is never negative (semantics.md, "Results"). */
function payback(years: number | null): string {
  return years === 0 ? 'Straks' : formatYears(years);
}

function FigureCard({ row }: { row: LedgerSeries }) {
  const { series } = row;
  const headingId = `key-figures-${row.id}`;
  return (
    <section className={`figure-card${row.id === TOTAL_ID ? ' is-total' : ''}`} aria-labelledby={headingId}>
      <div className="figure-card__head">
        <h3 id={headingId}>{row.label}</h3>
        {series.paybackYears === 0 && <span className="badge">aldrig negativ</span>}
      </div>
      <dl>
        <div className="figure-card__lead">
          <dt>Tilbagebetalingstid</dt>
          <dd>{payback(series.paybackYears)}</dd>
        </div>
        <div><dt>Nutidsværdi (NPV)</dt><dd>{formatKroner(series.npv)}</dd></div>
        <div><dt>Benefit–cost ratio</dt><dd>{formatRatio(series.bcr)}</dd></div>
        <div><dt>Samlede udgifter</dt><dd>{formatKroner(series.totalCosts)}</dd></div>
        <div><dt>Samlede gevinster</dt><dd>{formatKroner(series.totalGains)}</dd></div>
      </dl>
    </section>
  );
}

export function KeyFigures() {
  const view = useAppStore(selectViewSeries);
  if (!view) return null;
  return (
    <section className="panel" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">Nøgletal {scalePhrase(view.scale)}</h2>
      <div className="figure-grid">
        {view.rows.map((row) => <FigureCard key={row.id} row={row} />)}
      </div>
    </section>
  );
}

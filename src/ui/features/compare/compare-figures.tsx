/** Key figures per ledger, one column for the baseline and one per variant: NPV, payback, BCR, costs and gains. */
import type { Series } from '../../../engine';
import { formatKroner, formatRatio, formatYears, type Locale } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { BASELINE_ID, selectComparison, selectCompareFigures } from '../../../state/selectors/compare';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { compareTexts, type CompareTexts } from './texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';

type FigureId = keyof CompareTexts['figures'];
const FIGURES: FigureId[] = ['npv', 'payback', 'bcr', 'totalCosts', 'totalGains'];

function formatFigure(series: Series, figure: FigureId, locale: Locale, t: CompareTexts): string {
  switch (figure) {
    case 'npv': return formatKroner(series.npv, locale);
    // Payback 0 means the cumulative net is never negative (docs/semantics.md, "Results").
    case 'payback': return series.paybackYears === 0 ? t.paybackNow : formatYears(series.paybackYears, locale);
    case 'bcr': return formatRatio(series.bcr, locale);
    case 'totalCosts': return formatKroner(series.totalCosts, locale);
    case 'totalGains': return formatKroner(series.totalGains, locale);
  }
}

export function CompareFigures() {
  const t = useTexts(compareTexts);
  const catalogue = useCatalogueNames();
  const locale = useLocale();
  const comparison = useAppStore(selectComparison);
  const rows = useAppStore(selectCompareFigures);
  const scale = useAppStore((s) => s.view.scale);
  if (!comparison) return null;
  const { columns } = comparison;
  const title = (id: string, own: string) => (id === BASELINE_ID ? t.baseline : own);
  return (
    <section className="compare__section" aria-labelledby="compare-figures-heading">
      <h3 id="compare-figures-heading">{t.figuresHeading(scale === 'perParticipant' ? t.perParticipant : scale === 'perStarted' ? t.perStarted : t.inTotal)}</h3>
      <div className="table-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t.figure}</th>
              {columns.map((c) => <th key={c.id} scope="col">{title(c.id, c.title)}</th>)}
            </tr>
          </thead>
          {rows.map((row) => {
            const ledger = t.ledgerNames[row.ledger] ?? catalogue(`ledgers.${row.ledger}`, row.label);
            const headId = `compare-ledger-${row.ledger}`;
            return (
              <tbody key={row.ledger} aria-labelledby={headId} className={row.ledger === 'total' ? 'is-total' : undefined}>
                <tr><th id={headId} scope="colgroup" colSpan={columns.length + 1}>{ledger}</th></tr>
                {FIGURES.map((f) => (
                  <tr key={f}>
                    <th scope="row">{t.figures[f]}</th>
                    {row.series.map((s, i) => <td key={columns[i]!.id}>{s ? formatFigure(s, f, locale, t) : t.notComputed}</td>)}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      <p className="note">{t.figuresNote}</p>
    </section>
  );
}

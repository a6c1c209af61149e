/** The report's year table in blocks of years (all years, each block fits A4 portrait) and its assumption log. */
import { formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectAssumptionLog } from '../../../state/report-selectors';
import { selectTable } from '../../../state/selectors/results';
import { formatAmountText } from '../../components/number-text';
import { useCatalogueNotes, useCatalogueOwnText } from '../../i18n/catalogue-names';
import { useTexts } from '../../i18n/use-texts';
import { explainTexts } from '../explain/texts';
import { useResultWords } from '../results/use-result-words';
import { reportTexts } from './texts';

/** Years per block: eight columns of up to »−12.345.678« beside the ledger names fit 180 mm at 9 pt. */
export const YEARS_PER_BLOCK = 8;

export function blocks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function ReportYearTable() {
  const table = useAppStore(selectTable);
  const words = useResultWords();
  const t = useTexts(reportTexts);
  if (!table) return null;
  const { projection, rows, view } = table;
  const caption = words.t.caption(words.t.measures[view.measure], words.scalePhrase(view.scale), view.valuation === 'discounted');
  const label = (row: (typeof rows)[number]) => (row.department === undefined
    ? words.ledgerName(row.ledger, row.label)
    : `${words.ledgerName(row.ledger, row.ledgerLabel)} – ${row.department === '-' ? words.t.noDepartment : row.label}`);
  const years = projection.years.map((y, i) => ({ i, label: words.yearLabel(y) }));
  return (
    <>
      {blocks(years, YEARS_PER_BLOCK).map((block) => (
        <table key={block[0]!.i} className="report-table report-years">
          <caption>{caption}: {t.yearBlock(block[0]!.label, block.at(-1)!.label)}</caption>
          <thead><tr><th scope="col">{words.t.ledgerColumn}</th>{block.map((y) => <th scope="col" key={y.i}>{y.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.ledger === 'total' ? 'is-total' : undefined}>
                <th scope="row">{label(row)}</th>
                {/* Per started participant, a year before anyone has started has no figure (NaN): »–«. */}
                {block.map((y) => { const v = row.values[y.i] ?? 0; return <td key={y.i}>{Number.isFinite(v) ? formatNumber(v, words.locale) : '–'}</td>; })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

export function AssumptionLog() {
  const rows = useAppStore(selectAssumptionLog);
  const t = useTexts(reportTexts);
  const units = useTexts(explainTexts).units;
  const { locale } = useResultWords();
  const notes = useCatalogueNotes();
  const own = useCatalogueOwnText();
  return (
    <section className="report-section" aria-labelledby="report-assumptions">
      <h2 id="report-assumptions">{t.assumptions}</h2>
      <p className="report-note">{t.assumptionsNote}</p>
      <table className="report-table report-assumptions">
        <thead><tr>{[t.name, t.value, t.unit, t.priceYear, t.source, t.note].map((h) => <th scope="col" key={h}>{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.name}`}>
              <th scope="row">{row.label}{row.example && <strong className="report-example"> {t.example}</strong>}
                <span className="report-path">{row.name} · {row.kind === 'parameter' ? t.kindParameter : t.kindConstant}</span></th>
              <td className="num">{formatAmountText(row.value, locale, row.unit === 'share')}</td>
              <td>{row.unit === undefined || row.unit === 'share' ? '' : units[row.unit] ?? row.unit}</td>
              <td>{row.priceYear ?? ''}</td>
              <td>{row.kind === 'constant' && row.example ? t.exampleSource : row.source === undefined ? t.none : own(row.source)}</td>
              <td>{row.note === undefined ? '' : row.kind === 'constant' ? notes(row.name, row.note) : own(row.note)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Budgetvisning: per ledger a table of its forvaltninger over the budget year and the three
 * overslagsår — the net, then the kinds it is made of (service inside and outside the serviceramme,
 * overførsler, skat), and the gains split into those that can and cannot be taken back.
 */
import { BUDGET_KINDS, type BudgetRow, type BudgetView } from '../../../engine';
import { formatKroner, formatNumber } from '../../../format/numbers';
import { selectBudgetView, selectModel, useAppStore } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { budgetViewTexts } from './texts';
import './budget-view.css';

type Row = Omit<BudgetRow, 'department'>;

function Rows({ label, row, strong }: { label: string; row: Row; strong?: boolean }) {
  const t = useTexts(budgetViewTexts);
  const locale = useLocale();
  const cells = (values: number[]) => values.map((v, i) => <td key={i}>{formatKroner(v, locale)}</td>);
  const nonZero = (values: number[]) => values.some((v) => Math.abs(v) >= 0.5);
  return (
    <>
      <tr className={strong ? 'budget-view__total' : 'budget-view__net'}><th scope="row">{label}</th>{cells(row.net)}</tr>
      {BUDGET_KINDS.filter((k) => nonZero(row.byKind[k])).map((k) => (
        <tr key={k} className="budget-view__kind"><th scope="row">{t.kinds[k]}</th>{cells(row.byKind[k])}</tr>
      ))}
      {nonZero(row.bankable) && <tr className="budget-view__kind"><th scope="row">{t.bankable}</th>{cells(row.bankable)}</tr>}
      {nonZero(row.notBankable) && <tr className="budget-view__kind"><th scope="row">{t.notBankable}</th>{cells(row.notBankable)}</tr>}
    </>
  );
}

function PriceLevelNote({ view }: { view: BudgetView }) {
  const t = useTexts(budgetViewTexts);
  const locale = useLocale();
  const level = view.priceLevel;
  if (level.kind === 'repriced') return <p>{t.priceLevel.repriced(level.fromYear, level.toYear, formatNumber(level.factor, locale, 4))}</p>;
  if (level.kind === 'missing-index') return <p>{t.priceLevel['missing-index'](level.message)}</p>;
  return <p>{t.priceLevel[level.reason]}</p>;
}

export function BudgetViewPanel() {
  const t = useTexts(budgetViewTexts);
  const result = useAppStore(selectBudgetView);
  const model = useAppStore(selectModel);
  if (!result) return null;
  if (!result.ok) return <div role="alert"><p>{t.cannot}</p><ul>{result.errors.slice(0, 5).map((e, i) => <li key={i}>{e.message}</li>)}</ul></div>;
  const view = result.value;
  const ledgerLabel = (id: string) => model?.ledgers.find((l) => l.id === id)?.label ?? id;
  const departmentLabel = (ledger: string, id: string) => (id === '-' ? t.noDepartment
    : model?.ledgers.find((l) => l.id === ledger)?.departments?.find((d) => d.id === id)?.label ?? id);
  return (
    <section className="budget-view" aria-labelledby="budget-view-heading">
      <h3 id="budget-view-heading">{t.heading}</h3>
      <p>{t.intro}</p>
      <PriceLevelNote view={view} />
      {Object.entries(view.ledgers).map(([ledger, total]) => (
        <div className="budget-view__wrap" key={ledger}>
          <table className="budget-view__table" aria-label={`${t.heading}: ${ledgerLabel(ledger)}`}>
            <caption>{ledgerLabel(ledger)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.department}</th>
                {view.years.map((y) => <th key={y.year} scope="col">{t.year(y.year, y.calendarYear)}<br /><small>{t.yearKind(y.year)}</small></th>)}
              </tr>
            </thead>
            <tbody>
              {view.rows.filter((r) => r.ledger === ledger).map((r) => <Rows key={r.department} label={departmentLabel(ledger, r.department)} row={r} />)}
              <Rows label={t.ledgerTotal(ledgerLabel(ledger))} row={total} strong />
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

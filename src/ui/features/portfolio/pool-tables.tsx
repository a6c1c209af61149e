/** The pool's year table (draws, repayments, balance), the departments' repayments and the combined key figures per ledger. */
import { formatKroner } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import type { LoadedPortfolio, PortfolioOverview } from '../../../state/portfolio';
import { portfolioTexts } from './texts';

function YearTable({ caption, years, rows, id }: { caption: string; years: number[]; rows: [string, number[]][]; id: string }) {
  const locale = useLocale();
  const t = useTexts(portfolioTexts);
  return (
    <div className="portfolio__table-wrap">
      <table className="portfolio__table" id={id}>
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{t.year}</th>{years.map((y) => <th key={y} scope="col">{y}</th>)}</tr></thead>
        <tbody>
          {rows.map(([label, values]) => (
            <tr key={label}><th scope="row">{label}</th>{values.map((v, i) => <td key={years[i]}>{formatKroner(v, locale)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PoolTables({ overview, portfolio }: { overview: PortfolioOverview; portfolio: LoadedPortfolio }) {
  const t = useTexts(portfolioTexts);
  const locale = useLocale();
  const { balance, years } = overview;
  const model = portfolio.cases[0]?.model;
  const ledgerLabel = (id: string) => model?.ledgers.find((l) => l.id === id)?.label ?? id;
  const departmentLabel = (id: string) => (id === '-' ? t.noDepartment
    : model?.ledgers.find((l) => l.id === portfolio.pool.ledger)?.departments?.find((d) => d.id === id)?.label ?? id);
  // Ledgers nobody books to are named once under the table, never shown as figures.
  const hasFlows = (l: { annual: number[] }) => l.annual.some((v) => Math.abs(v) >= 0.5);
  const withFlows = Object.entries(overview.ledgers).filter(([, l]) => hasFlows(l));
  const withoutFlows = Object.entries(overview.ledgers).filter(([, l]) => !hasFlows(l)).map(([id]) => id);
  return (
    <>
      <YearTable id="pool-balance-table" caption={t.balanceHeading} years={years}
        rows={[[t.rows.draw, balance.draws], [t.rows.repayment, balance.repayments], [t.rows.balance, balance.balance]]} />
      <p className="portfolio__whole" role="status">{t.whole(balance.wholeAgainYear, balance.neverDrawn, years.at(-1) ?? portfolio.pool.firstYear)}</p>
      {balance.overdrawnYears.length > 0 && <p className="portfolio__warning">{t.overdrawn(balance.overdrawnYears)}</p>}
      {balance.overLimitYears.length > 0 && <p className="portfolio__warning">{t.overLimit(balance.overLimitYears)}</p>}
      <YearTable id="pool-departments-table" caption={`${t.departments} (${ledgerLabel(portfolio.pool.ledger)})`} years={years}
        rows={Object.entries(overview.repaymentByDepartment).map(([d, v]) => [departmentLabel(d), v])} />
      <table className="portfolio__table" id="portfolio-ledgers">
        <caption>{t.ledgers}</caption>
        <thead><tr><th scope="col">{t.ledger}</th><th scope="col">{t.npv}</th><th scope="col">{t.payback}</th></tr></thead>
        <tbody>
          {withFlows.map(([id, l]) => (
            <tr key={id}>
              <th scope="row">{ledgerLabel(id)}</th>
              <td>{formatKroner(l.npv, locale)}</td>
              <td>{t.paybackYear(l.paybackYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {withoutFlows.length > 0 && <p className="portfolio__no-flows">{t.noFlowsList(withoutFlows.map(ledgerLabel).join(', '))}</p>}
    </>
  );
}

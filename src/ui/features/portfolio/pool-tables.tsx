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
          {Object.entries(overview.ledgers).map(([id, l]) => {
            const flows = l.annual.some((v) => Math.abs(v) >= 0.5);
            return (
              <tr key={id}>
                <th scope="row">{ledgerLabel(id)}</th>
                <td>{flows ? formatKroner(l.npv, locale) : t.noFlows}</td>
                <td>{flows ? t.paybackYear(l.paybackYear) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

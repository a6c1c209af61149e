/**
 * The portfolio page (Portefølje): the pool's frame, the cases and their options, the pool's balance
 * year by year (chart and table), the departments' repayments, the combined key figures, the exact
 * choice within the frame and its uncertainty. Loaded on demand; the case stays open behind it.
 */
import { DraftInput } from '../../components/draft-input';
import { useTexts } from '../../i18n/use-texts';
import { selectLoadedPortfolio, selectPortfolioOverview } from '../../../state/portfolio';
import { BalanceChart } from './balance-chart';
import { CaseList } from './case-list';
import { ChoiceSection } from './choice-section';
import { PoolFields } from './pool-fields';
import { PoolTables } from './pool-tables';
import { PortfolioActions } from './portfolio-actions';
import { portfolioTexts } from './texts';
import { usePortfolio } from './use-portfolio';
import './portfolio.css';

export function PortfolioPage() {
  const t = useTexts(portfolioTexts);
  const title = usePortfolio((s) => s.file.title);
  const setTitle = usePortfolio((s) => s.setTitle);
  const refused = usePortfolio((s) => s.refused);
  const loaded = usePortfolio(selectLoadedPortfolio);
  const overview = usePortfolio(selectPortfolioOverview);
  return (
    <main className="portfolio" id="portfolio" aria-labelledby="portfolio-heading" tabIndex={-1}>
      <h2 id="portfolio-heading">{t.heading}</h2>
      <p className="portfolio__intro">{t.intro}</p>
      <PortfolioActions />
      {refused && (
        <div role="alert" className="portfolio__refused">
          <p>{t.refused}</p>
          <ul>{refused.slice(0, 10).map((e, i) => <li key={i}><code>{e.path}</code>: {e.message}</li>)}</ul>
        </div>
      )}
      <label className="portfolio__field portfolio__title">
        <span>{t.title}</span>
        <DraftInput id="portfolio-title" text={title} onCommit={(text) => (text.trim() ? (setTitle(text.trim()), true) : false)} />
      </label>
      <div className="portfolio__frame">
        <PoolFields />
        <CaseList />
      </div>
      {!loaded.ok && (
        <div role="alert"><p>{t.invalid}</p><ul>{loaded.errors.slice(0, 10).map((e, i) => <li key={i}><code>{e.path}</code>: {e.message}</li>)}</ul></div>
      )}
      {loaded.ok && overview && (
        <>
          <BalanceChart overview={overview} amount={loaded.value.pool.amount} />
          <PoolTables overview={overview} portfolio={loaded.value} />
          <ChoiceSection portfolio={loaded.value} />
        </>
      )}
    </main>
  );
}

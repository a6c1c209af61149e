/**
 * The choice within the frame: the goal, the exact solve (in the worker), the best set with the
 * limits that bind, the runners-up and what each costs relative to the best; then the Monte Carlo
 * of the set in the file.
 */
import { formatKroner, formatNumber, formatShare } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import type { ChoiceGoal, Selection } from '../../../engine';
import type { ChoiceSummary, LoadedPortfolio } from '../../../state/portfolio';
import { portfolioTexts } from './texts';
import { usePortfolio } from './use-portfolio';

const GOALS: ChoiceGoal[] = ['ledger-npv', 'public-npv', 'fastest-whole'];

function SetList({ portfolio, selection }: { portfolio: LoadedPortfolio; selection: Selection }) {
  const t = useTexts(portfolioTexts);
  return (
    <ul className="portfolio__set">
      {portfolio.cases.map((k) => {
        const option = k.options.find((o) => o.id === selection[k.id]);
        return <li key={k.id}>{k.label}: <strong>{!option ? t.leftOut : option.id === 'baseline' ? t.baseline : option.label}</strong></li>;
      })}
    </ul>
  );
}

function ChoiceResult({ result, portfolio }: { result: ChoiceSummary; portfolio: LoadedPortfolio }) {
  const t = useTexts(portfolioTexts);
  const locale = useLocale();
  const applySelection = usePortfolio((s) => s.applySelection);
  const best = result.best;
  if (!best) return <p role="status">{t.noFeasible}</p>;
  const value = (v: number) => (result.goal === 'fastest-whole' ? String(v) : formatKroner(v, locale));
  const gain = (g: { gain: number; unit: 'kr' | 'years' }) => (g.unit === 'years' ? t.yearsEarlier(g.gain) : formatKroner(g.gain, locale));
  return (
    <div className="portfolio__choice" role="status">
      <h4>{t.best}: {t.objective(result.goal, value(best.objective))}</h4>
      <p className="portfolio__elapsed">{t.elapsed(formatNumber(result.elapsedMs / 1000, locale, 2))}</p>
      <SetList portfolio={portfolio} selection={best.selection} />
      <ul className="portfolio__binding">
        {result.binding.length === 0 ? <li>{t.noBinding}</li> : result.binding.map((b) => <li key={`${b.kind}${b.year}`}>{t.binding(b.kind, b.year, gain(b))}</li>)}
      </ul>
      <button type="button" className="button" onClick={() => applySelection(best.selection)}>{t.useSet}</button>
      {result.runnersUp.map((r, i) => {
        const diff = result.goal === 'fastest-whole' && r.objective !== best.objective
          ? `+${t.yearsEarlier(r.objective - best.objective)}`
          : formatKroner(result.goal === 'fastest-whole' ? r.npvLedger - best.npvLedger : r.objective - best.objective, locale);
        return (
          <details key={i} className="portfolio__runner-up">
            <summary>{t.runnerUp(i + 2, diff)}</summary>
            <SetList portfolio={portfolio} selection={r.selection} />
            <button type="button" className="button" onClick={() => applySelection(r.selection)}>{t.useSet}</button>
          </details>
        );
      })}
    </div>
  );
}

export function ChoiceSection({ portfolio }: { portfolio: LoadedPortfolio }) {
  const t = useTexts(portfolioTexts);
  const locale = useLocale();
  const file = usePortfolio((s) => s.file);
  const choice = usePortfolio((s) => s.choice);
  const monteCarlo = usePortfolio((s) => s.monteCarlo);
  const setGoal = usePortfolio((s) => s.setGoal);
  const choose = usePortfolio((s) => s.choose);
  const runMonteCarlo = usePortfolio((s) => s.runMonteCarlo);
  const lastPeriodYear = portfolio.pool.firstYear + portfolio.pool.periodYears - 1;
  return (
    <section className="portfolio__choose" aria-labelledby="portfolio-choose">
      <h3 id="portfolio-choose">{t.choose}</h3>
      <label htmlFor="portfolio-goal">{t.goal}</label>
      <select id="portfolio-goal" value={file.goal} onChange={(e) => setGoal(e.target.value as ChoiceGoal)}>
        {GOALS.map((g) => <option key={g} value={g}>{t.goals[g]}</option>)}
      </select>
      <button type="button" className="button button--primary" onClick={choose} disabled={choice.status === 'running'}>
        {choice.status === 'running' ? t.choosing : t.choose}
      </button>
      {choice.status === 'error' && <p role="alert">{choice.message}</p>}
      {choice.status === 'done' && <ChoiceResult result={choice.result} portfolio={portfolio} />}

      <h3>{t.uncertainty}</h3>
      <button type="button" className="button" onClick={() => runMonteCarlo(1000, 1)} disabled={monteCarlo.status === 'running'}>
        {monteCarlo.status === 'running' ? t.running : t.runMonteCarlo}
      </button>
      {monteCarlo.status === 'error' && <p role="alert">{monteCarlo.message}</p>}
      {monteCarlo.status === 'done' && (
        <div role="status" className="portfolio__montecarlo">
          <p>{t.probability(formatShare(monteCarlo.result.probabilityWholeInPeriod, locale), lastPeriodYear)}</p>
          <p>{t.probability(formatShare(monteCarlo.result.probabilityWholeWithinYears, locale), monteCarlo.result.years.at(-1)!)}</p>
          <table className="portfolio__table">
            <caption>{t.fan}</caption>
            <thead><tr><th scope="col">{t.year}</th>{monteCarlo.result.years.map((y) => <th key={y} scope="col">{y}</th>)}</tr></thead>
            <tbody>
              {[0, 2, 4].map((p) => (
                <tr key={p}><th scope="row">{['5.', '25.', '50.', '75.', '95.'][p]}</th>
                  {monteCarlo.result.fan.map((f, i) => <td key={i}>{formatKroner(f[p]!, locale)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Per ledger: the probability that the NPV is positive, that the case pays back within the horizon, and the median NPV. */
import type { MonteCarloSummary } from '../../../engine';
import { formatKroner, formatShare } from '../../../format/numbers';
import { useMonteCarloWords } from './use-words';

export function ProbabilityTable({ summary, ledgers }: { summary: MonteCarloSummary; ledgers: string[] }) {
  const { t, locale, ledgerName } = useMonteCarloWords();
  return (
    <div className="mc-table-scroll">
      <table className="mc-table mc-probabilities">
        <caption>{t.probabilityCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ledger}</th>
            <th scope="col">{t.positiveNpv}</th>
            <th scope="col">{t.paysBack}</th>
            <th scope="col">{t.medianNpv}</th>
          </tr>
        </thead>
        <tbody>
          {ledgers.map((id) => {
            const key = summary.keys[id]!;
            return (
              <tr key={id} className={id === 'total' ? 'is-total' : undefined}>
                <th scope="row">{ledgerName(id)}</th>
                <td>{formatShare(key.npv.probabilityPositive, locale)}</td>
                <td>{formatShare(key.payback.probabilityWithinHorizon, locale)}</td>
                <td>{formatKroner(key.npv.percentiles[2] ?? NaN, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

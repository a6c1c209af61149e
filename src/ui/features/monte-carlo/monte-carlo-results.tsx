/** A finished run: the probability table for every ledger, then the fan, histogram and drivers of the chosen ledger. */
import { memo, useEffect, useId, useState } from 'react';
import type { MonteCarloSummary } from '../../../engine';
import type { ScenarioFile } from '../../../io/scenario-schema';
import { DriversTable } from './drivers-table';
import { FanChart } from './fan-chart';
import { ledgerOrder } from './chart-data';
import { NpvHistogram } from './npv-histogram';
import { ProbabilityTable } from './probability-table';
import { useMonteCarloWords } from './use-words';

const STAGES = 2;

/**
 * Mounts the charts one task after another the first time a result is shown: mounting both recharts
 * charts at once is one main-thread task of ≈ 60 ms; apart, each stays under 50 ms. Later results update them in place.
 */
function useStagedMount(stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stages) return;
    const timer = setTimeout(() => setStage(stage + 1), 0);
    return () => clearTimeout(timer);
  }, [stage, stages]);
  return stage;
}

/** Memoised: progress updates re-render the panel ~50 times a run, and must not re-render the charts. */
export const MonteCarloResults = memo(function MonteCarloResults({ summary, scenario }: { summary: MonteCarloSummary; scenario: ScenarioFile | null }) {
  const { t, model, ledgerName } = useMonteCarloWords();
  const id = useId();
  const ledgers = ledgerOrder(Object.keys(summary.keys), model);
  const [chosen, setChosen] = useState('total');
  const ledger = ledgers.includes(chosen) ? chosen : ledgers.at(-1)!;
  const key = summary.keys[ledger];
  const stage = useStagedMount(STAGES);
  return (
    <div className="mc-results">
      <h4>{t.probabilityHeading}</h4>
      <ProbabilityTable summary={summary} ledgers={ledgers} />
      <div className="mc-field mc-ledger">
        <label htmlFor={`${id}-ledger`}>{t.ledger}</label>
        <select id={`${id}-ledger`} value={ledger} onChange={(e) => setChosen(e.target.value)}>
          {ledgers.map((l) => <option key={l} value={l}>{ledgerName(l)}</option>)}
        </select>
      </div>
      {key && (
        <>
          {stage >= 1 && <FanChart summary={key} ledger={ledger} scenario={scenario} />}
          {stage >= 2 && <NpvHistogram summary={key} ledger={ledger} />}
          {stage >= 2 && <DriversTable summary={key} ledger={ledger} scenario={scenario} />}
        </>
      )}
    </div>
  );
});

/** The results' view options: running totals or each year, per participant or in total, nominal or discounted, ledgers or departments. */
import { selectRun, startsStaggered, useAppStore, type Breakdown, type Measure, type Scale, type Valuation } from '../../../state';
import { ToggleGroup } from '../../components/toggle-group';
import { useResultWords } from './use-result-words';

const MEASURES: Measure[] = ['cumulative', 'annual'];
const SCALES: Scale[] = ['perParticipant', 'perStarted', 'total'];
const VALUATIONS: Valuation[] = ['nominal', 'discounted'];
const BREAKDOWNS: Breakdown[] = ['ledgers', 'departments'];

export function ViewToggles() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const { t } = useResultWords();
  // Per started participant differs from per participant only when cohorts start in different years.
  const staggered = useAppStore((s) => { const run = selectRun(s); return run?.ok === true && startsStaggered(run.value); });
  const scales = SCALES.filter((s) => s !== 'perStarted' || staggered || view.scale === s);
  return (
    <div className="view-toggles">
      <ToggleGroup label={t.measureGroup} value={view.measure} onChange={(measure) => setView({ measure })}
        options={MEASURES.map((m) => ({ value: m, label: t.measures[m] }))} />
      <ToggleGroup label={t.scaleGroup} value={view.scale} onChange={(scale) => setView({ scale })}
        options={scales.map((s) => ({ value: s, label: t.scales[s] }))} />
      <ToggleGroup label={t.valuationGroup} value={view.valuation} onChange={(valuation) => setView({ valuation })}
        options={VALUATIONS.map((v) => ({ value: v, label: t.valuations[v] }))} />
      <ToggleGroup label={t.breakdownGroup} value={view.breakdown} onChange={(breakdown) => setView({ breakdown })}
        options={BREAKDOWNS.map((b) => ({ value: b, label: t.breakdowns[b] }))} />
    </div>
  );
}

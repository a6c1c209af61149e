/** The table's view options: running totals or each year, per participant or in total. */
import { useAppStore, type Measure, type Scale } from '../../../state';
import { ToggleGroup } from '../../components/toggle-group';
import { MEASURE_LABELS, SCALE_LABELS } from './labels';

const MEASURES: Measure[] = ['cumulative', 'annual'];
const SCALES: Scale[] = ['perParticipant', 'total'];

export function ViewToggles() {
  const { measure, scale } = useAppStore((s) => s.view);
  const setMeasure = useAppStore((s) => s.setMeasure);
  const setScale = useAppStore((s) => s.setScale);
  return (
    <div className="view-toggles">
      <ToggleGroup label="Visning" value={measure} onChange={setMeasure}
        options={MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))} />
      <ToggleGroup label="Enhed" value={scale} onChange={setScale}
        options={SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))} />
    </div>
  );
}

/**
 * The sensitivity tab: what must be true for the case to break even, which assumptions move the
 * NPV most (tornado with switching values), and the NPV under each discount preset.
 */
import { useAppStore } from '../../../state';
import { selectRun } from '../../../state/selectors/view';
import { useTexts } from '../../i18n/use-texts';
import { BreakEvenSection } from './break-even-section';
import { DiscountSweep } from './discount-sweep';
import { sensitivityTexts } from './texts';
import { TornadoSection } from './tornado-section';
import './sensitivity.css';

export function SensitivityPanel() {
  const t = useTexts(sensitivityTexts);
  const run = useAppStore(selectRun);
  // Nothing to vary until the scenario computes; its problems are listed beside the results.
  if (!run?.ok) return null;
  return (
    <div className="sensitivity">
      <BreakEvenSection />
      <TornadoSection />
      <DiscountSweep />
      <p className="note">{t.totalsNote}</p>
    </div>
  );
}

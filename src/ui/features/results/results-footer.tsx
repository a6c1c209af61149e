/** The assumptions every result is read under: perspective, discounting and its timing. */
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { TIMING_LABELS } from './labels';

export function ResultsFooter() {
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  if (!run?.ok) return null;
  const { discount } = run.value;
  return (
    <footer className="results-footer">
      <p>
        <strong>Perspektiv:</strong> {perspective}. <strong>Diskontering:</strong> {discount.label}.{' '}
        <strong>Tidskonvention:</strong> {TIMING_LABELS[discount.timing]}.
      </p>
      <p>
        Udgifter og gevinster er udiskonterede summer over horisonten; nutidsværdi og benefit–cost ratio er
        diskonterede.
      </p>
      <p>Fortegn: positive beløb er gevinster for kassen, negative er udgifter. Alt beregnes i browseren; intet sendes nogen steder hen.</p>
    </footer>
  );
}

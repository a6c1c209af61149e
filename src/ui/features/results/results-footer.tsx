/** The assumptions every result is read under: perspective, discounting and its timing, and the optimism correction. */
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { optimismStatement } from '../../../format/optimism';
import { useResultWords } from './use-result-words';

export function ResultsFooter() {
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  const { t, locale } = useResultWords();
  if (!run?.ok) return null;
  const { discount } = run.value;
  return (
    <footer className="results-footer">
      <p>
        <strong>{t.footerPerspective}</strong> {perspective}. <strong>{t.footerDiscount}</strong> {discount.label}.{' '}
        <strong>{t.footerTiming}</strong> {t.timing[discount.timing]}.{' '}
        <strong>{t.footerOptimism}</strong> <span data-testid="optimism-statement">{optimismStatement(run.value.optimism, locale)}</span>.
      </p>
      <p>{t.footerTotals}</p>
      <p>{t.footerSign}</p>
    </footer>
  );
}

/** The assumptions every result is read under: perspective, discounting and its timing, the optimism correction, who gains. */
import { publicFinanceStatement } from '../../../format/public-finance';
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { optimismStatement } from '../../../format/optimism';
import { useResultWords } from './use-result-words';

export function ResultsFooter() {
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  const { t, locale } = useResultWords();
  if (!run?.ok) return null;
  const { discount, publicFinance } = run.value;
  return (
    <footer className="results-footer">
      <p>
        <strong>{t.footerPerspective}</strong> {perspective}. <strong>{t.footerDiscount}</strong> {discount.label}.{' '}
        <strong>{t.footerTiming}</strong> {t.timing[discount.timing]}.{' '}
        <strong>{t.footerOptimism}</strong> <span data-testid="optimism-statement">{optimismStatement(run.value.optimism, locale)}</span>.
      </p>
      {publicFinance && <p><strong>{t.footerPublicFinance}</strong> {publicFinanceStatement(publicFinance, locale)}.</p>}
      <p>{t.footerTotals}</p>
      <p>{t.footerSign}</p>
    </footer>
  );
}

/** The assumptions every result is read under: perspective, discounting and its timing, who gains. */
import { publicFinanceStatement } from '../../../format/public-finance';
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
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
        <strong>{t.footerTiming}</strong> {t.timing[discount.timing]}.
      </p>
      {publicFinance && <p><strong>{t.footerPublicFinance}</strong> {publicFinanceStatement(publicFinance, locale)}.</p>}
      <p>{t.footerTotals}</p>
      <p>{t.footerSign}</p>
    </footer>
  );
}

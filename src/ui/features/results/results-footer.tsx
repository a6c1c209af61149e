/** The assumptions every result is read under: perspective, discounting and its timing. */
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { discountLabel } from '../../../format/conventions';
import { useLocale } from '../../i18n/use-texts';
import { useResultWords } from './use-result-words';

export function ResultsFooter() {
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  const { t } = useResultWords();
  const locale = useLocale();
  if (!run?.ok) return null;
  const { discount } = run.value;
  return (
    <footer className="results-footer">
      <p>
        <strong>{t.footerPerspective}</strong> {perspective}. <strong>{t.footerDiscount}</strong> {discountLabel(discount, locale)}.{' '}
        <strong>{t.footerTiming}</strong> {t.timing[discount.timing]}.
      </p>
      <p>{t.footerTotals}</p>
      <p>{t.footerSign}</p>
    </footer>
  );
}

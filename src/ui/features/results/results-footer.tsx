/** The assumptions every result is read under: perspective, discounting and its timing, the optimism correction, who gains, the rules year. */
import { publicFinanceStatement } from '../../../format/public-finance';
import { welfareStatement } from '../../../format/welfare';
import { rulesYearStatement } from '../../../format/rules-year';
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { optimismStatement } from '../../../format/optimism';
import { discountLabel } from '../../../format/conventions';
import { useLocale } from '../../i18n/use-texts';
import { useResultWords } from './use-result-words';
import { useCatalogueNames } from '../../i18n/catalogue-names';

export function ResultsFooter() {
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  const { t } = useResultWords();
  const locale = useLocale();
  const names = useCatalogueNames();
  if (!run?.ok) return null;
  const { discount, publicFinance, welfare, rules } = run.value;
  return (
    <footer className="results-footer">
      <p>
        <strong>{t.footerPerspective}</strong> {names(`perspectives.${run.value.perspective}`, perspective ?? run.value.perspective)}. <strong>{t.footerDiscount}</strong> {discountLabel(discount, locale, names)}.{' '}
        <strong>{t.footerTiming}</strong> {t.timing[discount.timing]}.{' '}
        <strong>{t.footerOptimism}</strong> <span data-testid="optimism-statement">{optimismStatement(run.value.optimism, locale)}</span>.
      </p>
      {welfare && <p data-testid="welfare-statement"><strong>{t.footerWelfare}</strong> {welfareStatement(welfare, locale)}.</p>}
      {publicFinance && <p><strong>{t.footerPublicFinance}</strong> {publicFinanceStatement(publicFinance, locale)}.</p>}
      {rules && <p><strong>{t.footerRulesYear}</strong> <span data-testid="rules-year-statement">{rulesYearStatement(rules, locale)}</span>.</p>}
      <p>{t.footerTotals}</p>
      <p>{t.footerSign}</p>
    </footer>
  );
}

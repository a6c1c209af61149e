/** The panel's words and number locale, with ledger names (the catalogue's labels are Danish). */
import { selectModel, useAppStore } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { monteCarloTexts } from './texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';

export function useMonteCarloWords() {
  const t = useTexts(monteCarloTexts);
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const names = useCatalogueNames();
  const ledgerName = (id: string) => t.ledgerNames[id] ?? names(`ledgers.${id}`, model?.ledgers.find((l) => l.id === id)?.label ?? id);
  return { t, locale, model, ledgerName };
}

/** The panel's words and number locale, with ledger names (the catalogue's labels are Danish). */
import { selectModel, useAppStore } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { monteCarloTexts } from './texts';

export function useMonteCarloWords() {
  const t = useTexts(monteCarloTexts);
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const ledgerName = (id: string) => t.ledgerNames[id] ?? model?.ledgers.find((l) => l.id === id)?.label ?? id;
  return { t, locale, model, ledgerName };
}

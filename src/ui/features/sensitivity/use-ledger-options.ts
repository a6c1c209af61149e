/** The ledgers a case books to, then the total, with their names in the current language. */
import { selectViewSeries, useAppStore } from '../../../state';
import { useResultWords } from '../results/use-result-words';

export interface LedgerOption { id: string; name: string }

export function useLedgerOptions(): LedgerOption[] {
  const view = useAppStore(selectViewSeries);
  const { ledgerName } = useResultWords();
  // The total first: it is the question asked most often.
  const rows = view ? [...view.rows.slice(-1), ...view.rows.slice(0, -1)] : [];
  return rows.map((r) => ({ id: r.id, name: ledgerName(r.id, r.label) }));
}

/**
 * One sentence under the title that says who pays, who gains without paying, and when it pays back:
 * »Kommunen betaler 82.500 kr. pr. deltager; staten og regionen får gevinst uden at betale; …«.
 */
import { formatKroner, formatYears } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectSummary, type LedgerRole } from '../../../state/selectors/summary';
import { useResultWords } from './use-result-words';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function SummaryLine() {
  const summary = useAppStore(selectSummary);
  const words = useResultWords();
  if (!summary) return null;
  const { t, locale } = words;
  const who = (r: LedgerRole) => t.definite[r.id] ?? words.ledgerName(r.id, r.label);
  const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)}`);
  const parts: string[] = [];
  const [first, ...others] = summary.payers;
  if (first) {
    const amount = (r: LedgerRole) => formatKroner(r.costs, locale);
    const tail = others.map((r) => `${who(r)} ${amount(r)}`);
    parts.push(`${t.pays(who(first), list([amount(first), ...tail]))} ${words.scalePhrase(summary.scale)}`);
  }
  if (summary.freeGainers.length > 0) parts.push(t.gainWithoutPaying(list(summary.freeGainers.map(who)), summary.freeGainers.length > 1));
  if (parts.length === 0) return <p className="summary-line">{t.nothingBooked}</p>;
  const { payback } = summary.total;
  const unpaid = summary.payers.filter((p) => p.payback === null).map(who);
  const paybacks = payback === null
    ? [unpaid.length > 0 ? t.noPaybackAtAll(list(unpaid)) : t.totalNoPayback]
    : [payback === 0 ? t.totalPaybackNow : t.totalPayback(formatYears(payback, locale))];
  // A payback of 0 is a ledger never in deficit (docs/semantics.md, "Results"), said as the key figures say it.
  for (const payer of summary.payers) {
    if (payer.payback !== null) paybacks.push(payer.payback === 0 ? t.payerPaybackNow(who(payer)) : t.payerPayback(who(payer), formatYears(payer.payback, locale)));
  }
  if (payback !== null && unpaid.length > 0) paybacks.push(t.payerNoPayback(list(unpaid), unpaid.length > 1));
  parts.push(paybacks.join(', '));
  return <p className="summary-line">{capitalise(parts.join('; '))}.</p>;
}

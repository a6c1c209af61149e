/**
 * Grammar shared by every text: a count with its noun in the right number (»1 usikker parameter«,
 * »3 usikre parametre«), and a sentence's full stop that does not double an abbreviation's
 * (»P95 265.805 kr.« rather than »kr..«). Every text with a count or a closing figure goes through these.
 */
import { formatNumber, type Locale } from './numbers';

export interface NounForms {
  one: string;
  other: string;
}

/** »1 deltager«, »1.200 deltagere«: the count in the language's format and the matching form. */
export function countOf(n: number, forms: NounForms, locale: Locale = 'da'): string {
  return `${formatNumber(n, locale, Number.isInteger(n) ? 0 : 2)} ${Math.abs(n) === 1 ? forms.one : forms.other}`;
}

/** Ends `text` with a full stop, unless it already ends with one (an abbreviation such as »kr.« or »pr.«). */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('.') ? trimmed : `${trimmed}.`;
}

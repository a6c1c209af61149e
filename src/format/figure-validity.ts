/** The figureOutOfValidity guardrail in words: which catalogue figure, its period in force and the case's years. */
import type { GuardrailFinding } from '../engine';
import type { Locale } from './numbers';

export function figureValidityText(f: GuardrailFinding, locale: Locale = 'da', label?: string): string {
  const da = locale === 'da';
  const name = f.refs?.name ?? '?';
  const figure = label ? `${label} (${name})` : name;
  const from = f.refs?.validFrom;
  const to = f.refs?.validTo;
  const validity = from && to ? (da ? `gælder ${from} til ${to}` : `in force ${from} to ${to}`)
    : from ? (da ? `gælder fra ${from}` : `in force from ${from}`)
      : to ? (da ? `gælder til ${to}` : `in force until ${to}`) : (da ? 'uden angivet gyldighed' : 'with no stated validity');
  const years = `${f.numbers.firstYear}–${f.numbers.lastYear}`;
  return da
    ? `${figure} ${validity}, men casen regner for ${years}`
    : `${figure} is ${validity}, but the case runs ${years}`;
}

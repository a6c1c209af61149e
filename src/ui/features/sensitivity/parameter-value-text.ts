/** A parameter's value as it reads: percent for shares, kroner for money, a plain number otherwise. */
import { formatKroner, formatNumber, formatShare, type Locale } from '../../../format/numbers';
import type { ParameterChoice } from '../../../state/selectors/sensitivity';
import type { SensitivityTexts } from './texts';

export function formatValue(value: number, choice: Pick<ParameterChoice, 'kind'>, locale: Locale): string {
  if (choice.kind === 'share') return formatShare(value, locale, 1);
  if (choice.kind === 'money') return formatKroner(value, locale);
  // Whole numbers stay whole; others get two decimals (months, years, counts solved to a fraction).
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 2);
}

/** The value with its unit: »33,5 %«, »44.000 kr. pr. person pr. år«, »1,45 år«. */
export function formatWithUnit(value: number, choice: Pick<ParameterChoice, 'kind' | 'unit'>, locale: Locale, t: SensitivityTexts): string {
  const text = formatValue(value, choice, locale);
  if (choice.kind === 'share' || !choice.unit) return text;
  const unit = t.units[choice.unit] ?? choice.unit;
  if (choice.kind === 'money') {
    // formatKroner already says kr./DKK; add only the »per …« part.
    const per = unit.replace(/^(kr\.|DKK)\s*/, '');
    // »6.000 kr./md.«: a unit written with a slash keeps the number and the unit together.
    if (per.startsWith('/')) return `${formatNumber(value, locale)} ${unit}`;
    return per ? `${text} ${per}` : text;
  }
  return `${text} ${unit}`;
}

/** An interval as »[0,0 %; 100,0 %]«. */
export function formatRange([a, b]: [number, number], choice: Pick<ParameterChoice, 'kind'>, locale: Locale): string {
  return `[${formatValue(a, choice, locale)}; ${formatValue(b, choice, locale)}]`;
}

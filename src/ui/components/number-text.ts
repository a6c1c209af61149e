/**
 * How the editor shows and reads amounts: numbers the locale's way (1.234,5), shares optionally in
 * percent ("58 %" for 0.58), and any text that is not a number kept as an expression.
 */
import { formatNumber, parseLocaleNumber, type Locale } from '../../format/numbers';

const MAX_DECIMALS = 10;

/** As few decimals as show the value exactly (0.235 → 3), up to ten. */
function decimalsOf(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const scale = 10 ** d;
    if (Math.abs(Math.round(value * scale) / scale - value) <= 1e-12 * Math.max(1, Math.abs(value))) return d;
  }
  return MAX_DECIMALS;
}

/** Removes binary noise from ×100 and ÷100 (0.58 × 100 = 57.99999999999999). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function formatAmountText(value: number | string | undefined, locale: Locale, percent = false): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!percent) return formatNumber(value, locale, decimalsOf(value));
  const shown = clean(value * 100);
  return `${formatNumber(shown, locale, decimalsOf(shown))} %`;
}

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'expression'; text: string };

/** Reads what was typed: empty, a number (÷100 in a percent field) or an expression. */
export function parseAmountText(text: string, locale: Locale, percent = false): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const withoutPercent = percent ? trimmed.replace(/\s*%$/, '') : trimmed;
  const n = parseLocaleNumber(withoutPercent, locale);
  if (n === null) return { kind: 'expression', text: trimmed };
  return { kind: 'number', value: percent ? clean(n / 100) : n };
}

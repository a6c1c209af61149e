/** How a lever shows its value: a share (a range within 0–1) in percent, anything else as a number with its unit. */
import type { Lever } from '../../../engine';
import type { Locale } from '../../../format/numbers';
import { formatAmountText } from '../../components/number-text';

export function isShare(lever: Pick<Lever, 'min' | 'max'>): boolean {
  return lever.min >= 0 && lever.max <= 1;
}

export function formatLeverValue(lever: Lever, value: number, locale: Locale, unit?: string): string {
  // Steps of 0,01 in a share are whole percent; round away binary noise (0.58 + 0.01 = 0.5900000000000001).
  const decimals = Math.max(0, -Math.floor(Math.log10(lever.step)));
  const rounded = Number(value.toFixed(Math.min(10, decimals + 2)));
  if (isShare(lever)) return formatAmountText(rounded, locale, true);
  const text = formatAmountText(rounded, locale);
  return unit ? `${text} ${unit}` : text;
}

/** The value moved by `steps` steps, kept within the range and on the step grid from min. */
export function stepLever(lever: Lever, value: number, steps: number): number {
  const k = Math.round((value - lever.min) / lever.step) + steps;
  const next = lever.min + k * lever.step;
  return Math.min(lever.max, Math.max(lever.min, Number(next.toPrecision(12))));
}

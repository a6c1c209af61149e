/** A chart tooltip's figure in kroner; a figure that does not exist (null: per started participant before anyone has started) reads »–«, as in the table, never »0 kr.«. */
import { formatKroner, type Locale } from '../../../format/numbers';

export function chartFigure(value: unknown, locale: Locale): string {
  const n = value === null || value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? formatKroner(n, locale) : '–';
}

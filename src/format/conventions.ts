/** The discount timing conventions (docs/semantics.md, "Discounting") in words, for every result that is printed. */
import type { DiscountTiming, Projection } from '../engine';
import type { CatalogueNames } from './line-text';
import { formatShare, type Locale } from './numbers';

const TIMING: Record<Locale, Record<DiscountTiming, string>> = {
  da: {
    start: 'år 1 er basisår (faktor 1); år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y−1',
    mid: 'strømme midt i året: år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y−1 gange 1/√(1+r_y)',
    end: 'strømme ved årets slutning: år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y',
  },
  en: {
    start: 'year 1 is the base year (factor 1); year y is discounted by Π 1/(1+r_j), j = 1 … y−1',
    mid: 'flows at mid-year: year y is discounted by Π 1/(1+r_j), j = 1 … y−1, times 1/√(1+r_y)',
    end: 'flows at year end: year y is discounted by Π 1/(1+r_j), j = 1 … y',
  },
};

export function timingConvention(timing: DiscountTiming, locale: Locale = 'da'): string {
  return TIMING[locale][timing];
}

/** The discount rate a projection used: the preset's name, or own bands as »4,00 % fra år 1, 3,00 % fra år 36«. */
export function discountLabel(discount: Projection['discount'], locale: Locale = 'da', names: CatalogueNames = (_k, t) => t): string {
  if (discount.preset) return names(`discountPresets.${discount.preset.id}`, discount.preset.label);
  const from = locale === 'da' ? 'fra år' : 'from year';
  return discount.bands.map((b) => `${formatShare(b.rate, locale, 2)} ${from} ${b.fromYear}`).join(', ');
}

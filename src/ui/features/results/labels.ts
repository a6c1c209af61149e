/** Danish words for the view: year headings, captions and the discounting convention. */
import type { DiscountTiming, YearLabel } from '../../../engine';
import type { Measure, Scale } from '../../../state';

export function yearLabel(year: YearLabel): string {
  return year.calendarYear === null ? `År ${year.year}` : `År ${year.year} (${year.calendarYear})`;
}

export const MEASURE_LABELS: Record<Measure, string> = { cumulative: 'Akkumuleret', annual: 'Årligt' };
export const SCALE_LABELS: Record<Scale, string> = { perParticipant: 'Pr. deltager', total: 'I alt' };

/** »pr. deltager« / »i alt, alle deltagere«, for use inside a sentence. */
export function scalePhrase(scale: Scale): string {
  return scale === 'perParticipant' ? 'pr. deltager' : 'i alt for alle deltagere';
}

/** The timing conventions of semantics.md, "Discounting", in Danish. */
export const TIMING_LABELS: Record<DiscountTiming, string> = {
  start: 'år 1 er basisår (faktor 1); år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y−1',
  mid: 'strømme midt i året: år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y−1 gange 1/√(1+r_y)',
  end: 'strømme ved årets slutning: år y diskonteres med Π 1/(1+rⱼ) for j = 1 … y',
};

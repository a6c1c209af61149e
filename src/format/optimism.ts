/** The optimism correction in words, stated beside every result like the discount convention. */
import type { OptimismSummary } from '../engine';
import { formatFigure, type Locale } from './numbers';
import { countOf } from './words';

/** 4 % and 12,5 % in Danish, 4% and 12.5% in English (formatShare, without trailing zeros). */
const pct = (share: number, locale: Locale) => `${formatFigure(share * 100, locale, 1)}${locale === 'da' ? ' %' : '%'}`;

export function optimismStatement(summary: OptimismSummary, locale: Locale = 'da'): string {
  const da = locale === 'da';
  if (!summary.enabled) return da ? 'ingen (tal uden optimismekorrektion)' : 'none (figures without optimism correction)';
  const grades = summary.grades.map((g) => da
    ? `karakter ${g.grade}: gevinster −${pct(g.gainReduction, locale)}, omkostninger +${pct(g.costUplift, locale)}`
    : `grade ${g.grade}: gains −${pct(g.gainReduction, locale)}, costs +${pct(g.costUplift, locale)}`);
  const ungraded = summary.ungradedLines > 0
    ? (da ? `${countOf(summary.ungradedLines, { one: 'linje uden karakter er', other: 'linjer uden karakter er' }, 'da')} ikke korrigeret`
      : `${countOf(summary.ungradedLines, { one: 'line without a grade is', other: 'lines without a grade are' }, 'en')} not corrected`)
    : '';
  const head = da ? 'til' : 'on';
  return [head, ...(grades.length ? [grades.join('; ')] : [da ? 'ingen tal har en karakter' : 'no figure has a grade']), ungraded].filter(Boolean).join(' — ').replace(/^(til|on) — /, '$1: ');
}

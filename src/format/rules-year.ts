/** The rules year in words (docs/semantics.md, "Dated rules"), stated beside every result like the public-finance setting. */
import type { PeriodChoice, RulesSummary } from '../engine';
import type { Locale } from './numbers';

export function rulesYearStatement(rules: RulesSummary, locale: Locale = 'da'): string {
  const da = locale === 'da';
  const dated = Object.values(rules.periods);
  const nearest = dated.filter((p) => !p.covers).length;
  if (rules.year === null) {
    return da ? 'intet regelår (casen har intet første år): katalogtallene bruges med deres egne tal'
      : 'no rules year (the case has no first year): the catalogue figures are used as they stand';
  }
  const basis = rules.basis === 'rulesYear'
    ? (da ? 'valgt med »Regler fra år«' : 'set by »Rules from year«')
    : (da ? 'casens første år' : 'the case\'s first year');
  const tail = dated.length === 0 ? ''
    : nearest === 0
      ? (da ? `; ${dated.length} daterede katalogtal med tallet i kraft det år` : `; ${dated.length} dated catalogue figures at the figure in force that year`)
      : (da ? `; ${dated.length} daterede katalogtal, heraf ${nearest} uden tal for året, med tallet fra den nærmeste periode`
        : `; ${dated.length} dated catalogue figures, ${nearest} of them without a figure for the year, at the nearest period's figure`);
  return `${rules.year} (${basis})${tail}`;
}

/** Which period's figure a dated catalogue constant used, for the explanation's dependency list. */
export function periodText(period: PeriodChoice, locale: Locale = 'da'): string {
  const da = locale === 'da';
  const span = period.validFrom === undefined ? (period.validTo === undefined ? (da ? 'uden periode' : 'without a period') : `${da ? 'til' : 'to'} ${period.validTo}`)
    : period.validTo === undefined ? `${da ? 'fra' : 'from'} ${period.validFrom}` : `${period.validFrom}–${period.validTo}`;
  const which = da ? `tallet for ${span} (periode ${period.index + 1} af ${period.count})` : `the figure for ${span} (period ${period.index + 1} of ${period.count})`;
  if (period.covers) return which;
  return da ? `${which}; ingen periode dækker regelåret, så den nærmeste er brugt` : `${which}; no period covers the rules year, so the nearest is used`;
}

/**
 * The units of catalogue and scenario figures (`DKK/month`, `share`, `months` …) in words. Files keep
 * the codes; readers see »kr./md.«, »andel«, »måneder« in Danish and »DKK/month«, »share«, »months« in English.
 */
import type { Locale } from './numbers';

export const UNIT_NAMES: Record<Locale, Record<string, string>> = {
  da: {
    DKK: 'kr.', 'DKK/month': 'kr./md.', 'DKK/year': 'kr. pr. år', 'DKK/person/year': 'kr. pr. person pr. år',
    'DKK/person/month': 'kr. pr. person pr. måned', 'DKK/person': 'kr. pr. person', 'DKK/hour': 'kr./time',
    share: 'andel', months: 'måneder', years: 'år', weeks: 'uger', persons: 'personer',
    'hours/month': 'timer pr. måned', 'hours/week': 'timer pr. uge', flag: 'ja/nej', factor: 'faktor',
  },
  en: {
    DKK: 'DKK', 'DKK/month': 'DKK/month', 'DKK/year': 'DKK per year', 'DKK/person/year': 'DKK per person per year',
    'DKK/person/month': 'DKK per person per month', 'DKK/person': 'DKK per person', 'DKK/hour': 'DKK/hour',
    share: 'share', months: 'months', years: 'years', weeks: 'weeks', persons: 'persons',
    'hours/month': 'hours per month', 'hours/week': 'hours per week', flag: 'yes/no', factor: 'factor',
  },
};

/** The unit in words; a unit the table does not know (one the user typed) is shown as written. */
export function unitText(unit: string, locale: Locale = 'da'): string {
  return UNIT_NAMES[locale][unit] ?? unit;
}

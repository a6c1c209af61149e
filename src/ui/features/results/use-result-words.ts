/**
 * The results' words and number formats in the current language, with the names of ledgers and
 * categories: the catalogue's labels are Danish, so English uses known translations by id.
 */
import type { YearLabel } from '../../../engine';
import type { Scale } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import type { Locale } from '../../../format/numbers';
import { resultTexts, type ResultTexts } from './texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';

export interface ResultWords {
  t: ResultTexts;
  locale: Locale;
  ledgerName: (id: string, label: string) => string;
  departmentName: (ledger: string, id: string, label: string) => string;
  categoryName: (id: string, label: string) => string;
  yearLabel: (year: YearLabel) => string;
  scalePhrase: (scale: Scale) => string;
}

export function useResultWords(): ResultWords {
  const t = useTexts(resultTexts);
  const locale = useLocale();
  const names = useCatalogueNames();
  return {
    t,
    locale,
    ledgerName: (id, label) => t.ledgerNames[id] ?? names(`ledgers.${id}`, label),
    departmentName: (ledger, id, label) => names(`ledgers.${ledger}.departments.${id}`, label),
    categoryName: (id, label) => t.categoryNames[id] ?? names(`categories.${id}`, label),
    yearLabel: (y) => t.year(y.year, y.calendarYear),
    scalePhrase: (scale) => (scale === 'perParticipant' ? t.perParticipant : scale === 'perStarted' ? t.perStarted : t.inTotal),
  };
}

/** The public-finance setting in words (docs/hvem-faar-gevinsten.md), stated beside every result like the discount convention. */
import type { PublicFinanceSummary } from '../engine';
import type { Locale } from './numbers';

const pct = (share: number, locale: Locale) => `${(share * 100).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 })} %`;

export function publicFinanceStatement(summary: PublicFinanceSummary, locale: Locale = 'da'): string {
  const da = locale === 'da';
  const rate = summary.equalisationRate === null ? '' : pct(summary.equalisationRate, locale);
  switch (summary.setting) {
    case 'single-kommune':
      if (summary.equalisationRate === null) {
        return da ? 'én kommune (ingen afledte værdier at udligne; direkte værdier bogføres som i kilden)'
          : 'one kommune (no derived values to equalise; direct values are booked as their source gives them)';
      }
      return da
        ? `én kommune: landsudligningen tager ${rate} af ændringen i kommuneskat (til øvrige kommuner); kommunen beholder sparede overførsler. Gælder afledte værdier; direkte værdier bogføres som i kilden`
        : `one kommune: the landsudligning takes ${rate} of the change in kommuneskat (to the other kommuner); the kommune keeps saved transfers. Applies to derived values; direct values are booked as their source gives them`;
    case 'all-kommuner':
      return da
        ? 'kommunerne samlet: budgetgarantien modsvarer ændringen i budgetgaranterede overførsler via bloktilskuddet (til staten); ingen udligning mellem kommunerne. Gælder afledte værdier; direkte værdier bogføres som i kilden'
        : 'the kommuner as a group: the budgetgaranti offsets the change in guaranteed transfers through the block grant (to the state); no equalisation between kommuner. Applies to derived values; direct values are booked as their source gives them';
    default:
      return da
        ? 'den offentlige sektor samlet: lovbestemte betalinger (skat til den, der opkræver den; ydelser og refusion efter reglerne), før landsudligning og budgetgaranti'
        : 'the public sector as a whole: statutory flows (each tax to whoever levies it; benefits and refusion by the rules), before landsudligning and budgetgaranti';
  }
}

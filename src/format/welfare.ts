/**
 * The welfare view and its factors in words (docs/semantics.md, "The welfare view"), stated beside the
 * result like the discount convention and the public-finance setting: in the results footer, the CLI
 * table and JSON, the report and the workbook. A case valued by direct values says its production
 * value is not computed, rather than silently valuing a job at 0 kr.
 */
import type { WelfareSummary } from '../engine';
import { formatFigure, type Locale } from './numbers';

export function welfareStatement(summary: WelfareSummary, locale: Locale = 'da'): string {
  const n = (x: number) => formatFigure(x, locale);
  const year = summary.sourceYear === null ? '' : ` ${summary.sourceYear}`;
  if (locale === 'da') {
    const factors = `nettoafgiftsfaktor (NAF) ${n(summary.netTaxFactor)}, skatteforvridningsfaktor (SFF) ${n(summary.distortionFactor)} (Finansministeriet${year})`;
    return summary.assessed
      ? `markedspriser: produktionsværdi = bruttoløn × NAF, offentlige udgifter × NAF (tilskud til virksomheder er overførsler og tæller kun med deres forvridning), forvridning = (SFF − 1) × nettovirkning på de offentlige finanser; ydelser og skatter er overførsler og tæller 0; ${factors}`
      : `produktionsværdien er ikke opgjort: casen værdisætter job med direkte værdier, ikke en løn, så resultatet er kun omkostningerne i markedspriser (offentlige udgifter × NAF) og ikke en samfundsøkonomisk vurdering; ${factors}`;
  }
  const factors = `net tax factor (NAF) ${n(summary.netTaxFactor)}, tax distortion factor (SFF) ${n(summary.distortionFactor)} (Finansministeriet${year})`;
  return summary.assessed
    ? `market prices: production value = gross wage × NAF, public spending × NAF (subsidies to firms are transfers and count only by their distortion), distortion = (SFF − 1) × net effect on the public finances; benefits and taxes are transfers and count 0; ${factors}`
    : `production value not computed: the case values jobs by direct values, not a wage, so the result is only the costs at market prices (public spending × NAF), not a socioeconomic assessment; ${factors}`;
}

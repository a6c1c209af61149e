/**
 * The welfare view and its factors in words (docs/semantics.md, "The welfare view"), stated beside the
 * result like the discount convention and the public-finance setting.
 */
import type { WelfareSummary } from '../engine';
import { formatFigure, type Locale } from './numbers';

export function welfareStatement(summary: WelfareSummary, locale: Locale = 'da'): string {
  const n = (x: number) => formatFigure(x, locale);
  const year = summary.sourceYear === null ? '' : ` ${summary.sourceYear}`;
  if (locale === 'da') {
    const factors = `nettoafgiftsfaktor ${n(summary.netTaxFactor)}, skatteforvridningsfaktor ${n(summary.distortionFactor)} (Finansministeriet${year})`;
    return summary.assessed
      ? `velfærdsøkonomisk i markedspriser: produktionsværdi = bruttoløn × NAF, offentlige udgifter × NAF, forvridning = (SFF − 1) × nettovirkning på de offentlige finanser; ydelser og skatter er overførsler og tæller ikke; ${factors}`
      : `ikke opgjort for denne case: alle værdier er direkte, så ingen løn værdisættes, og tallet er kun omkostningerne i markedspriser; ${factors}`;
  }
  const factors = `net tax factor ${n(summary.netTaxFactor)}, tax distortion factor ${n(summary.distortionFactor)} (Finansministeriet${year})`;
  return summary.assessed
    ? `welfare view at market prices: production value = gross wage × NAF, public spending × NAF, distortion = (SFF − 1) × net effect on the public finances; benefits and taxes are transfers and do not count; ${factors}`
    : `not assessed for this case: every value is direct, so no wage is valued and the figure is only the costs at market prices; ${factors}`;
}

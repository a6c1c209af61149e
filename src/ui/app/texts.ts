/** The page frame's words: masthead, skip link, document title. */
import type { Texts } from '../i18n/use-texts';

const da = {
  tagline: 'Hvem betaler, hvem får gevinsten – og hvornår',
  skipToResults: 'Gå til resultaterne',
  documentTitle: 'Afkast – investeringscase',
  results: 'Resultater',
  modes: 'Visning af casen',
  present: 'Præsentation',
  presentHint: 'Præsentation (tast P)',
  report: 'Rapport',
  reportHint: 'Rapport til udskrift eller PDF (tast R)',
  portfolio: 'Portefølje',
  backToCase: 'Tilbage til casen',
  loading: 'Indlæser …',
};

const en: typeof da = {
  tagline: 'Who pays, who gains – and when',
  skipToResults: 'Skip to the results',
  documentTitle: 'Afkast – investment case',
  results: 'Results',
  modes: 'Showing the case',
  present: 'Presentation',
  presentHint: 'Presentation (press P)',
  report: 'Report',
  reportHint: 'Report to print or save as PDF (press R)',
  portfolio: 'Portfolio',
  backToCase: 'Back to the case',
  loading: 'Loading …',
};

export const appTexts: Texts<typeof da> = { da, en };

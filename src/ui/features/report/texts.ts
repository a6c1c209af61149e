/** The printed report's words, Danish first. */
import type { Texts } from '../../i18n/use-texts';
import { countOf } from '../../../format/words';

const da = {
  region: 'Rapport',
  print: 'Udskriv eller gem som PDF',
  back: 'Tilbage til redigering (Esc)',
  printHint: 'Vælg A4 stående eller liggende i udskriftsdialogen. Sidetal kommer med.',
  kind: 'Investeringscase – rapport',
  date: 'Dato',
  app: 'Afkast',
  catalogue: 'Katalog',
  noCatalogue: 'intet katalog (scenariet har sin egen model)',
  sha: 'SHA-256 af scenariefilen',
  yearBlock: (from: string, to: string) => `${from} – ${to}`,
  settings: 'Forudsætninger for beregningen',
  perspective: 'Perspektiv', discount: 'Diskontering', timing: 'Tidskonvention', publicFinance: 'Offentlige finanser', welfare: 'Velfærdsøkonomisk opgørelse',
  horizon: 'Horisont', years: (n: number) => `${n} år`, priceYear: 'Prisår',
  assumptions: 'Antagelseslog',
  assumptionsNote: 'Alle parametre og katalogtal bag det samlede resultat over horisonten. EKSEMPEL: ingen offentliggjort kilde — erstat med egne tal.',
  name: 'Navn', value: 'Værdi', unit: 'Enhed', source: 'Kilde', note: 'Note', kindParameter: 'parameter', kindConstant: 'katalogtal',
  example: 'EKSEMPEL',
  categoryHeading: 'Årlige strømme fordelt på kategori, netto',
  variants: 'Varianter',
  noVariants: 'Ingen varianter.',
  analyses: 'Analyser',
  noAnalyses: 'Ingen analyser er kørt for dette scenarie (følsomhed og Monte Carlo køres under »Hvor sikre er vi?«).',
  tornado: 'Tornado (én parameter ad gangen, nutidsværdi netto)',
  tornadoWithFields: 'Tornado (én parameter ad gangen, inkl. felter i casen, hver ±20 %; nutidsværdi netto)',
  breakEven: (parameter: string, ledger: string, year: number | null) => `Nulpunkt for ${parameter} (${ledger}, ${year === null ? 'nutidsværdi = 0' : `tilbagebetalt inden for ${year} år`})`,
  breakEvenNone: (lo: string, hi: string) => `ingen værdi i intervallet [${lo}; ${hi}]`,
  net: 'netto',
  tornadoHead: ['Parameter', 'Lav', 'Høj', 'NPV lav', 'NPV høj', 'Skifteværdi'],
  monteCarlo: (draws: string, seed: number) => `Monte Carlo: ${draws} træk, frø (seed) ${seed}`,
  mcNpv: (mean: string, p5: string, p95: string, positive: string) => `Nutidsværdi netto: middel ${mean}, 5–95 %-interval ${p5} til ${p95}; sandsynlighed for positiv nutidsværdi ${positive}.`,
  followUp: 'Opfølgning',
  followUpHead: ['Kasse', 'NPV som besluttet', 'NPV genberegnet', 'Tilbagebetaling som besluttet', 'Tilbagebetaling genberegnet'],
  basis: (date: string, intact: boolean) => `Beslutningsgrundlag af ${date}; ${intact ? 'hash stemmer' : 'hash stemmer IKKE'}.`,
  none: '–',
  exampleSource: 'ingen offentliggjort kilde fundet',
  /** The printed page number's words around the two counters: »Side n af m«. */
  pageNumber: ['Side ', ' af '] as readonly [string, string],
};

const en: typeof da = {
  region: 'Report',
  print: 'Print or save as PDF',
  back: 'Back to editing (Esc)',
  printHint: 'Choose A4 portrait or landscape in the print dialog. Page numbers are included.',
  kind: 'Investment case – report',
  date: 'Date',
  app: 'Afkast',
  catalogue: 'Catalogue',
  noCatalogue: 'no catalogue (the scenario carries its own model)',
  sha: 'SHA-256 of the scenario file',
  yearBlock: (from, to) => `${from} – ${to}`,
  settings: 'Basis of the calculation',
  perspective: 'Perspective', discount: 'Discounting', timing: 'Timing convention', publicFinance: 'Public finances', welfare: 'Welfare view',
  horizon: 'Horizon', years: (n) => countOf(n, { one: 'year', other: 'years' }, 'en'), priceYear: 'Price year',
  assumptions: 'Assumption log',
  assumptionsNote: 'Every parameter and catalogue figure behind the total result over the horizon. EXAMPLE: no published source — replace with your own figures.',
  name: 'Name', value: 'Value', unit: 'Unit', source: 'Source', note: 'Note', kindParameter: 'parameter', kindConstant: 'catalogue figure',
  example: 'EXAMPLE',
  categoryHeading: 'Annual flows by category, net',
  variants: 'Variants',
  noVariants: 'No variants.',
  analyses: 'Analyses',
  noAnalyses: 'No analyses have been run for this scenario (sensitivity and Monte Carlo run under »How sure are we?«).',
  tornado: 'Tornado (one parameter at a time, net present value)',
  tornadoWithFields: 'Tornado (one parameter at a time, incl. the case’s fields, each ±20 %; net present value)',
  breakEven: (parameter: string, ledger: string, year: number | null) => `Break-even of ${parameter} (${ledger}, ${year === null ? 'NPV = 0' : `paid back within ${countOf(year, { one: 'year', other: 'years' }, 'en')}`})`,
  breakEvenNone: (lo: string, hi: string) => `no value in the range [${lo}; ${hi}]`,
  net: 'net',
  tornadoHead: ['Parameter', 'Low', 'High', 'NPV low', 'NPV high', 'Switching value'],
  monteCarlo: (draws, seed) => `Monte Carlo: ${draws} draws, seed ${seed}`,
  mcNpv: (mean, p5, p95, positive) => `Net present value: mean ${mean}, 5–95 % interval ${p5} to ${p95}; probability of a positive NPV ${positive}.`,
  followUp: 'Follow-up',
  followUpHead: ['Ledger', 'NPV as decided', 'NPV re-projected', 'Payback as decided', 'Payback re-projected'],
  basis: (date, intact) => `Decision basis of ${date}; ${intact ? 'hash matches' : 'hash does NOT match'}.`,
  none: '–',
  exampleSource: 'no published source found',
  pageNumber: ['Page ', ' of '],
};

export const reportTexts: Texts<typeof da> = { da, en };

/** A CSS string literal: quotes and backslashes escaped, so a word cannot end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\A ')}"`;
}

/**
 * The @page rule that numbers every printed page in the report's language (»Side 2 af 5«, »Page 2 of
 * 5«). CSS cannot pick words by language in a page margin box, so the report writes this rule itself.
 */
export function pageNumberRule(words: readonly [string, string]): string {
  const [before, between] = words;
  return `@page { @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); font: 9pt system-ui, sans-serif; color: #4d5864; } }`;
}

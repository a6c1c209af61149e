/** The explanation panel's words. */
import { UNIT_NAMES } from '../../../format/units';
import { countOf } from '../../../format/words';
import type { Texts } from '../../i18n/use-texts';

const da = {
  heading: 'Sådan er tallet beregnet',
  close: 'Luk forklaringen',
  closeHint: 'Luk med Escape.',
  figure: (ledger: string, year: string) => `${ledger}, ${year}`,
  measures: { annual: 'årligt', cumulative: 'akkumuleret til og med året' },
  scales: { perParticipant: 'pr. deltager', perStarted: 'pr. deltager, der er startet', total: 'i alt for alle deltagere' },
  valuations: { nominal: 'udiskonteret', discounted: 'diskonteret' },
  perParticipantNote: (n: number) => `Beløbene er delt med ${countOf(n, { one: 'deltager', other: 'deltagere' })}.`,
  lines: 'Poster, der indgår',
  noLines: 'Ingen poster bidrager til dette tal.',
  item: 'Post',
  where: 'Sted i scenariet',
  formula: 'Beregning',
  amount: 'Beløb',
  sum: 'I alt',
  kinds: { cost: 'Udgift', refund: 'Refusion', effect: 'Effekt', lockIn: 'Fastholdelse' },
  inputs: 'Parametre og katalogværdier bag tallet',
  noInputs: 'Ingen navngivne parametre; beløbene står direkte i scenariet.',
  parameter: 'parameter i scenariet',
  constant: 'katalogværdi',
  localFigure: (catalogueValue: string) => `lokalt tal (erstatter katalogets ${catalogueValue})`,
  source: 'Kilde',
  noSource: 'ingen kilde angivet',
  note: 'Note',
  example: 'eksempelværdi – erstat med egne tal',
  repriced: (from: number, to: number, index: string, factor: string) => `omregnet fra ${from}- til ${to}-priser med ${index} (faktor ${factor})`,
  loading: 'Henter forklaringen …',
  units: UNIT_NAMES.da,
};

const en: typeof da = {
  heading: 'How the figure is computed',
  close: 'Close the explanation',
  closeHint: 'Close with Escape.',
  figure: (ledger, year) => `${ledger}, ${year}`,
  measures: { annual: 'annual', cumulative: 'cumulative up to and including the year' },
  scales: { perParticipant: 'per participant', perStarted: 'per participant who has started', total: 'in total for all participants' },
  valuations: { nominal: 'undiscounted', discounted: 'discounted' },
  perParticipantNote: (n) => `Amounts are divided by ${countOf(n, { one: 'participant', other: 'participants' }, 'en')}.`,
  lines: 'Items that make it up',
  noLines: 'No items contribute to this figure.',
  item: 'Item',
  where: 'Place in the scenario',
  formula: 'Calculation',
  amount: 'Amount',
  sum: 'Total',
  kinds: { cost: 'Cost', refund: 'Refund', effect: 'Effect', lockIn: 'Lock-in' },
  inputs: 'Parameters and catalogue values behind the figure',
  noInputs: 'No named parameters; the amounts are written in the scenario itself.',
  parameter: 'scenario parameter',
  constant: 'catalogue value',
  localFigure: (catalogueValue: string) => `local figure (replaces the catalogue's ${catalogueValue})`,
  source: 'Source',
  noSource: 'no source given',
  note: 'Note',
  example: 'example value – replace with your own figures',
  repriced: (from, to, index, factor) => `re-priced from ${from} to ${to} prices with ${index} (factor ${factor})`,
  loading: 'Loading the explanation …',
  units: UNIT_NAMES.en,
};

export const explainTexts: Texts<typeof da> = { da, en };
export type ExplainTexts = typeof da;

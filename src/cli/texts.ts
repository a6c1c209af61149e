/** The command line's user-facing words, in Danish (default) and English. */
import type { Lang } from './args';
import { countOf } from '../format/words';

export interface Texts {
  year: (n: number) => string;
  net: string;
  heading: (o: { annual: boolean; total: boolean; discounted: boolean }) => string;
  keyFigures: string;
  payback: string;
  npv: string;
  bcr: string;
  discount: string;
  optimism: string;
  publicFinance: string;
  welfare: string;
  rulesYear: string;
  guardrails: string;
  noFollowUp: string;
  perspective: string;
  participants: string;
  noDepartment: string;
  usageHint: string;
  cannotRead: (reason: string) => string;
  cannotWrite: (reason: string) => string;
  solved: string;
  residual: string;
  /** `range` already in the language's format: [0; 0,3] (da), [0, 0.3] (en). */
  noSolution: (range: string) => string;
  range: (a: string, b: string) => string;
  iterations: (n: number) => string;
  reasons: { noSignChange: string; jump: (near: string) => string; cannotCompute: (problem: string) => string };
  explainHeading: string;
  measure: (annual: boolean) => string;
  contributions: string;
  dependencies: string;
  parameter: string;
  constant: string;
  localFigure: (catalogueValue: string, source: string) => string;
  exampleValue: string;
  /** In place of an EXAMPLE catalogue figure's placeholder source. */
  exampleSource: string;
  perParticipantNote: string;
  totalNote: string;
  wroteWorkbook: (file: string, bytes: number, valueLines: number) => string;
  help: string;
}

const HELP_DA = `Brug: npm run simulate -- <scenarie.json> [tilvalg]

Fremskriver et investeringscase og viser nettoresultatet pr. kasse (kommune, region, stat …) år for år.
Standard: akkumuleret, pr. deltager, udiskonteret (som Tabel 6.4), i hele kroner.

Visning
  --total               i alt for alle deltagere i stedet for pr. deltager
  --annual              årlige tal i stedet for akkumulerede
  --discounted          diskonterede tal
  --departments         en række pr. forvaltning (rækker der er nul hele vejen, udelades)
  --lang da|en          sprog og talformat (standard da)
  --json                alle resultater som JSON (rå tal, uafrundede)
  --csv                 tabellen som CSV (komma-separeret, punktum som decimaltegn, 2 decimaler); advarslerne på stderr
  --csv-dialect da      med --csv: dansk Excel (semikolon-separeret, decimalkomma)
  --xlsx <fil.xlsx>     skriv casen som Excel-arbejdsbog med levende formler (Input, Linjer, Resultater)
  --follow-up           opfølgningen: prognose mod realiseret og genberegningen (i tabel, --json og --csv)

Indstillinger (ændrer ikke filen)
  --perspective <id>    budget, fiscal, welfare … (katalogets perspektiver)
  --discount <id>       diskonteringsforudsætning: none, fm-2021, fm-2013, flat-5 …
  --timing start|mid|end  diskonteringskonvention
  --optimism, --no-optimism  optimismekorrektion efter konfidenskarakter til eller fra (også i --tornado og --montecarlo)
  --public-finance public-sector|single-kommune|all-kommuner
                        hvem får gevinsten: den offentlige sektor samlet (standard), én kommune
                        efter landsudligning, eller kommunerne samlet under budgetgarantien
  --rules-year <år>     regler og satser fra dette år (daterede katalogtal, landsudligningen);
                        standard casens første år

Break-even
  --solve <parameter> [--target <kasse>|total] [--metric npv|cumulative] [--year N] [--range a,b]
                        den værdi af parameteren der giver nul (standard: total, npv, parameterens min–max)

Forklaring
  --explain <kasse>|total|<kasse>/<forvaltning> [--year N] [--annual] [--total]
                        linjerne, parametrene og konstanterne (med kilder) bag et tal (standard: sidste år)

Usikkerhed (med --json: alle tal)
  --montecarlo N [--seed S]  N træk af parametrene med usikkerhed; samme frø giver samme svar (standard 1)
  --threads N            fordel trækkene på N tråde (standard: maskinens kerner); samme svar som én tråd
  --tornado [--target <kasse>|total]  NPV med hver parameter på lav og høj værdi (usikkerhed eller ±20 %) og skifteværdien
  --compare <andet.json> …   nøgletal side om side og hver forudsætning der er forskellig
  --batch <mappe>            alle scenariefiler (*.json) i mappen i én kørsel: én JSON-linje pr. fil, eller én CSV med --csv

Afslutningskoder: 0 ok, 1 ugyldig fil eller beregning, 2 forkert brug af kommandoen.
`;

const HELP_EN = `Usage: npm run simulate -- <scenario.json> [options]

Projects an investment case and shows the net result per ledger (kommune, region, stat …) year by year.
Default: cumulative, per participant, undiscounted (as Tabel 6.4), whole kroner.

View
  --total               totals over all participants instead of per participant
  --annual              annual instead of cumulative figures
  --discounted          discounted figures
  --departments         one row per department (rows that are zero throughout are left out)
  --lang da|en          language and number format (default da)
  --json                all results as JSON (raw, unrounded numbers)
  --csv                 the table as CSV (comma separated, dot decimals, 2 decimals); the warnings on stderr
  --csv-dialect da      with --csv: Danish Excel (semicolon separated, decimal commas)
  --xlsx <file.xlsx>    write the case as an Excel workbook with live formulas (Input, Linjer, Resultater)
  --follow-up           the follow-up: forecast vs realised and the re-projection (in the table, --json and --csv)

Settings (the file is not changed)
  --perspective <id>    budget, fiscal, welfare … (the catalogue's perspectives)
  --discount <id>       discount preset: none, fm-2021, fm-2013, flat-5 …
  --timing start|mid|end  discounting convention
  --optimism, --no-optimism  optimism correction by confidence grade on or off (also in --tornado and --montecarlo)
  --public-finance public-sector|single-kommune|all-kommuner
                        who gains: the public sector as a whole (default), one kommune after the
                        landsudligning, or the kommuner as a group under the budgetgaranti
  --rules-year <year>   rules and rates of this year (dated catalogue figures, the landsudligning);
                        default the case's first year

Break-even
  --solve <parameter> [--target <ledger>|total] [--metric npv|cumulative] [--year N] [--range a,b]
                        the parameter value that makes the target zero (default: total, npv, the parameter's min–max)

Explanation
  --explain <ledger>|total|<ledger>/<department> [--year N] [--annual] [--total]
                        the lines, parameters and constants (with sources) behind a figure (default: last year)

Uncertainty (with --json: every figure)
  --montecarlo N [--seed S]  N draws of the parameters that carry an uncertainty; the same seed gives the same answer (default 1)
  --threads N            split the draws over N threads (default: the machine's cores); the same answer as one thread
  --tornado [--target <ledger>|total]  the NPV with each parameter at its low and high value (uncertainty or ±20 %), and its switching value
  --compare <other.json> …   key figures side by side and every assumption that differs
  --batch <folder>           every scenario file (*.json) in the folder in one run: one JSON line per file, or one CSV with --csv

Exit codes: 0 ok, 1 invalid file or calculation, 2 wrong use of the command.
`;

const DA: Texts = {
  year: (n) => `År ${n}`,
  net: 'Netto',
  heading: ({ annual, total, discounted }) =>
    `${annual ? 'Årligt' : 'Akkumuleret'} nettoresultat ${total ? 'i alt' : 'pr. deltager'}, ${discounted ? 'diskonteret' : 'udiskonteret'} (kr.)`,
  keyFigures: 'Nøgletal',
  payback: 'Tilbagebetalingstid',
  npv: 'Nutidsværdi (NPV)',
  bcr: 'Gevinst/omkostning (BCR)',
  discount: 'Diskontering',
  optimism: 'Optimismekorrektion',
  publicFinance: 'Hvem får gevinsten',
  welfare: 'Velfærdsøkonomisk opgørelse',
  rulesYear: 'Regler fra år',
  guardrails: 'Advarsler',
  noFollowUp: 'Opfølgning: filen har ingen realiserede tal (followUp).',
  perspective: 'Perspektiv',
  participants: 'Deltagere',
  noDepartment: 'uden forvaltning',
  usageHint: 'Se npm run simulate -- --help',
  cannotRead: (reason) => `kan ikke læses (${reason})`,
  cannotWrite: (reason) => `kan ikke skrives (${reason})`,
  solved: 'Nulpunkt',
  residual: 'Restværdi',
  noSolution: (range) => `ingen løsning i ${range}`,
  range: (a, b) => `[${a}; ${b}]`,
  iterations: (n) => (n === 1 ? '1 iteration' : `${n} iterationer`),
  reasons: {
    noSignChange: 'målet skifter ikke fortegn i intervallet',
    jump: (near) => `målet springer over nul ved ${near} uden at ramme det`,
    cannotCompute: (problem) => `scenariet kan ikke beregnes i en del af intervallet: ${problem}`,
  },
  explainHeading: 'Forklaring',
  measure: (annual) => (annual ? 'årligt' : 'akkumuleret'),
  contributions: 'Linjer',
  dependencies: 'Parametre og konstanter',
  parameter: 'parameter',
  constant: 'konstant',
  localFigure: (v, source) => `LOKALT TAL: erstatter katalogets ${v}${source ? ` (${source})` : ''}`,
  exampleValue: 'eksempelværdi, erstat med lokale tal',
  exampleSource: 'ingen offentliggjort kilde fundet',
  perParticipantNote: 'pr. deltager',
  totalNote: 'i alt',
  wroteWorkbook: (file, bytes, valueLines) => `Arbejdsbog med formler skrevet: ${file} (${Math.ceil(bytes / 1024)} kB)`
    + `${valueLines > 0 ? `; ${countOf(valueLines, { one: 'linje er skrevet som værdi', other: 'linjer er skrevet som værdier' }, 'da')} (ikke lineære)` : ''}\n`,
  help: HELP_DA,
};

const EN: Texts = {
  year: (n) => `Year ${n}`,
  net: 'Net',
  heading: ({ annual, total, discounted }) =>
    `${annual ? 'Annual' : 'Cumulative'} net result ${total ? 'in total' : 'per participant'}, ${discounted ? 'discounted' : 'undiscounted'} (DKK)`,
  keyFigures: 'Key figures',
  payback: 'Payback time',
  npv: 'Net present value (NPV)',
  bcr: 'Benefit-cost ratio (BCR)',
  discount: 'Discounting',
  optimism: 'Optimism correction',
  publicFinance: 'Who gains',
  welfare: 'Welfare view',
  rulesYear: 'Rules from year',
  guardrails: 'Warnings',
  noFollowUp: 'Follow-up: the file has no realised figures (followUp).',
  perspective: 'Perspective',
  participants: 'Participants',
  noDepartment: 'no department',
  usageHint: 'See npm run simulate -- --help',
  cannotRead: (reason) => `cannot be read (${reason})`,
  cannotWrite: (reason) => `cannot be written (${reason})`,
  solved: 'Break-even',
  residual: 'Residual',
  noSolution: (range) => `no solution in ${range}`,
  range: (a, b) => `[${a}, ${b}]`,
  iterations: (n) => (n === 1 ? '1 iteration' : `${n} iterations`),
  reasons: {
    noSignChange: 'the target does not change sign in the interval',
    jump: (near) => `the target jumps across zero at ${near} without reaching it`,
    cannotCompute: (problem) => `the scenario cannot be computed in part of the interval: ${problem}`,
  },
  explainHeading: 'Explanation',
  measure: (annual) => (annual ? 'annual' : 'cumulative'),
  contributions: 'Lines',
  dependencies: 'Parameters and constants',
  parameter: 'parameter',
  constant: 'constant',
  localFigure: (v, source) => `LOCAL FIGURE: replaces the catalogue's ${v}${source ? ` (${source})` : ''}`,
  exampleValue: 'example value, replace with local data',
  exampleSource: 'no published source found',
  perParticipantNote: 'per participant',
  totalNote: 'in total',
  wroteWorkbook: (file, bytes, valueLines) => `Workbook with formulas written: ${file} (${Math.ceil(bytes / 1024)} kB)`
    + `${valueLines > 0 ? `; ${countOf(valueLines, { one: 'line is written as a value', other: 'lines are written as values' }, 'en')} (not linear)` : ''}\n`,
  help: HELP_EN,
};

export function textsFor(lang: Lang): Texts {
  return lang === 'en' ? EN : DA;
}

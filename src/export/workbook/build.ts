/**
 * The case as a workbook with live formulas (docs/excel-export.md): Input (named cells) →
 * Linjer (each line's yearly figure = its scalar formula × cohort sizes × weights) → Resultater
 * (per ledger: annual, cumulative, discount factor, discounted, NPV). Diskontering derives the
 * factors from the rate cells; Vægte holds the time and cohort weights as values.
 */
import { discountLabel } from '../../format/conventions';
import { welfareStatement } from '../../format/welfare';
import { lineLabelText } from '../../format/line-text';
import { MONTHS_PER_YEAR, TIMING_CONVENTIONS, type DiscountBand, type Model, type Projection, type Scenario } from '../../engine';
import { neutraliseCsvCell } from '../../format/export-safety';
import { decompose, type Decomposition, type ScalarFactor } from './decompose';
import { amountFormula } from './formula';
import { inputSheet, type InputCells, type WorkbookWords } from './input-sheet';
import { DISCOUNT_SHEET, DISCOUNT_YEAR_COLUMN, INPUT_SHEET, LINE_YEAR_COLUMN, LINES_SHEET, WEIGHT_YEAR_COLUMN, WEIGHTS_SHEET } from './layout';
import { columnLetter, formula, SheetBuilder, sheetRef, type CellModel, type WorkbookModel } from './model';
import { paybackSheets } from './payback-sheet';
import { resultsSheet, type ResultRows } from './results-sheet';


/** Above this many monthly weight cells the payback time is written as Afkast's value. */
export const MAX_MONTHLY_CELLS = 250_000;

export interface WorkbookMeta {
  /** e.g. "Afkast 0.1.0, katalog 2026-1". */
  generator: string;
  /**
   * The catalogue's words in the workbook's language (Danish): a constant's note, and a text copied
   * from a template (a parameter's note or source). The caller passes io's catalogue texts; export
   * does not read them itself. Without it, texts are written as stored.
   */
  words?: WorkbookWords;
}

const text = (s: string): CellModel => ({ value: neutraliseCsvCell(s) });

export interface BuiltWorkbook {
  workbook: WorkbookModel;
  /** Rows of Resultater's blocks, and each Afkast name's row on Input. */
  results: ResultRows;
  inputRows: Map<string, number>;
  /** Lines written as values rather than formulas (ids). */
  valueLines: string[];
}

export function buildWorkbook(scenario: Scenario, model: Model, projection: Projection, meta: WorkbookMeta): BuiltWorkbook {
  const parts = decompose(scenario, model, projection);
  const bands = discountBands(scenario, model);
  const input = inputSheet(scenario, model, projection, parts, bands, meta.words);
  const years = projection.horizonYears;
  const yearLabels = projection.years.map((y) => (y.calendarYear === null ? `År ${y.year}` : String(y.calendarYear)));
  const lines = linesAndWeights(parts, input, yearLabels);
  const discount = discountSheet(projection, bands, input, yearLabels);
  // The payback time as formulas needs every line's monthly weights: not when a line is written as values,
  // nor for a portfolio so large that the monthly table would make the file unwieldy (then it is Afkast's value).
  const monthlyCells = parts.lines.reduce((n, d) => n + d.monthlyWeights.length, 0) * projection.horizonYears * MONTHS_PER_YEAR;
  const payback = parts.lines.every((d) => d.scalar) && monthlyCells <= MAX_MONTHLY_CELLS
    ? paybackSheets(model, parts, input, lines.lineRows, projection.horizonYears * MONTHS_PER_YEAR) : null;
  const results = resultsSheet(model, projection, yearLabels, { linesLastRow: lines.lastRow, paybackRef: payback?.paybackRef });
  const about = new SheetBuilder();
  about.add([{ value: neutraliseCsvCell(scenario.title), style: 'title' }]);
  about.add([text(`Lavet af ${meta.generator}. Alle beløb i kr. (totaler over alle deltagere), positive = gevinst, negative = udgift.`)]);
  about.add([text(`Perspektiv: ${projection.perspective}. Diskontering: ${discountLabel(projection.discount, 'da')}; ${TIMING_CONVENTIONS[projection.discount.timing]}.`)]);
  if (projection.welfare) about.add([text(`Velfærdsøkonomisk opgørelse: ${welfareStatement(projection.welfare, 'da')}.`)]);
  about.add([text(`Horisont: ${years} år. Deltagere i alt: ${projection.participants}.`)]);
  about.add();
  for (const line of [
    'Sådan hænger arkene sammen:',
    `${INPUT_SHEET}: hver parameter, hvert katalogtal, hver kohortes størrelse og hver diskonteringsrente i en navngiven celle. Ret dem her.`,
    `${LINES_SHEET}: hver bogført linje. Skalar = formel over Input (beløb × andel, effekt Δ × værdi pr. person-år); årstal = skalar × Σ kohortestørrelse × vægt.`,
    `${WEIGHTS_SHEET}: tids- og kohortevægte som VÆRDIER, beregnet af Afkast: måneder, indfasning, aftagning, optimismekorrektion, refusionstrappen og afledte værdiers månedstabeller kan ikke skrives som formler her.`,
    `${DISCOUNT_SHEET}: diskonteringsfaktorer som formler over renterne.`,
    ...(payback ? [
      'Resultater: netto pr. kasse og år, akkumuleret, diskonteret og nutidsværdi som formler; tilbagebetalingstiden som formel på Tilbagebetaling.',
      'Tilbagebetaling og Måneder: det månedlige netto pr. kasse (månedsvægte som værdier × skalar × kohortestørrelse), det akkumulerede netto og tilbagebetalingstiden som formler.',
    ] : [
      'Resultater: netto pr. kasse og år, akkumuleret, diskonteret og nutidsværdi som formler; tilbagebetalingstiden er Afkasts værdi (beregnet på månedsbasis; casen er for stor til en månedstabel i arket, eller en linje er skrevet som værdier).',
    ]),
    'Linjer markeret "værdier" (ikke lineære i deres skalar) er skrevet som tal og regnes ikke om.',
    'Optimismekorrektionen ligger i vægten for linjens fortegn; tal skrevet direkte i scenariet (ikke parametre) står i skalarens formel på Linjer.',
  ]) about.add([text(line)]);
  const workbook: WorkbookModel = {
    sheets: [
      { name: 'Om', rows: about.rows, widths: [120] },
      results.sheet, input.sheet, lines.sheet, lines.weights, discount, ...(payback?.sheets ?? []),
    ],
    names: input.names,
  };
  return { workbook, results: results.rows, inputRows: input.rowOf, valueLines: parts.lines.filter((d) => !d.scalar).map((d) => d.line.id) };
}

function discountBands(scenario: Scenario, model: Model): DiscountBand[] {
  const setting = scenario.settings.discount;
  if ('preset' in setting) return model.discountPresets.find((p) => p.id === setting.preset)?.bands ?? [];
  return [...setting.bands].sort((a, b) => a.fromYear - b.fromYear);
}

function factorFormula(f: ScalarFactor, name: (n: string) => string): string {
  const a = (x: Parameters<typeof amountFormula>[0]) => amountFormula(x, name) ?? '0';
  if (f.type === 'amount') return a(f.amount);
  if (f.type === 'oneMinus') return `(1-${a(f.amount)})`;
  return `(${a(f.left)}-${a(f.right)})`;
}

function linesAndWeights(parts: Decomposition, input: InputCells, yearLabels: string[]) {
  const header = (first: string[]) => [...first, ...yearLabels].map((v) => ({ value: v, style: 'header' as const }));
  const w = new SheetBuilder();
  w.add([{ value: 'Vægte (værdier beregnet af Afkast)', style: 'title' }]);
  w.add([text('Kr. pr. krone skalar pr. deltager i kohorten (eller for en fast udgift i alt), pr. år. Indeholder tidsfelter, optimismekorrektion, refusionstrappe og afledte værdiers månedstabeller; ret dem i Afkast.')]);
  w.add(header(['Linje', 'Kohorte', 'Startmåned']));
  const l = new SheetBuilder();
  const lineRows = new Map<string, number>();
  l.add([{ value: 'Linjer', style: 'title' }]);
  l.add([text('Hver bogført linje: skalar (formel over Input) × Σ kohortestørrelse × vægt. "værdier" = skrevet som tal, regnes ikke om.')]);
  l.add(header(['Id', 'Betegnelse', 'Kasse', 'Forvaltning', 'Kategori', 'Art', 'Beregning', 'Skalar']));
  const groupIndex = new Map(parts.groups.map((g, i) => [g.id, i]));
  for (const d of parts.lines) {
    const row = l.next;
    lineRows.set(d.line.id, row);
    const base = [text(d.line.id), text(lineLabelText(d.line.label, 'da')), text(d.line.ledger), text(d.line.department ?? ''), text(d.line.category), text(d.line.kind)];
    if (!d.scalar) {
      l.add([...base, text('værdier'), null, ...d.line.annual.map((v) => ({ value: v, style: 'kr' as const }))]);
      continue;
    }
    const g = groupIndex.get(d.line.targetGroup) ?? 0;
    const terms: string[][] = yearLabels.map(() => []);
    d.weights.forEach((weights, k) => {
      const wRow = w.add([text(d.line.id), d.perParticipant ? k + 1 : text('fast'), d.perParticipant ? parts.groups[g]!.startMonths[k]! : null,
        ...weights.map((v) => ({ value: v, style: 'factor' as const }))]);
      weights.forEach((_, y) => {
        const ref = sheetRef(WEIGHTS_SHEET, wRow, WEIGHT_YEAR_COLUMN + y);
        terms[y]!.push(d.perParticipant ? `${ref}*${input.cohortName(g, k)}` : ref);
      });
    });
    const sign = d.scalar.sign < 0 ? '-' : '';
    const scalar = `${sign}${d.scalar.factors.map((f) => factorFormula(f, input.nameOf)).join('*')}`;
    l.add([...base, text('formel'), { value: formula(scalar), style: 'kr' },
      ...terms.map((t) => ({ value: formula(`$${columnLetter(LINE_YEAR_COLUMN - 1)}${row}*(${t.join('+') || '0'})`), style: 'kr' as const }))]);
  }
  const widths = (first: number[]) => [...first, ...yearLabels.map(() => 14)];
  return {
    sheet: { name: LINES_SHEET, rows: l.rows, widths: widths([44, 44, 12, 14, 14, 8, 10, 14]), freeze: { rows: 3, columns: 2 } },
    weights: { name: WEIGHTS_SHEET, rows: w.rows, widths: widths([44, 9, 11]), freeze: { rows: 3, columns: 1 } },
    lastRow: Math.max(4, l.rows.length),
    lineRows,
  };
}

function discountSheet(projection: Projection, bands: DiscountBand[], input: InputCells, yearLabels: string[]) {
  const b = new SheetBuilder();
  const timing = projection.discount.timing;
  b.add([{ value: 'Diskontering', style: 'title' }]);
  b.add([text(`${discountLabel(projection.discount, 'da')}. ${TIMING_CONVENTIONS[timing]}.`)]);
  b.add([{ value: 'År', style: 'header' }, ...yearLabels.map((v) => ({ value: v, style: 'header' as const }))]);
  const col = (y: number) => columnLetter(DISCOUNT_YEAR_COLUMN + y);
  const bandOf = (year: number) => bands.reduce((found, band, i) => (band.fromYear <= year ? i : found), -1);
  b.add([text('Rente'), ...yearLabels.map((_, y) => ({ value: bandOf(y + 1) < 0 ? 0 : formula(input.rateNames[bandOf(y + 1)]!), style: 'factor' as const }))]);
  b.add([text('Faktor ved årets start'), ...yearLabels.map((_, y) => ({
    value: y === 0 ? 1 : formula(`${col(y - 1)}5/(1+${col(y - 1)}4)`), style: 'factor' as const,
  }))]);
  b.add([text(`Tidspunkt: ${timing}`)]);
  const within = timing === 'start' ? '' : timing === 'end' ? `/(1+${'$'}4)` : `/SQRT(1+${'$'}4)`;
  b.add([text('Diskonteringsfaktor'), ...yearLabels.map((_, y) => ({
    value: formula(`${col(y)}5${within.replace('$', col(y))}`), style: 'factor' as const,
  }))]);
  return { name: DISCOUNT_SHEET, rows: b.rows, widths: [26, ...yearLabels.map(() => 12)] };
}

/**
 * The Input sheet: every parameter, catalogue figure, cohort size and discount rate the case uses,
 * each in a named cell (column E) with its unit, source and note beside it. A typed number sits in
 * column C and is re-priced to the scenario's price year in E (= C × D); an expression parameter
 * is a formula over the other named cells.
 */
import { discountLabel } from '../../format/conventions';
import { compileExpression, constantInForce, dependenciesOf, type Amount, type DiscountBand, type Model, type Projection, type Scenario } from '../../engine';
import { neutraliseCsvCell } from '../../format/export-safety';
import { amountFormula, numberText } from './formula';
import { INPUT_SHEET } from './layout';
import { formula, SheetBuilder, type CellModel, type SheetModel, type WorkbookModel } from './model';
import type { Decomposition } from './decompose';


export interface InputCells {
  sheet: SheetModel;
  names: WorkbookModel['names'];
  /** Afkast name → defined name. */
  nameOf: (name: string) => string;
  /** Defined name of cohort c of target group g. */
  cohortName: (g: number, c: number) => string;
  /** Defined name of the rate of each discount band, by band index. */
  rateNames: string[];
  /** Row of each Afkast name on the sheet (for tests and readers). */
  rowOf: Map<string, number>;
}

/** The catalogue's words in the workbook's language (see WorkbookMeta.words). */
export interface WorkbookWords {
  constantNote: (id: string, note: string) => string;
  ownText: (text: string) => string;
  /** In place of an EXAMPLE constant's placeholder source. */
  exampleSource: string;
}

const text = (s: string | undefined): CellModel => ({ value: neutraliseCsvCell(s ?? '') });

export function inputSheet(scenario: Scenario, model: Model, projection: Projection, parts: Decomposition, bands: DiscountBand[], words?: WorkbookWords): InputCells {
  const own = (s: string | undefined) => (s === undefined || !words ? s : words.ownText(s));
  const used = usedNames(scenario, projection);
  const closure = (names: Iterable<string>) => new Set(dependenciesOf(names, projection.uses));
  const liveRoots = new Set<string>();
  for (const d of parts.lines) for (const f of d.scalar?.factors ?? []) for (const a of f.type === 'difference' ? [f.left, f.right] : [f.amount]) namesOf(a).forEach((n) => liveRoots.add(n));
  for (const g of parts.groups) g.counts.forEach((a) => namesOf(a).forEach((n) => liveRoots.add(n)));
  const live = closure(liveRoots);
  const timing = closure(parts.timingNames);

  const taken = new Set<string>();
  const defined = new Map<string, string>();
  const unique = (base: string) => {
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const nameOf = (n: string) => defined.get(n) ?? defined.set(n, unique(`in_${asciiName(n)}`)).get(n)!;
  const names: WorkbookModel['names'] = [];
  const rowOf = new Map<string, number>();
  const b = new SheetBuilder();
  b.add([{ value: 'Input: parametre og katalogtal', style: 'title' }]);
  b.add([{ value: 'Ret et tal i kolonne C; kolonne E (navngivne celler) er værdien i scenariets prisår, og alle ark regner videre fra den. '
    + '"Genberegnes" siger, om en ændring slår igennem: tal, der kun indgår i tidsfelter (måneder, indfasning, aftagning, refusionstrappe, støttetilstande), er skrevet ind i vægtene som værdier.', style: 'note' }]);
  b.add();
  b.add(['Navn i Afkast', 'Betegnelse', 'Indtastet', 'Prisfaktor', 'Værdi', 'Enhed', 'Prisår', 'Kilde', 'Note', 'Genberegnes'].map((v) => ({ value: v, style: 'header' as const })));
  const liveText = (n: string) => (live.has(n) ? (timing.has(n) ? 'delvist (også i tidsvægte)' : 'ja') : 'nej (kun i tidsvægte)');
  const valueRow = (id: string, label: string | undefined, typed: Amount, factor: number | null, extra: (string | number | undefined)[]) => {
    const row = b.next;
    const name = nameOf(id);
    const computed = typeof typed === 'number'
      ? formula(`C${row}*D${row}`)
      : formula(amountFormula(typed, nameOf) ?? numberText(projection.values[id] ?? 0));
    b.add([text(id), text(label), typeof typed === 'number' ? { value: typed, style: 'input' } : text(typed),
      typeof typed === 'number' ? { value: factor ?? 1, style: 'factor' } : null, { value: computed, style: 'number' },
      ...extra.map((e) => (typeof e === 'number' ? { value: e } : text(e))), text(liveText(id))]);
    names.push({ name, sheet: INPUT_SHEET, ref: `$E$${row}` });
    rowOf.set(id, row);
  };
  b.add([{ value: 'Parametre (scenariet)', style: 'header' }]);
  for (const [id, p] of Object.entries(scenario.parameters)) {
    valueRow(id, p.label, p.value, projection.repriced[id]?.factor ?? null, [p.unit, p.priceYear, own(p.source), own(p.note)]);
  }
  b.add([{ value: 'Katalogtal (modellen)', style: 'header' }]);
  for (const id of [...used].filter((n) => !Object.hasOwn(scenario.parameters, n) && Object.hasOwn(model.constants, n)).sort()) {
    // A dated constant: the figure, source and note of the period in force in the case's rules year.
    const c = constantInForce(model.constants[id]!, projection.rules.year).constant;
    const cited = [c.source.publisher, c.source.title, c.source.year, c.source.url ?? c.source.locator].filter(Boolean).join(', ');
    const source = c.example && words ? words.exampleSource : cited;
    const note = words ? words.constantNote(id, c.note) : c.note;
    valueRow(id, c.label, c.value, projection.repriced[id]?.factor ?? null, [c.unit, c.priceYear, source, `${c.example ? 'EKSEMPEL. ' : ''}${note}`]);
  }
  b.add([{ value: 'Kohorter (deltagere pr. kohorte; startmåneden er en tidsvægt)', style: 'header' }]);
  const cohortNames: string[][] = parts.groups.map((g, gi) => g.counts.map((count, ci) => {
    const row = b.next;
    const name = unique(`kohorte_${gi + 1}_${ci + 1}`);
    const value = typeof count === 'number' ? formula(`C${row}`) : formula(amountFormula(count, nameOf) ?? '0');
    b.add([text(`${g.id} kohorte ${ci + 1}`), text(g.label), typeof count === 'number' ? { value: count, style: 'input' } : text(count), null,
      { value, style: 'number' }, text('personer'), null, null, text(`start i måned ${g.startMonths[ci]}`), text('ja')]);
    names.push({ name, sheet: INPUT_SHEET, ref: `$E$${row}` });
    return name;
  }));
  b.add([{ value: 'Diskonteringsrente pr. bånd', style: 'header' }]);
  const rateNames = bands.map((band) => {
    const row = b.next;
    const name = unique(`rente_fra_aar_${band.fromYear}`);
    b.add([text(`rente fra år ${band.fromYear}`), text(discountLabel(projection.discount, 'da')), { value: band.rate, style: 'input' }, null,
      { value: formula(`C${row}`), style: 'factor' }, text('pr. år'), null, null, text(`gælder fra år ${band.fromYear}`), text('ja')]);
    names.push({ name, sheet: INPUT_SHEET, ref: `$E$${row}` });
    return name;
  });
  return {
    sheet: { name: INPUT_SHEET, rows: b.rows, widths: [26, 40, 14, 10, 16, 16, 8, 50, 50, 24], freeze: { rows: 4, columns: 1 } },
    names, nameOf, cohortName: (g, c) => cohortNames[g]![c]!, rateNames, rowOf,
  };
}

function namesOf(amount: Amount | undefined): string[] {
  if (typeof amount !== 'string') return [];
  const compiled = compileExpression(amount);
  return compiled.ok ? compiled.value.names : [];
}

/** Every name the case reads (parameters, and constants through lines, cohorts and parameters). */
function usedNames(scenario: Scenario, projection: Projection): Set<string> {
  const roots = new Set<string>(Object.keys(scenario.parameters));
  for (const line of projection.lines) for (const list of line.inputs) for (const a of list) namesOf(a).forEach((n) => roots.add(n));
  for (const g of scenario.targetGroups) {
    for (const a of [g.startingSeniorityWeeks, ...g.cohorts.flatMap((c) => [c.count, c.startMonth])]) namesOf(a).forEach((n) => roots.add(n));
  }
  return new Set(dependenciesOf(roots, projection.uses));
}

/** A defined name Excel and LibreOffice accept: ASCII letters, digits and underscores. */
function asciiName(name: string): string {
  return name.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa')
    .replace(/[^A-Za-z0-9_]/g, '_');
}

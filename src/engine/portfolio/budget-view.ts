/**
 * The budget view of a case (Budgetvisning, docs/portfolio.md §1): the budget year (settings.firstYear)
 * and the three overslagsår, in the budget year's price level, net per ledger and forvaltning as it
 * would be entered in the budget. Each amount is split by kind: service inside the serviceramme,
 * service outside it, overførsler (category `benefits`), and skat (categories `taxes`, `tax-feedback`);
 * the gains among them are summed again as "kan hjemtages" and "kan ikke hjemtages".
 * Price level: amounts × I(budget year) / I(price year) of the scenario's price index.
 */
import { NO_DEPARTMENT } from '../constants';
import { priceFactor } from '../calc/pricing';
import { own } from '../own';
import { bankableTest, isGainLine, serviceFrameOf } from './budget-flags';
import type { Model } from '../model/catalogue';
import type { Projection } from '../model/result';
import type { Scenario } from '../model/scenario';

export const BUDGET_YEARS = 4;
const TRANSFER_CATEGORIES = new Set(['benefits']);
const TAX_CATEGORIES = new Set(['taxes', 'tax-feedback']);

export type BudgetKind = 'serviceInside' | 'serviceOutside' | 'transfers' | 'taxes';
export const BUDGET_KINDS: readonly BudgetKind[] = ['serviceInside', 'serviceOutside', 'transfers', 'taxes'];

export interface BudgetRow {
  ledger: string;
  department: string;
  /** Per budget year. */
  net: number[];
  byKind: Record<BudgetKind, number[]>;
  bankable: number[];
  notBankable: number[];
}

export type PriceLevel =
  | { kind: 'repriced'; fromYear: number; toYear: number; index: string; factor: number }
  | { kind: 'unchanged'; reason: 'no-calendar' | 'no-price-year' | 'same-year' }
  | { kind: 'missing-index'; message: string };

export interface BudgetView {
  /** Calendar years shown (null when the scenario has no firstYear: years 1–4). */
  years: { year: number; calendarYear: number | null }[];
  priceLevel: PriceLevel;
  rows: BudgetRow[];
  /** Per ledger, the rows summed. */
  ledgers: Record<string, Omit<BudgetRow, 'department'>>;
}

function priceLevel(scenario: Scenario, model: Model): PriceLevel {
  const { firstYear, priceYear, priceIndex } = scenario.settings;
  if (firstYear === undefined) return { kind: 'unchanged', reason: 'no-calendar' };
  if (priceYear === undefined) return { kind: 'unchanged', reason: 'no-price-year' };
  if (priceYear === firstYear) return { kind: 'unchanged', reason: 'same-year' };
  const ids = Object.keys(model.priceIndices);
  const indexId = priceIndex ?? (ids.length === 1 ? ids[0]! : 'pl');
  const index = own(model.priceIndices, indexId);
  if (!index) return { kind: 'missing-index', message: `no price index '${indexId}'` };
  // I(firstYear)/I(priceYear): priceFactor computes I(to)/I(from) with `to` the pricing's year.
  const factor = priceFactor({ toYear: firstYear, indexId, index }, priceYear);
  if ('message' in factor) return { kind: 'missing-index', message: factor.message };
  return { kind: 'repriced', fromYear: priceYear, toYear: firstYear, index: indexId, factor: factor.factor };
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function emptyRow(ledger: string, department: string, n: number): BudgetRow {
  return {
    ledger, department, net: zeros(n), bankable: zeros(n), notBankable: zeros(n),
    byKind: { serviceInside: zeros(n), serviceOutside: zeros(n), transfers: zeros(n), taxes: zeros(n) },
  };
}

export function budgetView(scenario: Scenario, model: Model, projection: Projection): BudgetView {
  const n = Math.min(BUDGET_YEARS, projection.horizonYears);
  const level = priceLevel(scenario, model);
  const factor = level.kind === 'repriced' ? level.factor : 1;
  const isBankable = bankableTest(scenario, model);
  const rows = new Map<string, BudgetRow>();
  for (const line of projection.lines) {
    const department = line.department ?? NO_DEPARTMENT;
    const key = `${line.ledger}/${department}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(line.ledger, department, n)));
    const kind: BudgetKind = TRANSFER_CATEGORIES.has(line.category) ? 'transfers'
      : TAX_CATEGORIES.has(line.category) ? 'taxes'
      : serviceFrameOf(scenario, line) === 'outside' ? 'serviceOutside' : 'serviceInside';
    const gain = isGainLine(line);
    const bankable = gain && isBankable(line);
    for (let y = 0; y < n; y++) {
      const amount = (line.annual[y] ?? 0) * factor;
      row.net[y]! += amount;
      row.byKind[kind][y]! += amount;
      if (gain) (bankable ? row.bankable : row.notBankable)[y]! += amount;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.ledger.localeCompare(b.ledger) || a.department.localeCompare(b.department));
  const ledgers: BudgetView['ledgers'] = {};
  for (const row of sorted) {
    const sum = (ledgers[row.ledger] ??= (({ department: _d, ...rest }) => rest)(emptyRow(row.ledger, '', n)));
    for (let y = 0; y < n; y++) {
      sum.net[y]! += row.net[y]!;
      sum.bankable[y]! += row.bankable[y]!;
      sum.notBankable[y]! += row.notBankable[y]!;
      for (const k of BUDGET_KINDS) sum.byKind[k][y]! += row.byKind[k][y]!;
    }
  }
  const years = projection.years.slice(0, n).map((y) => ({ year: y.year, calendarYear: y.calendarYear }));
  return { years, priceLevel: level, rows: sorted, ledgers };
}

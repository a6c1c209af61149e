/** Yearly result series from booked lines: nets, cumulative, discounted, NPV, payback, BCR. */
import { paybackYears } from './payback';
import type { Series } from '../model/result';

export interface SeriesInput {
  /** Annual values of the lines that make up the series. */
  lines: { annual: number[]; category: string }[];
  /** Monthly net of the same lines, for the payback time. */
  monthly: Float64Array;
  factors: number[];
}

export function buildSeries({ lines, monthly, factors }: SeriesInput): Series {
  const running = newRunning(doubleZeros(factors.length));
  for (const line of lines) addLine(running, line, factors);
  return finishSeries(running, monthly, factors);
}

/** The sums of one series while its lines are added, in line order. */
export interface RunningSeries {
  annual: number[];
  byCategory: Record<string, number[]>;
  pvGains: number;
  pvCosts: number;
  totalGains: number;
  totalCosts: number;
}

function newRunning(zeros: number[]): RunningSeries {
  return { annual: zeros.slice(), byCategory: {}, pvGains: 0, pvCosts: 0, totalGains: 0, totalCosts: 0 };
}

function addLine(s: RunningSeries, line: { annual: number[]; category: string }, factors: number[]): void {
  const years = factors.length;
  const annual = s.annual;
  const cat = (s.byCategory[line.category] ??= doubleZeros(years));
  let { pvGains, pvCosts, totalGains, totalCosts } = s;
  for (let y = 0; y < years; y++) {
    const v = line.annual[y]!;
    annual[y]! += v;
    cat[y]! += v;
    // Gains and costs are taken line by line, so a saving in one place does not hide a cost in another.
    if (v > 0) { totalGains += v; pvGains += v * factors[y]!; }
    else { totalCosts -= v; pvCosts -= v * factors[y]!; }
  }
  s.pvGains = pvGains; s.pvCosts = pvCosts; s.totalGains = totalGains; s.totalCosts = totalCosts;
}

/**
 * The series of every key at once: each line is added to the series of each of its keys, in line
 * order, so every series sees exactly the additions buildSeries would make (`keysOfLines[i]` are
 * the keys of `lines[i]`). A line with three keys
 * (total, ledger, department: every booked line) is added to all three in one pass over its years,
 * only the years [yearsFrom[i], yearsTo[i]) outside which its totals are +0 (adding +0 changes no sum).
 */
export function runningByKey(
  lines: readonly { annual: number[]; category: string }[], keysOfLines: readonly string[][], factors: number[],
  yearsFrom: readonly number[], yearsTo: readonly number[],
): Map<string, RunningSeries> {
  const years = factors.length;
  const zeros = doubleZeros(years);
  const out = new Map<string, RunningSeries>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const keys = keysOfLines[i]!;
    if (keys.length !== 3) {
      for (const key of keys) addLine(runningOf(out, key, zeros), line, factors);
      continue;
    }
    const a = runningOf(out, keys[0]!, zeros), b = runningOf(out, keys[1]!, zeros), c = runningOf(out, keys[2]!, zeros);
    const category = line.category;
    const an = a.annual, bn = b.annual, cn = c.annual;
    const ac = (a.byCategory[category] ??= zeros.slice());
    const bc = (b.byCategory[category] ??= zeros.slice());
    const cc = (c.byCategory[category] ??= zeros.slice());
    let aG = a.totalGains, aPG = a.pvGains, aC = a.totalCosts, aPC = a.pvCosts;
    let bG = b.totalGains, bPG = b.pvGains, bC = b.totalCosts, bPC = b.pvCosts;
    let cG = c.totalGains, cPG = c.pvGains, cC = c.totalCosts, cPC = c.pvCosts;
    const values = line.annual;
    const to = yearsTo[i]!;
    for (let y = yearsFrom[i]!; y < to; y++) {
      const v = values[y]!;
      // A year outside the line's windows adds nothing: a sum that starts at +0 is never −0, so
      // adding ±0 leaves every sum as it was, bit for bit (NaN is not skipped).
      if (v === 0) continue;
      an[y]! += v; ac[y]! += v;
      bn[y]! += v; bc[y]! += v;
      cn[y]! += v; cc[y]! += v;
      if (v > 0) {
        const pv = v * factors[y]!;
        aG += v; aPG += pv; bG += v; bPG += pv; cG += v; cPG += pv;
      } else {
        const pv = v * factors[y]!;
        aC -= v; aPC -= pv; bC -= v; bPC -= pv; cC -= v; cPC -= pv;
      }
    }
    a.totalGains = aG; a.pvGains = aPG; a.totalCosts = aC; a.pvCosts = aPC;
    b.totalGains = bG; b.pvGains = bPG; b.totalCosts = bC; b.pvCosts = bPC;
    c.totalGains = cG; c.pvGains = cPG; c.totalCosts = cC; c.pvCosts = cPC;
  }
  return out;
}

/** A module-level function rather than a closure per call, so optimised code keeps its call target. */
function runningOf(out: Map<string, RunningSeries>, key: string, zeros: number[]): RunningSeries {
  let running = out.get(key);
  if (!running) out.set(key, (running = newRunning(zeros)));
  return running;
}

/** A series from its sums (an empty series when no line was added) and its monthly net. */
export function finishSeries(running: RunningSeries | undefined, monthly: Float64Array, factors: number[]): Series {
  const years = factors.length;
  const { annual, byCategory, pvGains, pvCosts, totalGains, totalCosts } = running ?? newRunning(doubleZeros(years));
  const cumulative = runningSum(annual);
  const discounted = annual.map((v, y) => v * factors[y]!);
  const cumulativeDiscounted = runningSum(discounted);
  const bcr = pvCosts > 0 ? pvGains / pvCosts : null;
  return {
    annual, cumulative, discounted, cumulativeDiscounted,
    npv: cumulativeDiscounted[years - 1] ?? 0,
    paybackYears: paybackYears(monthly),
    pvGains, pvCosts, totalGains, totalCosts, bcr, roi: bcr === null ? null : bcr - 1,
    byCategory,
  };
}

function runningSum(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/**
 * n zeros in V8's double representation (filled with a fraction first, then zeroed): copies take
 * fractional sums without converting their elements, which the projection's many series notice.
 */
export function doubleZeros(n: number): number[] {
  const out = new Array<number>(n).fill(0.5);
  out.fill(0);
  return out;
}

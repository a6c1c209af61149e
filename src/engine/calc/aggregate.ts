/**
 * Sums booked lines into yearly line totals and monthly series per key ('total', 'ledger:L',
 * 'department:L/D'). Per-participant profiles are spread over the cohorts as
 * flow(m) = Σ count · p(m − start). To stay fast on large portfolios, a line's yearly totals come
 * from prefix sums over its window only, and the monthly series (needed only for the payback time)
 * are summed per target group and department first, spread over the cohorts once, and folded into
 * ledgers and the total at the end.
 */
import { MONTHS_PER_YEAR, NO_DEPARTMENT } from '../constants';
import type { Allocate } from './arena';
import type { DraftLine } from './lines';
import type { Profile } from './profile';

export interface ResolvedCohort {
  count: number;
  startMonth: number;
}

export interface GroupDraft {
  lines: DraftLine[];
  cohorts: ResolvedCohort[];
}

export interface Aggregated {
  /** The lines that count in the perspective, each with its yearly totals. */
  lines: { draft: DraftLine; annual: number[]; keys: string[] }[];
  monthlyByKey: Map<string, Float64Array>;
}

/** A monthly sum per key, with the months [from, to) outside which it is still zero. */
interface Accumulator { ledger: string; monthly: Float64Array; from: number; to: number }
type Accumulators = Map<string, Accumulator>;

/** The keys a line adds to ('total', its ledger, its department), built once per booking. */
function keysCache(): (line: { ledger: string; department: string | null }) => string[] {
  const byLedger = new Map<string, Map<string | null, string[]>>();
  return ({ ledger, department }) => {
    let byDepartment = byLedger.get(ledger);
    if (!byDepartment) byLedger.set(ledger, (byDepartment = new Map<string | null, string[]>()));
    let keys = byDepartment.get(department);
    if (!keys) byDepartment.set(department, (keys = ['total', `ledger:${ledger}`, `department:${ledger}/${department ?? NO_DEPARTMENT}`]));
    return keys;
  };
}

export function aggregate(groups: GroupDraft[], counts: (category: string) => boolean, months: number, alloc: Allocate): Aggregated {
  const years = months / MONTHS_PER_YEAR;
  const byDepartment: Accumulators = new Map();
  const lines: Aggregated['lines'] = [];
  const prefix = new Float64Array(months + 1); // scratch, reused for every line
  const keysOf = keysCache();
  for (const { lines: drafts, cohorts } of groups) {
    const perParticipant: Accumulators = new Map();
    for (const draft of drafts) {
      if (!counts(draft.category)) continue;
      const keys = keysOf(draft);
      const key = keys[2]!;
      addInto(accumulator(draft.perParticipant ? perParticipant : byDepartment, key, draft.ledger, months, alloc), draft.profile);
      const annual = draft.perParticipant
        ? annualOverCohorts(draft.profile, cohorts, years, prefix)
        : annualOverCohorts(draft.profile, [{ count: 1, startMonth: 0 }], years, prefix);
      lines.push({ draft, annual, keys });
    }
    for (const [key, source] of perParticipant) {
      spreadInto(accumulator(byDepartment, key, source.ledger, months, alloc), source, cohorts);
    }
  }
  const total = new Float64Array(months);
  const monthlyByKey = new Map<string, Float64Array>([['total', total]]);
  for (const [key, { ledger, monthly }] of byDepartment) {
    monthlyByKey.set(key, monthly);
    const ledgerKey = `ledger:${ledger}`;
    if (!monthlyByKey.has(ledgerKey)) monthlyByKey.set(ledgerKey, new Float64Array(months));
    addMonthly(monthlyByKey.get(ledgerKey)!, monthly);
    addMonthly(total, monthly);
  }
  return { lines, monthlyByKey };
}

function accumulator(map: Accumulators, key: string, ledger: string, months: number, alloc: Allocate): Accumulator {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { ledger, monthly: alloc(months), from: months, to: 0 }));
  return entry;
}

function addInto(target: Accumulator, { from, values }: Profile): void {
  const monthly = target.monthly;
  for (let i = 0; i < values.length; i++) monthly[from + i]! += values[i]!;
  if (values.length > 0) {
    target.from = Math.min(target.from, from);
    target.to = Math.max(target.to, from + values.length);
  }
}

function addMonthly(target: Float64Array, source: Float64Array): void {
  for (let m = 0; m < target.length; m++) target[m]! += source[m]!;
}

/** target(m) += Σ count · source(m − start), over the source's non-zero months only. */
function spreadInto(target: Accumulator, source: Accumulator, cohorts: ResolvedCohort[]): void {
  const months = target.monthly.length;
  const monthly = target.monthly;
  for (const { count, startMonth } of cohorts) {
    const end = Math.min(months, startMonth + source.to);
    for (let m = startMonth + source.from; m < end; m++) monthly[m]! += count * source.monthly[m - startMonth]!;
  }
}

/**
 * Yearly totals over the cohorts: the year-y total of a cohort starting in month s is the profile
 * summed over participant months [12y − s, 12y + 12 − s), read off prefix sums of the window.
 */
function annualOverCohorts({ from, values }: Profile, cohorts: ResolvedCohort[], years: number, prefix: Float64Array): number[] {
  const perYear = MONTHS_PER_YEAR; // a local: imported bindings can be getters in some module transforms
  const to = from + values.length;
  let running = 0;
  prefix[0] = 0;
  for (let i = 0; i < values.length; i++) prefix[i + 1] = running += values[i]!;
  const out = new Array<number>(years).fill(0);
  if (values.length === 0) return out;
  for (const { count, startMonth } of cohorts) {
    // Only the years the window touches for this cohort.
    const firstYear = Math.floor((startMonth + from) / perYear);
    const lastYear = Math.min(years - 1, Math.floor((startMonth + to - 1) / perYear));
    for (let y = firstYear; y <= lastYear; y++) {
      const lo = Math.max(from, y * perYear - startMonth);
      const hi = Math.min(to, (y + 1) * perYear - startMonth);
      if (hi > lo) out[y]! += count * (prefix[hi - from]! - prefix[lo - from]!);
    }
  }
  return out;
}

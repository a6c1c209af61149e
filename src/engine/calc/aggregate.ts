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
import { doubleZeros } from './series';

export interface ResolvedCohort {
  count: number;
  startMonth: number;
}

export interface GroupDraft {
  lines: DraftLine[];
  cohorts: ResolvedCohort[];
}

export interface Aggregated {
  /** The lines that count in the perspective, and (at the same index) each one's yearly totals and keys. */
  drafts: DraftLine[];
  annuals: number[][];
  /** The years [from, to) outside which a line's yearly totals are still the +0 they started as. */
  yearsFrom: number[];
  yearsTo: number[];
  keys: string[][];
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

/** A line over scenario months counts once, from month 0. */
const ABSOLUTE: ResolvedCohort[] = [{ count: 1, startMonth: 0 }];

export function aggregate(groups: GroupDraft[], counts: (category: string) => boolean, months: number, alloc: Allocate): Aggregated {
  const years = months / MONTHS_PER_YEAR;
  const byDepartment: Accumulators = new Map();
  const counted: DraftLine[] = [];
  const annuals: number[][] = [];
  const keysOfLines: string[][] = [];
  const yearsFrom: number[] = [];
  const yearsTo: number[] = [];
  const scratch = createScratch(months, alloc); // reused for every line
  const keysOf = keysCache();
  for (const { lines: drafts, cohorts } of groups) {
    const perParticipant: Accumulators = new Map();
    for (const draft of drafts) {
      if (!counts(draft.category)) continue;
      const keys = keysOf(draft);
      const key = keys[2]!;
      const target = accumulator(draft.perParticipant ? perParticipant : byDepartment, key, draft.ledger, months, alloc);
      // One pass over the window adds it into the monthly sum and takes its prefix sums.
      addInto(target, draft.profile, scratch.prefix);
      const annual = annualOverCohorts(draft.profile, draft.perParticipant ? cohorts : ABSOLUTE, years, scratch);
      counted.push(draft);
      annuals.push(annual);
      yearsFrom.push(scratch.yearsFrom);
      yearsTo.push(scratch.yearsTo);
      keysOfLines.push(keys);
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
  return { drafts: counted, annuals, yearsFrom, yearsTo, keys: keysOfLines, monthlyByKey };
}

function accumulator(map: Accumulators, key: string, ledger: string, months: number, alloc: Allocate): Accumulator {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { ledger, monthly: alloc(months), from: months, to: 0 }));
  return entry;
}

/** Adds a profile into a monthly sum, and writes the profile's prefix sums into `prefix`. */
function addInto(target: Accumulator, { from, values }: Profile, prefix: Float64Array): void {
  const monthly = target.monthly;
  let running = 0;
  prefix[0] = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    monthly[from + i]! += v;
    prefix[i + 1] = running += v;
  }
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
 * summed over participant months [12y − s, 12y + 12 − s), read off the window's prefix sums (left
 * in scratch.prefix by addInto).
 * Cohorts that start in the same calendar month (s mod 12) split the window into the same yearly
 * pieces, only shifted by whole years, so each piece is computed once per phase and reused: the
 * same difference of prefix sums, added in the same cohort order, so the figures are unchanged.
 * The years it adds to are left in scratch.yearsFrom and scratch.yearsTo ([from, to), empty as 0, 0).
 */
function annualOverCohorts({ from, values }: Profile, cohorts: ResolvedCohort[], years: number, scratch: Scratch): number[] {
  const perYear = MONTHS_PER_YEAR; // a local: imported bindings can be getters in some module transforms
  const to = from + values.length;
  const { prefix, pieces, firstPiece, lastPiece } = scratch;
  const stamp = ++scratch.stamp;
  const out = scratch.zeros.slice();
  scratch.yearsFrom = 0;
  scratch.yearsTo = 0;
  if (values.length === 0) return out;
  let yearsFrom = years, yearsTo = 0;
  const stride = scratch.stride;
  for (let c = 0; c < cohorts.length; c++) {
    const { count, startMonth } = cohorts[c]!;
    const whole = Math.floor(startMonth / perYear);
    const phase = startMonth - whole * perYear;
    if (scratch.phaseStamp[phase] !== stamp) {
      scratch.phaseStamp[phase] = stamp;
      // Pieces j of the window for a cohort starting `phase` months into a year.
      const first = Math.floor((phase + from) / perYear);
      const last = Math.floor((phase + to - 1) / perYear);
      firstPiece[phase] = first;
      lastPiece[phase] = last;
      for (let j = first; j <= last; j++) {
        const lo = Math.max(from, j * perYear - phase);
        const hi = Math.min(to, (j + 1) * perYear - phase);
        pieces[phase * stride + j - first] = prefix[hi - from]! - prefix[lo - from]!;
      }
    }
    const first = firstPiece[phase]!;
    // Only the years the window touches for this cohort, within the horizon.
    const last = Math.min(lastPiece[phase]!, years - 1 - whole);
    const base = phase * stride - first;
    for (let j = first; j <= last; j++) out[whole + j]! += count * pieces[base + j]!;
    if (first <= last) {
      yearsFrom = Math.min(yearsFrom, whole + first);
      yearsTo = Math.max(yearsTo, whole + last + 1);
    }
  }
  if (yearsTo > yearsFrom) {
    scratch.yearsFrom = yearsFrom;
    scratch.yearsTo = yearsTo;
  }
  return out;
}

/** Scratch arrays for annualOverCohorts, reused for every line of a projection. */
interface Scratch {
  prefix: Float64Array;
  /** Per phase (0–11), the window's yearly pieces; `stride` slots each. */
  pieces: Float64Array;
  stride: number;
  firstPiece: Int32Array;
  lastPiece: Int32Array;
  /** Which line each phase's pieces were computed for. */
  phaseStamp: Int32Array;
  stamp: number;
  /** The years the last line's totals were added to, [yearsFrom, yearsTo). */
  yearsFrom: number;
  yearsTo: number;
  /** `years` zeros held as doubles, so a copy takes the sums without changing its element kind. */
  zeros: number[];
}

function createScratch(months: number, alloc: Allocate): Scratch {
  const stride = months / MONTHS_PER_YEAR + 2;
  return {
    prefix: alloc(months + 1), pieces: alloc(MONTHS_PER_YEAR * stride), stride,
    firstPiece: new Int32Array(MONTHS_PER_YEAR), lastPiece: new Int32Array(MONTHS_PER_YEAR),
    phaseStamp: new Int32Array(MONTHS_PER_YEAR), stamp: 0, yearsFrom: 0, yearsTo: 0,
    zeros: doubleZeros(months / MONTHS_PER_YEAR),
  };
}


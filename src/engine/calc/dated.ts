/**
 * Dated rules (docs/semantics.md, "Dated rules"): a catalogue constant may carry figures for several
 * periods. The figure used is the one in force in the scenario's rules year: settings.rulesYear, else
 * settings.firstYear. One figure for the whole projection: the values are per participant month, not per
 * calendar month, so a change of rule within the projection is not followed (the guardrail
 * figureOutOfValidity names a figure whose period does not cover every year of the case).
 */
import type { Constant, ConstantPeriod } from '../model/catalogue';
import type { PeriodChoice, RulesYearBasis } from '../model/result';
import type { Settings } from '../model/scenario';

export type { PeriodChoice, RulesYearBasis };

export interface RulesYear {
  year: number | null;
  basis: RulesYearBasis;
}

/** The rules year of a case: settings.rulesYear, else settings.firstYear, else none. */
export function rulesYearOf(settings: Pick<Settings, 'rulesYear' | 'firstYear'>): RulesYear {
  if (settings.rulesYear !== undefined) return { year: settings.rulesYear, basis: 'rulesYear' };
  if (settings.firstYear !== undefined) return { year: settings.firstYear, basis: 'firstYear' };
  return { year: null, basis: 'none' };
}

interface Dated { validFrom?: string; validTo?: string }

/** True when the period is in force on any day of `year`. */
export function periodCovers(p: Dated, year: number): boolean {
  return (p.validFrom === undefined || p.validFrom <= `${year}-12-31`) && (p.validTo === undefined || p.validTo >= `${year}-01-01`);
}

/** Whole years from `year` to the period (0 when it covers the year). */
function distance(p: Dated, year: number): number {
  const from = p.validFrom === undefined ? -Infinity : Number(p.validFrom.slice(0, 4));
  const to = p.validTo === undefined ? Infinity : Number(p.validTo.slice(0, 4));
  return year < from ? from - year : year > to ? year - to : 0;
}

/**
 * The index of the period in force in `year` among `periods` (the latest to start if several are); when
 * none is, the nearest (the later on a tie). Returns the index and whether it covers the year.
 */
export function pickPeriod(periods: readonly Dated[], year: number): { index: number; covers: boolean } {
  let best = -1;
  let bestCovers = false;
  let bestDistance = Infinity;
  periods.forEach((p, i) => {
    const covers = periodCovers(p, year);
    const d = covers ? 0 : distance(p, year);
    const later = best >= 0 && (p.validFrom ?? '') >= (periods[best]!.validFrom ?? '');
    if (best < 0 || d < bestDistance || (d === bestDistance && later)) {
      best = i;
      bestCovers = covers;
      bestDistance = d;
    }
  });
  return { index: best, covers: bestCovers };
}

/** The constant as in force in `year`: its own figure, or a period's figure with that period's source and note. */
export function constantInForce(c: Constant, year: number | null): { constant: Constant; choice: PeriodChoice | null } {
  if (!c.periods || c.periods.length === 0) return { constant: c, choice: null };
  const all: (Dated & { own?: true })[] = [{ validFrom: c.validFrom, validTo: c.validTo, own: true }, ...c.periods];
  const count = all.length;
  const { periods: _periods, ...own } = c;
  void _periods;
  if (year === null) {
    return { constant: own, choice: { index: 0, count, ...dates(c), covers: false } };
  }
  const { index, covers } = pickPeriod(all, year);
  if (index === 0) return { constant: own, choice: { index, count, ...dates(c), covers } };
  const p: ConstantPeriod = c.periods[index - 1]!;
  const { priceYear: _py, example: _ex, validFrom: _vf, validTo: _vt, ...rest } = own;
  void _py; void _ex; void _vf; void _vt;
  const constant: Constant = {
    ...rest, value: p.value, source: p.source, note: p.note, validFrom: p.validFrom,
    ...(p.validTo !== undefined ? { validTo: p.validTo } : {}),
    ...(p.priceYear !== undefined ? { priceYear: p.priceYear } : {}),
    ...(p.example !== undefined ? { example: p.example } : {}),
  };
  return { constant, choice: { index, count, ...dates(p), covers } };
}

function dates(p: Dated): Dated {
  return { ...(p.validFrom !== undefined ? { validFrom: p.validFrom } : {}), ...(p.validTo !== undefined ? { validTo: p.validTo } : {}) };
}

/** Every constant as in force in `year`, and for each dated one the period it used. */
export function constantsInForce(constants: Record<string, Constant>, year: number | null): {
  constants: Record<string, Constant>; periods: Record<string, PeriodChoice>;
} {
  const out: Record<string, Constant> = Object.create(null) as Record<string, Constant>;
  const periods: Record<string, PeriodChoice> = Object.create(null) as Record<string, PeriodChoice>;
  for (const [id, c] of Object.entries(constants)) {
    const found = constantInForce(c, year);
    out[id] = found.constant;
    if (found.choice) periods[id] = found.choice;
  }
  return { constants: out, periods };
}

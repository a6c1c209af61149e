/**
 * Results are checked like inputs (issue 9, item 6): every input may be finite and still multiply
 * or add up past the largest number a double holds (±1.8·10³⁰⁸), e.g. a cost of 10³⁰⁰ kr. for 10¹⁰
 * participants. Such a projection is refused with an error at the input behind the overflow, never
 * handed on to be printed as −Infinity or NaN.
 */
import type { EngineError, Line, Projection, Series } from './model/result';

const LIMIT = 'beyond ±1.8·10^308, the largest number a calculation can hold';

/** The field a line's amounts are typed in: a cost's amount, an outcome's value. */
function inputPath(line: Line): string {
  return line.kind === 'effect' || line.kind === 'lockIn' ? `${line.path}.value` : `${line.path}.amount`;
}

const groupPath = (line: Line) => line.path.match(/^targetGroups\[\d+\]/)?.[0] ?? 'targetGroups';

function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

function largest(line: Line): number {
  let m = 0;
  for (let i = 0; i < line.annual.length; i++) m = Math.max(m, Math.abs(line.annual[i]!));
  return m;
}

function seriesFinite(s: Series): boolean {
  return allFinite(s.annual) && allFinite(s.cumulative) && allFinite(s.discounted) && allFinite(s.cumulativeDiscounted)
    && allFinite([s.npv, s.pvGains, s.pvCosts, s.totalGains, s.totalCosts, s.bcr ?? 0, s.roi ?? 0, s.paybackYears ?? 0])
    && Object.values(s.byCategory).every(allFinite);
}

/** The overflows in a projection, each at the input behind it; empty when every figure is finite. */
export function overflowErrors(p: Projection, discountPath: string): EngineError[] {
  if (!Number.isFinite(p.participants)) {
    return [{ path: 'targetGroups', message: `the number of participants adds up to ${p.participants}, ${LIMIT}` }];
  }
  if (!allFinite(p.discount.factors)) {
    const year = p.discount.factors.findIndex((f) => !Number.isFinite(f)) + 1;
    return [{ path: discountPath, message: `the discount factor of year ${year} is ${LIMIT}; the rate is too low for the horizon` }];
  }
  const series = [p.total, ...Object.values(p.ledgers), ...Object.values(p.departments)];
  // Every line is added into the total, and a sum with a non-finite term is never finite (±∞ stays,
  // ∞ − ∞ and NaN give NaN): when every series is finite, so is every line, and none is looked at.
  if (series.every(seriesFinite)) return [];
  const errors: EngineError[] = [];
  const seen = new Set<string>();
  for (const line of p.lines) {
    if (allFinite(line.annual) || seen.has(inputPath(line))) continue;
    seen.add(inputPath(line));
    errors.push({
      path: inputPath(line),
      message: `the result overflows: the line for ${p.participants} participants (${groupPath(line)}.cohorts) comes to a yearly amount ${LIMIT}`,
    });
  }
  if (errors.length > 0 || p.lines.length === 0) return errors;
  // Every line is finite, so their sum or its discounting overflowed.
  const biggest = p.lines.reduce((a, b) => (largest(b) > largest(a) ? b : a));
  const undiscounted = series.every((x) => allFinite(x.annual) && allFinite(x.cumulative) && Number.isFinite(x.totalGains) && Number.isFinite(x.totalCosts));
  if (undiscounted) {
    return [{
      path: discountPath,
      message: `the present values overflow: discounting over ${p.horizonYears} years multiplies '${biggest.path}' (DKK ${largest(biggest)} a year) by up to ${Math.max(...p.discount.factors)}, ${LIMIT}`,
    }];
  }
  return [{
    path: inputPath(biggest),
    message: `the result overflows: the sums, with '${biggest.path}' the largest amount (DKK ${largest(biggest)} a year), come to ${LIMIT}`,
  }];
}

/**
 * The workbook's decomposition, without a spreadsheet: for every example each line is
 * scalar × Σ (cohort size × weight) to the øre in every year, its monthly weights rebuild the
 * engine's payback time per ledger, and expressions translate with mathjs' precedence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression, paybackYears, runScenario, type Amount } from '../../src/engine';
import { decompose } from '../../src/export/workbook/decompose';
import { amountFormula } from '../../src/export/workbook/formula';
import { parseScenarioText } from '../../src/io/load-scenario';

const DIR = new URL('../../scenarios/', import.meta.url).pathname;
const examples = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('decompose', () => {
  it.each(examples)('%s: every line is a formula that rebuilds the engine, yearly and monthly', (file) => {
    const loaded = parseScenarioText(readFileSync(DIR + file, 'utf8'));
    if (!loaded.ok) throw new Error(file);
    const { scenario, model } = loaded.value;
    const run = runScenario(scenario, model);
    if (!run.ok) throw new Error(file);
    const projection = run.value;
    const parts = decompose(scenario, model, projection);
    const evaluate = (a: Amount) => (typeof a === 'number' ? a : Number((compileExpression(a) as { ok: true; value: { evaluate: (v: object) => unknown } }).value.evaluate(projection.values)));
    const months = projection.horizonYears * 12;
    const monthly: Record<string, number[]> = { total: new Array<number>(months).fill(0) };
    for (const d of parts.lines) {
      expect(d.scalar, `${d.line.id} is a formula`).not.toBeNull();
      const counts = scenario.targetGroups.find((g) => g.id === d.line.targetGroup)!.cohorts.map((c) => evaluate(c.count));
      const size = (k: number) => (d.perParticipant ? counts[k]! : 1);
      d.line.annual.forEach((expected, y) => {
        expect(Math.abs(d.scalar!.value * d.weights.reduce((s, w, k) => s + w[y]! * size(k), 0) - expected)).toBeLessThan(0.005);
      });
      const ledger = (monthly[d.line.ledger] ??= new Array<number>(months).fill(0));
      d.monthlyWeights.forEach((w, k) => w.forEach((v, m) => {
        ledger[m]! += d.scalar!.value * v * size(k);
        monthly.total![m]! += d.scalar!.value * v * size(k);
      }));
      // The monthly weights sum to the yearly ones.
      d.weights.forEach((w, k) => w.forEach((v, y) => {
        expect(d.monthlyWeights[k]!.slice(12 * y, 12 * y + 12).reduce((s, x) => s + x, 0)).toBeCloseTo(v, 9);
      }));
    }
    for (const [id, series] of Object.entries(monthly)) {
      const expected = id === 'total' ? projection.total.paybackYears : projection.ledgers[id]!.paybackYears;
      const got = paybackYears(series);
      if (expected === null) expect(got, id).toBeNull();
      else expect(got, id).toBeCloseTo(expected, 9);
    }
  });
});

describe('amountFormula', () => {
  const name = (n: string) => `in_${n}`;
  it('parenthesises every operation, so Excel reads mathjs precedence', () => {
    // mathjs: −a^2 = −(a^2); a − b − c = (a − b) − c; a / b / c = (a / b) / c.
    expect(amountFormula('-a^2', name)).toBe('(-(in_a^2))');
    expect(amountFormula('a - b - c', name)).toBe('((in_a-in_b)-in_c)');
    expect(amountFormula('a / b / c', name)).toBe('((in_a/in_b)/in_c)');
  });
  it('writes conditionals, comparisons and functions as spreadsheet functions giving numbers', () => {
    expect(amountFormula('a > 1 ? min(b, 2) : round(c)', name)).toBe('IF(IF(in_a>1,1,0),MIN(in_b,2),ROUND(in_c,0))');
    expect(amountFormula('floor(a) + ceil(b) + abs(c)', name)).toBe('((INT(in_a)+(-INT(-(in_b))))+ABS(in_c))');
    expect(amountFormula('not (a and b)', name)).toBe('IF(IF(AND(in_a,in_b),1,0),0,1)');
    expect(amountFormula(-5, name)).toBe('(-5)');
  });
});

/**
 * Golden test of the example portfolio scenarios/portefoeljer/pulje-2027-2030.json (docs/portfolio.md).
 *
 * Draws on the pool (the kommune's net cost of each case, kr., 2015 prices), worked out by hand:
 *   mentor, baseline: 400 kr./time × 1,5 timer/uge × 52/12 = 2.600 kr./md. × 8 md. = 20.800 kr. pr. deltager;
 *     × 100 deltagere = 2.080.000 kr., of which the stat refunds 50 % → 1.040.000 kr. in each of 2027–2029;
 *   mentor, halve hold: 50 deltagere → 520.000 kr. in each of 2027–2029;
 *   brobygning: 106.000 kr. pr. helårsplads × 6/12 × 40 deltagere = 2.120.000 kr., 50 % refunded → 1.060.000 kr.
 *     in each of 2027–2029 (start-2028: 2028–2030);
 *   voksenlærling: 40.000 kr./år × 20 deltagere pr. hold over 24 months, one hold a year from 2027:
 *     800.000, 1.600.000, 1.600.000, 800.000 kr. in 2027–2030 (start-2028: one year later);
 *   sygedagpenge: (3.000 kr. × 3 md. + 6.000 kr.) × 150 = 2.250.000 kr. in 2027.
 * Repayment: 100 % of the kommune's gains that can be taken back (kan hjemtages), per department,
 * summed from the case's own projected lines (each case's golden test pins those).
 * Balance: 6.000.000 − Σ draws + Σ repayments, year by year.
 * The choice: every one of the 3 × 3 × 3 × 2 = 54 sets is tried here; the feasible ones (balance ≥ 0,
 * draws ≤ 3.000.000 kr. a year) ranked by the kommune's NPV; HiGHS must find the same best set.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseExact, type MipSolver } from '../../src/engine';
import { parsePortfolioText, type LoadedPortfolio } from '../../src/io/load-portfolio';
import { portfolioOverview } from '../../src/io/portfolio-overview';
import { loadMipSolver } from '../../src/optimise/highs-solver';

const FILE = new URL('../../scenarios/portefoeljer/pulje-2027-2030.json', import.meta.url);
let portfolio: LoadedPortfolio;
let solve: MipSolver;

beforeAll(async () => {
  const loaded = parsePortfolioText(readFileSync(FILE, 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  portfolio = loaded.value;
  solve = await loadMipSolver();
});

const DRAWS: Record<string, Record<string, number[]>> = {
  mentor: { baseline: [1_040_000, 1_040_000, 1_040_000], 'halvt-hold': [520_000, 520_000, 520_000] },
  brobygning: { baseline: [1_060_000, 1_060_000, 1_060_000], 'start-2028': [0, 1_060_000, 1_060_000, 1_060_000] },
  voksenlaerling: { baseline: [800_000, 1_600_000, 1_600_000, 800_000], 'start-2028': [0, 800_000, 1_600_000, 1_600_000, 800_000] },
  sygedagpenge: { baseline: [2_250_000] },
};
const padded = (values: number[], years: number) => Array.from({ length: years }, (_, t) => values[t] ?? 0);

/** The kommune's bankable gains of an option per pool year, read off its own lines. */
function bankableGains(caseId: string, optionId: string): number[] {
  const k = portfolio.cases.find((c) => c.id === caseId)!;
  const option = k.options.find((o) => o.id === optionId)!;
  const cashable = new Set(k.model.categories.filter((c) => c.cashable !== false).map((c) => c.id));
  const offset = option.firstYear - 2027;
  const gains = new Array<number>(portfolio.years).fill(0);
  const byDepartment = new Map<string, number[]>();
  for (const line of option.projection.lines) {
    if (line.ledger !== 'kommune' || (line.kind !== 'effect' && line.kind !== 'lockIn') || !cashable.has(line.category)) continue;
    const d = byDepartment.get(line.department ?? '-') ?? new Array<number>(portfolio.years).fill(0);
    byDepartment.set(line.department ?? '-', d);
    line.annual.forEach((v, y) => { if (y + offset < portfolio.years) d[y + offset]! += v; });
  }
  for (const d of byDepartment.values()) d.forEach((v, t) => { gains[t]! += Math.max(0, v); });
  return gains;
}

/** The example file each case copies (a portfolio file carries whole scenarios, so it can be shared alone). */
const SOURCES: Record<string, string> = {
  mentor: 'mentor-uddannelseshjaelp', brobygning: 'brobygning', voksenlaerling: 'voksenlaerling', sygedagpenge: 'sygedagpenge-refusionstrappe',
};

/**
 * A case's scenario without what the portfolio adds to the example: variants, uncertainties, a first year,
 * and with the first year the rules year 2015 that keeps the example's 2015 tax rules (and its caveat).
 */
function asExample(scenario: Record<string, unknown>): unknown {
  const copy = JSON.parse(JSON.stringify(scenario)) as {
    variants?: unknown; caveats?: string[]; settings: { firstYear?: number; rulesYear?: number }; parameters: Record<string, { uncertainty?: unknown }>;
  };
  delete copy.variants;
  for (const p of Object.values(copy.parameters)) delete p.uncertainty;
  delete copy.settings.firstYear;
  delete copy.settings.rulesYear;
  if (copy.caveats) copy.caveats = copy.caveats.filter((c) => !c.startsWith('Regler fra år 2015'));
  return copy;
}

describe('the example portfolio pulje-2027-2030', () => {
  it('carries the example cases as they are in scenarios/ (regenerate it when an example changes)', () => {
    for (const entry of portfolio.file.cases) {
      const example = JSON.parse(readFileSync(new URL(`../../scenarios/${SOURCES[entry.id]!}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      expect(asExample(entry.scenario)).toEqual(asExample(example));
    }
  });

  it('follows the cases to 2035 (voksenlærling from 2028 runs 8 years)', () => {
    expect(portfolio.years).toBe(9);
  });

  it('draws each case\'s net cost to the kommune, as worked out by hand', () => {
    for (const k of portfolio.choiceCases) {
      for (const o of k.options) expect(o.flows.draw.map((v) => Math.round(v))).toEqual(padded(DRAWS[k.id]![o.id]!, 9));
    }
  });

  it('repays the bankable gains, and the balance is 6 mio. − draws + repayments', () => {
    const overview = portfolioOverview(portfolio); // the file's set: every case in its baseline
    const draws = padded([5_150_000, 3_700_000, 3_700_000, 800_000], 9); // 1,04 + 1,06 + 0,8 + 2,25 mio. in 2027, …
    expect(overview.balance.draws.map(Math.round)).toEqual(draws);
    const repaid = ['mentor', 'brobygning', 'voksenlaerling', 'sygedagpenge'].map((id) => bankableGains(id, 'baseline'))
      .reduce((sum, g) => sum.map((v, t) => v + g[t]!));
    expect(overview.balance.repayments.map((v) => v.toFixed(2))).toEqual(repaid.map((v) => v.toFixed(2)));
    let balance = 6_000_000;
    const expected = draws.map((d, t) => (balance += repaid[t]! - d));
    expect(overview.balance.balance.map((v) => v.toFixed(2))).toEqual(expected.map((v) => v.toFixed(2)));
    // All four at once exceed the 3 mio. yearly limit in 2027–2029 (5,15 / 3,7 / 3,7 mio.).
    expect(overview.balance.overLimitYears).toEqual([2027, 2028, 2029]);
  });

  it('chooses, with HiGHS, the best of all 54 sets by enumeration', () => {
    const ids = portfolio.choiceCases.map((k) => k.id);
    const choices = portfolio.choiceCases.map((k) => [null, ...k.options.map((o) => o.id)]);
    let best: { npv: number; set: (string | null)[] } | null = null;
    const visit = (c: number, set: (string | null)[]) => {
      if (c === ids.length) {
        const chosen = set.flatMap((o, i) => (o === null ? [] : [portfolio.choiceCases[i]!.options.find((x) => x.id === o)!.flows]));
        let balance = 6_000_000;
        for (let t = 0; t < 9; t++) {
          const draw = chosen.reduce((s, f) => s + f.draw[t]!, 0);
          balance += chosen.reduce((s, f) => s + f.repayment[t]!, 0) - draw;
          if (balance < 0 || (t < 4 && draw > 3_000_000)) return;
        }
        const npv = chosen.reduce((s, f) => s + f.npvLedger, 0);
        if (!best || npv > best.npv) best = { npv, set };
        return;
      }
      for (const o of choices[c]!) visit(c + 1, [...set, o]);
    };
    visit(0, []);
    const exact = chooseExact({ pool: portfolio.pool, years: portfolio.years, cases: portfolio.choiceCases, goal: 'ledger-npv' }, solve, 2);
    const found = best as { npv: number; set: (string | null)[] } | null;
    expect(found).not.toBeNull();
    expect(ids.map((id) => exact.best!.selection[id])).toEqual(found!.set);
    expect(exact.best!.objective).toBeCloseTo(found!.npv, 2);
    // Only mentor and the sygedagpenge case pay the kommune back (NPV 316.533 and 1.404.983 kr.;
    // brobygning and voksenlærling are negative). Together in full they would draw 1,04 + 2,25 = 3,29 mio. in
    // 2027, over the 3 mio. limit, so half-size mentor groups (158.266 kr.) go with the sygedagpenge case,
    // and that year's limit binds: without it the goal gains the other half, 158.266 kr.
    expect(exact.best!.selection).toEqual({ mentor: 'halvt-hold', brobygning: null, voksenlaerling: null, sygedagpenge: 'baseline' });
    expect(exact.binding.map((b) => [b.kind, b.year, Math.round(b.gain)])).toEqual([['yearly-limit', 2027, 158_266]]);
    expect(exact.runnersUp).toHaveLength(2);
    for (const r of exact.runnersUp) expect(r.objective).toBeLessThanOrEqual(exact.best!.objective);
  });
});

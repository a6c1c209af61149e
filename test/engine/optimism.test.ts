/**
 * Optimismekorrektion by confidence grade, against a hand calculation. Core grades (EXAMPLE
 * percentages): 3 → 0 %, 2 → 10 %, 1 → 25 %, 0 → 40 %, the same for gain reductions and cost uplifts.
 *
 * 10 participants in month 0, two years. Cost 10.000 kr. once per participant, grade 1, half refunded
 * by the stat. Outcome Δ = 0,5 − 0,2 = 0,3 for 24 months, grade 2, worth 12.000 kr./person-year to the
 * kommune (value line grade 1) and −2.400 kr./person-year to the stat (no grade of its own).
 *   Off: kommune −50.000 + 2 × 36.000 = 22.000; stat −50.000 − 2 × 7.200 = −64.400.
 *   On:  kommune cost −50.000 × 1,25 = −62.500; gain 36.000 × 0,9 × 0,75 = 24.300 a year → −13.900;
 *        stat refund −62.500; SU −7.200 × 1,1 = −7.920 a year → −78.340.
 */
import { describe, expect, it } from 'vitest';
import { lineFormulaText } from '../../src/format/line-text';
import { runScenario } from '../../src/engine';
import { coreModel, cost, group, outcome, scenario } from './helpers';

const withGrades = (optimismCorrection: boolean) => scenario([group({
  cohorts: [{ count: 10, startMonth: 0 }],
  costs: [cost({ amount: 10000, basis: 'perParticipantOnce', confidence: 1, refund: { share: 0.5, ledger: 'stat' } })],
  outcomes: [outcome({
    treated: 0.5, counterfactual: 0.2, durationMonths: 24, confidence: 2,
    value: { type: 'direct', perPersonYear: [
      { ledger: 'kommune', category: 'benefits', amount: 12000, confidence: 1 },
      { ledger: 'stat', category: 'benefits', amount: -2400 },
    ] },
  })],
})], { horizonYears: 2, optimismCorrection });

function run(on: boolean, options = {}) {
  const result = runScenario(withGrades(on), coreModel(), options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('optimism correction', () => {
  it('off: the figures as entered', () => {
    const p = run(false);
    expect(p.ledgers.kommune!.cumulative[1]).toBeCloseTo(22000, 6);
    expect(p.ledgers.stat!.cumulative[1]).toBeCloseTo(-64400, 6);
    expect(p.optimism.enabled).toBe(false);
  });

  it('on: gains reduced and costs uplifted by every grade behind a line (hand calculation)', () => {
    const p = run(true);
    expect(p.ledgers.kommune!.annual[0]).toBeCloseTo(-62500 + 24300, 6);
    expect(p.ledgers.kommune!.cumulative[1]).toBeCloseTo(-13900, 6);
    expect(p.ledgers.stat!.cumulative[1]).toBeCloseTo(-78340, 6);
    expect(p.optimism).toEqual({
      enabled: true,
      grades: [
        expect.objectContaining({ grade: 2, gainReduction: 0.1, costUplift: 0.1, lines: 2 }),
        expect.objectContaining({ grade: 1, gainReduction: 0.25, costUplift: 0.25, lines: 3 }),
      ],
      ungradedLines: 0,
    });
    const cost = p.lines.find((l) => l.kind === 'cost')!;
    expect(cost.formula.optimism.length).toBeGreaterThan(0);
    expect(lineFormulaText(cost.formula, 'da')).toContain('optimismekorrektion');
    expect(lineFormulaText(cost.formula, 'en')).toContain('optimism correction');
  });

  it('a run option turns it on for a scenario that has it off (tornado, Monte Carlo)', () => {
    expect(run(false, { optimismCorrection: true }).ledgers.kommune!.cumulative[1]).toBeCloseTo(-13900, 6);
  });

  it('an unknown grade is an error at its field', () => {
    const s = withGrades(true);
    s.targetGroups[0]!.interventions[0]!.costs[0]!.confidence = 7;
    const result = runScenario(s, coreModel());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('targetGroups[0].interventions[0].costs[0].confidence');
  });
});

/**
 * Refunds (driftsrefusion, docs/semantics.md "Costs of an intervention"): the payer books −(1−s)·amount,
 * the refunding ledger −s·amount, and the total is what it would be without the refund.
 */
import { describe, expect, it } from 'vitest';
import { cost, errorsOf, group, lineAnnual, project, scenario } from './helpers';
import type { CostItem } from '../../src/engine';

const MENTOR: CostItem = cost({
  label: 'Mentor', basis: 'fixedOnce', amount: 1_000,
  payer: { ledger: 'kommune', department: 'beskaeftigelse' },
  refund: { ledger: 'stat', department: 'overfoersler', share: 0.3 },
});

describe('refunds', () => {
  const p = project(scenario([group({ costs: [MENTOR] })]));

  it('books −(1−s)·amount to the payer and −s·amount to the refunding ledger', () => {
    // s = 0.3: kommune −(1 − 0.3) × 1,000 = −700; stat −0.3 × 1,000 = −300.
    expect(p.ledgers.kommune!.annual[0]).toBeCloseTo(-700, 9);
    expect(p.ledgers.stat!.annual[0]).toBeCloseTo(-300, 9);
    expect(lineAnnual(p, ':payer')[0]).toBeCloseTo(-700, 9);
    expect(lineAnnual(p, ':refund')[0]).toBeCloseTo(-300, 9);
  });

  it('leaves the total unchanged: −700 − 300 = −1,000, as without the refund', () => {
    const without = project(scenario([group({ costs: [{ ...MENTOR, refund: undefined }] })]));
    expect(p.total.annual[0]).toBeCloseTo(-1_000, 9);
    expect(without.total.annual[0]).toBe(-1_000);
    expect(without.ledgers.stat!.annual[0]).toBe(0);
  });

  it('books the payer and the refund to their departments', () => {
    expect(p.departments['kommune/beskaeftigelse']!.annual[0]).toBeCloseTo(-700, 9);
    expect(p.departments['stat/overfoersler']!.annual[0]).toBeCloseTo(-300, 9);
    expect(p.departments['kommune/social']!.annual[0]).toBe(0);
  });

  it('refunds a per-participant cost per participant and month', () => {
    const item = cost({
      basis: 'perParticipantPerYear', amount: 12_000, durationMonths: 12,
      refund: { ledger: 'stat', share: 'andel' },
    });
    const s = scenario([group({ cohorts: [{ count: 2, startMonth: 6 }], costs: [item] })], { horizonYears: 2 },
      { parameters: { andel: { value: 0.5 } } });
    const q = project(s);
    // 2 participants × 1,000 a month, months 6–17: year 1 = 6 × 2,000 = 12,000, year 2 = 12,000; half each.
    expect(q.ledgers.kommune!.annual).toEqual([-6_000, -6_000]);
    expect(q.ledgers.stat!.annual).toEqual([-6_000, -6_000]);
    expect(q.total.annual).toEqual([-12_000, -12_000]);
  });

  it('refuses a refund share outside [0, 1] with the field path', () => {
    const errors = errorsOf(scenario([group({ costs: [{ ...MENTOR, refund: { ledger: 'stat', share: 1.2 } }] })]));
    expect(errors).toContainEqual({
      path: 'targetGroups[0].interventions[0].costs[0].refund.share',
      message: 'expected a value from 0 to 1, got 1.2',
    });
  });

  it('refuses a refund to an unknown ledger with the field path', () => {
    const errors = errorsOf(scenario([group({ costs: [{ ...MENTOR, refund: { ledger: 'fond', share: 0.5 } }] })]));
    expect(errors.map((e) => e.path)).toContain('targetGroups[0].interventions[0].costs[0].refund.ledger');
  });
});

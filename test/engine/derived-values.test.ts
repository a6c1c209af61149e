/**
 * Derived values u(to) − u(from) with the dk-minimal catalogue (docs/semantics.md, "What a person
 * moved is worth"; docs/financing-rules.md §1, §3). One person moves from kontanthjælp (forsørger, 14,203 kr./md.,
 * refusion_2016, taxable) to ordinary work (wage 25,000 kr./md.), taxes 0.25 kommune and 0.12 stat.
 *
 * Per person-month in work instead of on kontanthjælp, with s = the stat's refusion share:
 *   kommune/beskaeftigelse  +14,203 · (1 − s)        (benefit no longer paid, net of refusion)
 *   stat/overfoersler       +14,203 · s              (refusion no longer paid)
 *   kommune/-  taxes        +0.25 · 25,000 − 0.25 · 14,203 = 6,250 − 3,550.75 = 2,699.25
 *   stat/skat  taxes        +0.12 · 25,000 − 0.12 · 14,203 = 3,000 − 1,704.36 = 1,295.64
 *   total                   14,203 + 2,699.25 + 1,295.64 = 18,197.89, whatever s is.
 * Each test moves one person for exactly one participant month, so a year's sum is that month.
 */
import { describe, expect, it } from 'vitest';
import { refundShareInMonth } from '../../src/engine';
import { refundSharesInto } from '../../src/engine/calc/refusion';
import { dkModel, errorsOf, group, outcome, project, scenario } from './helpers';
import type { Model, RefusionRule, Settings } from '../../src/engine';

const BENEFIT = 14_203;
const KOMMUNE_TAX = 2_699.25;
const STAT_TAX = 1_295.64;
const TOTAL = 18_197.89;
const CENTS = 6; // compare to 6 decimals: the working below is exact

function moveOneMonth(seniorityWeeks: number, month: number, settings: Partial<Settings> = {}, model: Model = dkModel(),
  from = 'kontanthjaelp_forsoerger', to = 'ordinaer_beskaeftigelse') {
  const o = outcome({ startMonth: month, durationMonths: 1, value: { type: 'derived', from, to } });
  const p = project(scenario([group({ startingSeniorityWeeks: seniorityWeeks, outcomes: [o] })], { horizonYears: 2, ...settings }), model);
  const y = Math.floor(month / 12);
  const at = (key: string) => p.departments[key]?.annual[y] ?? NaN;
  return {
    kommuneBenefit: at('kommune/beskaeftigelse'), statRefusion: at('stat/overfoersler'),
    kommuneTax: at('kommune/-'), statTax: at('stat/skat'),
    kommune: p.ledgers.kommune!.annual[y]!, stat: p.ledgers.stat!.annual[y]!, total: p.total.annual[y]!,
  };
}

describe('derived value: kontanthjælp → ordinary work, split by the 2016 refusion staircase', () => {
  it('in weeks 1–4 (seniority 0, month 0 covers weeks 0–4⅓): s = (4 · 0.8 + ⅓ · 0.4) / (13/3) = 10/13', () => {
    const v = moveOneMonth(0, 0);
    expect(v.statRefusion).toBeCloseTo(BENEFIT * 10 / 13, CENTS); // 10,925.3846…
    expect(v.kommuneBenefit).toBeCloseTo(BENEFIT * 3 / 13, CENTS); // 3,277.6153…
    expect(v.total).toBeCloseTo(TOTAL, CENTS);
  });

  it('in weeks 5–26 (seniority 4): stat 40 % = 5,681.20, kommune 60 % = 8,521.80 (docs/financing-rules.md §1: 5,681 / 8,522)', () => {
    const v = moveOneMonth(4, 0);
    expect(v.statRefusion).toBeCloseTo(5_681.2, CENTS);
    expect(v.kommuneBenefit).toBeCloseTo(8_521.8, CENTS);
    expect(v.kommune).toBeCloseTo(8_521.8 + KOMMUNE_TAX, CENTS);
    expect(v.stat).toBeCloseTo(5_681.2 + STAT_TAX, CENTS);
  });

  it('in weeks 27–52 (seniority 26): stat 30 % = 4,260.90, kommune 70 % = 9,942.10', () => {
    const v = moveOneMonth(26, 0);
    expect(v.statRefusion).toBeCloseTo(4_260.9, CENTS);
    expect(v.kommuneBenefit).toBeCloseTo(9_942.1, CENTS);
  });

  it('from week 53 (seniority 52): stat 20 % = 2,840.60, kommune 80 % = 11,362.40', () => {
    const v = moveOneMonth(52, 0);
    expect(v.statRefusion).toBeCloseTo(2_840.6, CENTS);
    expect(v.kommuneBenefit).toBeCloseTo(11_362.4, CENTS);
  });

  it('averages a month that straddles two steps over the 52/12 weeks it covers', () => {
    // Seniority 24: weeks [24, 28⅓) = 2 weeks at 40 % + 2⅓ weeks at 30 % → (0.8 + 0.7) / (13/3) = 4.5/13.
    const v = moveOneMonth(24, 0);
    expect(v.statRefusion).toBeCloseTo(BENEFIT * 4.5 / 13, CENTS); // 4,916.42…
    expect(v.kommuneBenefit).toBeCloseTo(BENEFIT * 8.5 / 13, CENTS);
  });

  it('lets seniority grow with the participant month: month 6 starts at week 26, month 12 at week 52', () => {
    // 6 × 52/12 = 26 → 30 %; 12 × 52/12 = 52 → 20 %.
    expect(moveOneMonth(0, 6).statRefusion).toBeCloseTo(4_260.9, CENTS);
    expect(moveOneMonth(0, 12).statRefusion).toBeCloseTo(2_840.6, CENTS);
    // Month 1 covers weeks [4⅓, 8⅔): all at 40 %.
    expect(moveOneMonth(0, 1).statRefusion).toBeCloseTo(5_681.2, CENTS);
  });

  it('books the taxes on the wage gained and on the benefit lost to each taxing ledger', () => {
    const v = moveOneMonth(4, 0);
    expect(v.kommuneTax).toBeCloseTo(KOMMUNE_TAX, CENTS); // 6,250 − 3,550.75
    expect(v.statTax).toBeCloseTo(STAT_TAX, CENTS); // 3,000 − 1,704.36
  });

  it('keeps the total at 18,197.89 at every seniority', () => {
    for (const weeks of [0, 4, 24, 26, 52, 100]) expect(moveOneMonth(weeks, 0).total).toBeCloseTo(TOTAL, CENTS);
  });

  it('uses the settings\' refusionRule instead (refusion_passiv_30: a flat 30 %), changing the split but not the total', () => {
    const v = moveOneMonth(0, 0, { refusionRule: 'refusion_passiv_30' });
    // 0.3 × 14,203 = 4,260.90 at seniority 0, where the staircase would give 10/13.
    expect(v.statRefusion).toBeCloseTo(4_260.9, CENTS);
    expect(v.kommuneBenefit).toBeCloseTo(9_942.1, CENTS);
    expect(v.total).toBeCloseTo(TOTAL, CENTS);
  });

  it('scales by Δ and the cohort count', () => {
    const o = outcome({ treated: 0.5, counterfactual: 0.25, durationMonths: 1, value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } });
    const p = project(scenario([group({ cohorts: [{ count: 8, startMonth: 0 }], outcomes: [o] })]), dkModel());
    // 8 × (0.5 − 0.25) = 2 persons moved for one month: 2 × 18,197.89 = 36,395.78.
    expect(p.total.annual[0]).toBeCloseTo(2 * TOTAL, CENTS);
  });

  it('refuses an unknown support state with the field path', () => {
    const o = outcome({ value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'lotto' } });
    const errors = errorsOf(scenario([group({ outcomes: [o] })]), dkModel());
    expect(errors[0]!.path).toBe('targetGroups[0].interventions[0].outcomes[0].value.to');
    expect(errors[0]!.message).toContain("unknown support state 'lotto'");
  });
});

describe('derived value: dagpenge with the kommune\'s co-financing staircase (docs/financing-rules.md §3)', () => {
  // Dagpenge 17,633 kr./md. paid by the stat; the kommune carries the co-financing share.
  const model = dkModel({
    states: {
      dagpenge: {
        label: 'Dagpenge',
        components: [{ type: 'benefit', label: 'Dagpenge', monthly: 17_633, payer: 'stat', category: 'benefits',
          refusion: 'dagpenge_medfinansiering', refundLedger: 'kommune', taxable: false }],
      },
      selvforsoergende: { label: 'Selvforsørgende', components: [] },
    },
  });

  it('in weeks 5–26 the kommune saves 60 % = 10,579.80 and the stat 40 % = 7,053.20', () => {
    const v = moveOneMonth(4, 0, {}, model, 'dagpenge', 'selvforsoergende');
    expect(v.kommune).toBeCloseTo(10_579.8, CENTS);
    expect(v.stat).toBeCloseTo(7_053.2, CENTS);
    expect(v.total).toBeCloseTo(17_633, CENTS);
  });

  it('from week 53 the kommune saves 80 % = 14,106.40 and the stat 20 % = 3,526.60', () => {
    const v = moveOneMonth(60, 0, {}, model, 'dagpenge', 'selvforsoergende');
    expect(v.kommune).toBeCloseTo(14_106.4, CENTS);
    expect(v.stat).toBeCloseTo(3_526.6, CENTS);
  });
});

describe('refundShareInMonth', () => {
  const staircase: RefusionRule = {
    type: 'staircase', label: '2016',
    steps: [{ fromWeek: 1, share: 0.8 }, { fromWeek: 5, share: 0.4 }, { fromWeek: 27, share: 0.3 }, { fromWeek: 53, share: 0.2 }],
  };

  it('averages the steps over the month\'s weeks', () => {
    expect(refundShareInMonth(staircase, 0, 0)).toBeCloseTo(10 / 13, 12);
    expect(refundShareInMonth(staircase, 24, 0)).toBeCloseTo(4.5 / 13, 12);
    // Seniority 50, month 0: weeks [50, 52) at 30 % and [52, 54⅓) at 20 % → (0.6 + 0.4667) / (13/3) = 3.2/13.
    expect(refundShareInMonth(staircase, 50, 0)).toBeCloseTo(3.2 / 13, 12);
    expect(refundShareInMonth(staircase, 0, 100)).toBeCloseTo(0.2, 12);
  });

  it('gives a flat rule\'s share in every month', () => {
    expect(refundShareInMonth({ type: 'flat', label: '50 %', share: 0.5 }, 30, 7)).toBe(0.5);
  });

  it('fills a horizon of months with the same shares, bit for bit, in order or not', () => {
    const shuffled: RefusionRule = { ...staircase, steps: [staircase.steps[2]!, staircase.steps[0]!, staircase.steps[3]!, staircase.steps[1]!] };
    for (const rule of [staircase, shuffled]) {
      for (const seniority of [0, 3, 24, 50, 52, 1000]) {
        const out = new Float64Array(480);
        refundSharesInto(rule, seniority, out);
        out.forEach((share, k) => expect(Object.is(share, refundShareInMonth(rule, seniority, k))).toBe(true));
      }
    }
  });
});

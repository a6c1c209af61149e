/**
 * fast-check arbitraries for random valid scenarios: several target groups and cohorts (some
 * starting after the horizon), every cost basis, refunds, outcomes with ramp, decay and lock-in,
 * direct and derived values, parameters used in expressions, every discount preset and timing.
 * All scenarios compute against core + dk-minimal.
 */
import fc from 'fast-check';
import type {
  Booking, CostItem, Decay, LockIn, Outcome, OutcomeValue, Scenario, TargetGroup,
} from '../../src/engine';

export const CATALOGUE = { id: 'dk-minimal', version: '0.1.0' };

const BOOKINGS: Booking[] = [
  { ledger: 'kommune' }, { ledger: 'kommune', department: 'beskaeftigelse' }, { ledger: 'kommune', department: 'social' },
  { ledger: 'region' }, { ledger: 'region', department: 'psykiatri' }, { ledger: 'stat' }, { ledger: 'stat', department: 'overfoersler' },
];
const GAIN_CATEGORIES = ['benefits', 'taxes', 'health', 'social', 'crime', 'education', 'unspecified', 'production', 'tax-feedback'];
const COST_CATEGORIES = ['intervention', 'social', 'health'];
const STATES = ['kontanthjaelp_forsoerger', 'kontanthjaelp_ikke_forsoerger', 'sygedagpenge', 'ordinaer_beskaeftigelse'];
export const BASES = ['perParticipantPerYear', 'perParticipantPerMonth', 'perParticipantOnce', 'fixedPerYear', 'fixedOnce'] as const;
/** Expressions a cost amount may be; the reference computation in support.ts knows each of them. */
export const COST_EXPRESSIONS = ['p_cost', 'p_cost / 2', 'max(p_cost, 1000)'] as const;

const booking = fc.constantFrom(...BOOKINGS);
const percent = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function costArb(months: number): fc.Arbitrary<CostItem> {
  return fc.record({
    label: fc.constant('Udgift'),
    amount: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom<string>(...COST_EXPRESSIONS)),
    basis: fc.constantFrom(...BASES),
    payer: booking,
    category: fc.constantFrom(...COST_CATEGORIES),
    startMonth: opt(fc.integer({ min: 0, max: months + 6 })),
    durationMonths: opt(fc.integer({ min: 0, max: months })),
    refund: opt(fc.tuple(booking, fc.oneof(percent, fc.constant<string>('p_share'))).map(([b, share]) => ({ ...b, share }))),
  });
}

function decayArb(months: number): fc.Arbitrary<Decay | undefined> {
  return opt(fc.oneof(
    fc.constant<Decay>({ type: 'none' }),
    percent.map((ratePerYear): Decay => ({ type: 'exponential', ratePerYear })),
    opt(fc.integer({ min: 0, max: months })).map((monthsToZero): Decay => ({ type: 'linear', monthsToZero })),
  ));
}

const valueArb: fc.Arbitrary<OutcomeValue> = fc.oneof(
  fc.array(
    fc.tuple(booking, fc.constantFrom(...GAIN_CATEGORIES), fc.integer({ min: -50_000, max: 150_000 }))
      .map(([b, category, amount]) => ({ ...b, category, amount })),
    { minLength: 1, maxLength: 3 },
  ).map((perPersonYear): OutcomeValue => ({ type: 'direct', perPersonYear })),
  fc.tuple(fc.constantFrom(...STATES), fc.constantFrom(...STATES)).map(([from, to]): OutcomeValue => ({ type: 'derived', from, to })),
);

function outcomeArb(months: number): fc.Arbitrary<Outcome> {
  const lockIn: fc.Arbitrary<LockIn | undefined> = opt(fc.record({
    share: fc.integer({ min: -100, max: 100 }).map((x) => x / 100),
    startMonth: opt(fc.integer({ min: 0, max: 12 })),
    durationMonths: fc.integer({ min: 0, max: 18 }),
  }));
  return fc.record({
    label: fc.constant('Effekt'),
    state: fc.constant('job'),
    treated: fc.oneof(percent, fc.constant<string>('p_treated')),
    counterfactual: percent,
    startMonth: fc.integer({ min: 0, max: months }),
    rampMonths: opt(fc.integer({ min: 0, max: 12 })),
    durationMonths: fc.integer({ min: 0, max: months }),
    decay: decayArb(months),
    lockIn,
    value: valueArb,
  });
}

function groupArb(months: number, index: number): fc.Arbitrary<TargetGroup> {
  return fc.record({
    id: fc.constant(`g${index}`),
    label: fc.constant(`Gruppe ${index}`),
    startingSeniorityWeeks: opt(fc.integer({ min: 0, max: 80 })),
    cohorts: fc.array(
      fc.record({ count: fc.integer({ min: 0, max: 10 }), startMonth: fc.integer({ min: 0, max: months + 12 }) }),
      { maxLength: 3 },
    ),
    interventions: fc.array(
      fc.record({ costs: fc.array(costArb(months), { maxLength: 3 }), outcomes: fc.array(outcomeArb(months), { maxLength: 2 }) }),
      { minLength: 1, maxLength: 2 },
    ).map((ivs) => ivs.map((iv, i) => ({ id: `iv${i}`, label: `Indsats ${i}`, ...iv }))),
  });
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 6 }).chain((horizonYears) => {
  const months = horizonYears * 12;
  return fc.record({
    perspective: fc.constantFrom('budget', 'budget', 'fiscal', 'welfare'),
    discount: fc.constantFrom<Scenario['settings']['discount']>(
      { preset: 'none' }, { preset: 'fm-2021' }, { preset: 'fm-2013' }, { preset: 'flat-5' },
      { bands: [{ fromYear: 1, rate: 0.06 }, { fromYear: 3, rate: 0.02 }] },
    ),
    discountTiming: fc.constantFrom('start' as const, 'mid' as const, 'end' as const),
    pCost: fc.integer({ min: 0, max: 50_000 }),
    pShare: percent,
    pTreated: percent,
    groups: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => groupArb(months, i)))),
  }).map(({ perspective, discount, discountTiming, pCost, pShare, pTreated, groups }): Scenario => ({
    title: 'Tilfældigt scenarie',
    catalogue: CATALOGUE,
    settings: { horizonYears, perspective, discount, discountTiming },
    parameters: {
      p_cost: { value: pCost }, p_share: { value: 'p_half * 2', min: 0, max: 1 }, p_half: { value: pShare / 2 },
      p_treated: { value: pTreated },
    },
    targetGroups: groups,
  }));
});

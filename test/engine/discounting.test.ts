/**
 * Discounting (docs/semantics.md "Discounting"; docs/financing-rules.md §6): rate bands applied stepwise, and three
 * timings. start: year y × Π_{j<y} 1/(1+r_j); end: × Π_{j≤y}; mid: start factor × 1/√(1+r_y).
 */
import { describe, expect, it } from 'vitest';
import { closeTo } from '../matchers';
import { discountFactors } from '../../src/engine';
import { coreModel, errorsOf, group, outcome, project, scenario } from './helpers';
import type { DiscountBand } from '../../src/engine';

const PRECISION = 12; // decimals: factors are products of a few dozen terms
const presetBands = (id: string): DiscountBand[] => coreModel().discountPresets.find((p) => p.id === id)!.bands;

describe('discount presets', () => {
  it('none: every factor is 1', () => {
    expect(discountFactors(presetBands('none'), 5, 'end')).toEqual([1, 1, 1, 1, 1]);
  });

  it('fm-2021 with start timing: 1, 1/1.035, 1/1.035²', () => {
    const f = discountFactors(presetBands('fm-2021'), 3, 'start');
    expect(f[0]).toBe(1);
    expect(f[1]).toBeCloseTo(1 / 1.035, PRECISION);
    expect(f[2]).toBeCloseTo(1 / 1.035 ** 2, PRECISION);
  });

  it('fm-2021 changes band at year 36 and 71', () => {
    const start = discountFactors(presetBands('fm-2021'), 72, 'start');
    // Year 36 (start) is discounted over years 1–35, all at 3.5 %.
    expect(start[35]).toBeCloseTo(1.035 ** -35, PRECISION);
    // Year 37 over years 1–36: 35 years at 3.5 % and year 36 at 2.5 %.
    expect(start[36]).toBeCloseTo(1.035 ** -35 * 1.025 ** -1, PRECISION);
    // Year 72 over 1–71: 35 × 3.5 %, 35 × 2.5 % (36–70), 1 × 1.5 % (71).
    expect(start[71]).toBeCloseTo(1.035 ** -35 * 1.025 ** -35 * 1.015 ** -1, PRECISION);
    const end = discountFactors(presetBands('fm-2021'), 36, 'end');
    // End of year 36 includes year 36's own 2.5 %.
    expect(end[35]).toBeCloseTo(1.035 ** -35 * 1.025 ** -1, PRECISION);
  });

  it('fm-2013: 4 % then 3 % from year 36', () => {
    const f = discountFactors(presetBands('fm-2013'), 37, 'start');
    expect(f[1]).toBeCloseTo(1 / 1.04, PRECISION);
    expect(f[36]).toBeCloseTo(1.04 ** -35 * 1.03 ** -1, PRECISION);
  });

  it('flat-5: 5 % in every year', () => {
    const f = discountFactors(presetBands('flat-5'), 80, 'end');
    expect(f[0]).toBeCloseTo(1 / 1.05, PRECISION);
    expect(f[79]).toBeCloseTo(1.05 ** -80, PRECISION);
  });
});

describe('timing conventions', () => {
  const bands = presetBands('fm-2021');

  it('end: year y is discounted over y years', () => {
    const f = discountFactors(bands, 3, 'end');
    expect(f).toEqual([1 / 1.035, 1 / 1.035 / 1.035, 1 / 1.035 / 1.035 / 1.035].map((v) => closeTo(v, PRECISION)));
  });

  it('mid: the start factor times 1/√(1 + r_y)', () => {
    const f = discountFactors(bands, 37, 'mid');
    expect(f[0]).toBeCloseTo(1 / Math.sqrt(1.035), PRECISION);
    expect(f[2]).toBeCloseTo(1.035 ** -2 / Math.sqrt(1.035), PRECISION);
    // Year 36 is in the 2.5 % band: 1.035^−35 × 1/√1.025.
    expect(f[35]).toBeCloseTo(1.035 ** -35 / Math.sqrt(1.025), PRECISION);
  });
});

describe('custom bands', () => {
  it('applies each band from its first year, in any order given', () => {
    const s = scenario([group({ outcomes: [outcome()] })], {
      horizonYears: 4, discount: { bands: [{ fromYear: 3, rate: 0 }, { fromYear: 1, rate: 0.1 }] },
    });
    const p = project(s);
    // Years 1–2 at 10 %, then 0 %: start factors 1, 1/1.1, 1/1.21, 1/1.21.
    expect(p.discount.factors).toEqual([1, 1 / 1.1, 1 / 1.21, 1 / 1.21].map((v) => closeTo(v, PRECISION)));
    // 1,200 a year to the stat: NPV = 1,200 × (1 + 1/1.1 + 2/1.21) = 1,200 × 3.5619835 = 4,274.38.
    expect(p.total.npv).toBeCloseTo(1_200 * (1 + 1 / 1.1 + 2 / 1.21), 6);
    expect(p.total.discounted[1]).toBeCloseTo(1_200 / 1.1, 6);
  });

  it('refuses bands that do not start in year 1', () => {
    const s = scenario([group()], { discount: { bands: [{ fromYear: 2, rate: 0.03 }] } });
    expect(errorsOf(s)).toEqual([{ path: 'settings.discount.bands', message: 'the first band must start in year 1' }]);
  });

  it('refuses an unknown preset with the field path', () => {
    expect(errorsOf(scenario([group()], { discount: { preset: 'fm-1999' } }))[0]!.path).toBe('settings.discount.preset');
  });
});

describe('discounted results', () => {
  it('discounts each year\'s net and sums them into the NPV (flat-5, end timing)', () => {
    const s = scenario([group({ outcomes: [outcome()] })], { horizonYears: 3, discount: { preset: 'flat-5' }, discountTiming: 'end' });
    const p = project(s);
    // 1,200 a year: NPV = 1,200/1.05 + 1,200/1.05² + 1,200/1.05³ = 1,142.857 + 1,088.435 + 1,036.605 = 3,267.897.
    expect(p.total.npv).toBeCloseTo(1_200 / 1.05 + 1_200 / 1.05 ** 2 + 1_200 / 1.05 ** 3, 6);
    expect(p.total.cumulativeDiscounted[1]).toBeCloseTo(1_200 / 1.05 + 1_200 / 1.05 ** 2, 6);
    expect(p.discount.timing).toBe('end');
    expect(p.discount.preset?.label).toBe('5 % (før maj 2013)');
  });
});

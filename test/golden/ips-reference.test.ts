/**
 * The published reference case: every cell of Ekspertgruppen (2015) Tabel 6.4 (CEBR's IPS example),
 * cumulative per participant, undiscounted, rounded half away from zero to whole kroner; the payback
 * times and BCRs of docs/reference-case-ips.md §5; and the optional discounted check at 3.5 %.
 * The expected figures are copied from the source, not from the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { perParticipant, runScenario } from '../../src/engine';
import { roundKroner } from '../../src/format/numbers';
import { parseScenarioText } from '../../src/io/load-scenario';

const TABLE_6_4: Record<string, number[]> = {
  kommune: [-55_000, -65_143, -30_429, 4_285, 38_999, 73_712, 91_069],
  region: [0, 1_535, 4_605, 7_674, 10_744, 13_814, 15_349],
  stat: [0, 9_499, 28_498, 47_496, 66_495, 85_493, 94_992],
  total: [-55_000, -54_109, 2_673, 59_455, 116_237, 173_019, 201_410],
};

function load() {
  const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
}

function project(discount?: { preset: string }, timing?: 'start' | 'end') {
  const { scenario, model } = load();
  const settings = { ...scenario.settings, ...(discount ? { discount } : {}), ...(timing ? { discountTiming: timing } : {}) };
  const run = runScenario({ ...scenario, settings }, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return run.value;
}

describe('IPS reference case (Tabel 6.4)', () => {
  const projection = project();
  const series = (ledger: string) => perParticipant(ledger === 'total' ? projection.total : projection.ledgers[ledger]!, projection.participants);

  for (const [ledger, cells] of Object.entries(TABLE_6_4)) {
    it(`reproduces every ${ledger} cell, years 1–7, cumulative per participant`, () => {
      expect(series(ledger).cumulative.map(roundKroner)).toEqual(cells);
    });
  }

  it('computes Netto from unrounded values (Y3 is 2,673 although the rounded cells sum to 2,674)', () => {
    const rounded = ['kommune', 'region', 'stat'].reduce((s, l) => s + roundKroner(series(l).cumulative[2]!), 0);
    expect(rounded).toBe(2_674);
    expect(roundKroner(series('total').cumulative[2]!)).toBe(2_673);
  });

  it('pays back after 2.953 years in total and 3.877 years for the kommune; region and stat are never negative', () => {
    expect(projection.total.paybackYears).toBeCloseTo(1.5 + 82_500 / 56_782.07, 3);
    expect(projection.total.paybackYears!.toFixed(3)).toBe('2.953');
    expect(projection.ledgers.kommune!.paybackYears!.toFixed(3)).toBe('3.877');
    expect(projection.ledgers.region!.paybackYears).toBe(0);
    expect(projection.ledgers.stat!.paybackYears).toBe(0);
  });

  it('has the undiscounted benefit–cost ratios 2.10 (kommune) and 3.44 (total)', () => {
    expect(projection.ledgers.kommune!.bcr!.toFixed(2)).toBe('2.10');
    expect(projection.total.bcr!.toFixed(2)).toBe('3.44');
    expect(projection.ledgers.region!.bcr).toBeNull();
    expect(roundKroner(projection.total.totalCosts)).toBe(82_500);
  });

  it('books all costs to the kommune and nothing to region or stat in year 1', () => {
    expect(series('region').annual[0]).toBe(0);
    expect(series('stat').annual[0]).toBe(0);
  });

  it('gives the NPVs of §5 at 3.5 % with year 1 as the base year, and ≈164,704 with end-of-year timing', () => {
    const start = project({ preset: 'fm-2021' }, 'start');
    expect(Math.round(start.ledgers.kommune!.npv)).toBeCloseTo(72_515, -1);
    expect(Math.round(start.ledgers.region!.npv)).toBeCloseTo(13_626, -1);
    expect(Math.round(start.ledgers.stat!.npv)).toBeCloseTo(84_329, -1);
    expect(Math.round(start.total.npv)).toBeCloseTo(170_469, -1);
    const end = project({ preset: 'fm-2021' }, 'end');
    expect(Math.round(end.total.npv)).toBeCloseTo(164_704, -1);
  });
});

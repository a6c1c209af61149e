/**
 * Migration: the flat v0 sketch of docs/reference-case-ips.md §6 (fixtures/ips-sketch-v0.json) is lifted
 * to v1 and computes the same cumulative figures as the shipped scenarios/ips-inklusion.json.
 */
import { describe, expect, it } from 'vitest';
import { perParticipant } from '../../src/engine';
import { roundKroner } from '../../src/format/numbers';
import { loadAndRun } from '../../src/io/load-scenario';
import { IPS_TEXT, SKETCH_V0_TEXT } from './helpers';

/** The two files compute the same flows in the same order; allow for nothing but rounding noise. */
const SAME_FIGURE_TOLERANCE_DKK = 1e-6;

/** Tabel 6.4, cumulative per participant (copied from the source, docs/reference-case-ips.md §2). */
const TABLE_6_4: Record<string, number[]> = {
  kommune: [-55_000, -65_143, -30_429, 4_285, 38_999, 73_712, 91_069],
  region: [0, 1_535, 4_605, 7_674, 10_744, 13_814, 15_349],
  stat: [0, 9_499, 28_498, 47_496, 66_495, 85_493, 94_992],
  total: [-55_000, -54_109, 2_673, 59_455, 116_237, 173_019, 201_410],
};

function loaded(text: string) {
  const r = loadAndRun(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('the v0 sketch', () => {
  const v0 = loaded(SKETCH_V0_TEXT);
  const v1 = loaded(IPS_TEXT);

  it('is recognised as version 0 and lifted to a v1 scenario', () => {
    expect(v0.migratedFrom).toBe(0);
    expect(v0.scenario.kind).toBe('afkast.scenario');
    expect(v0.scenario.schemaVersion).toBe(1);
    expect(v0.scenario.settings).toEqual({ horizonYears: 7, perspective: 'budget', discount: { preset: 'none' }, discountTiming: 'start' });
    const iv = v0.scenario.targetGroups[0]!.interventions[0]!;
    expect(iv.costs[0]).toMatchObject({ payer: { ledger: 'kommune' }, category: 'intervention', amount: 55_000, durationMonths: 18 });
    expect(iv.outcomes[0]!.value).toEqual({
      type: 'direct', perPersonYear: [
        { ledger: 'kommune', category: 'unspecified', amount: 100_619.91 },
        { ledger: 'region', category: 'unspecified', amount: 8_897.83 },
        { ledger: 'stat', category: 'unspecified', amount: 55_068 },
      ],
    });
  });

  it('reproduces the cumulative figures of scenarios/ips-inklusion.json for every ledger and year', () => {
    for (const ledger of ['kommune', 'region', 'stat', 'total']) {
      const a = ledger === 'total' ? v0.projection.total : v0.projection.ledgers[ledger]!;
      const b = ledger === 'total' ? v1.projection.total : v1.projection.ledgers[ledger]!;
      expect(a.cumulative).toHaveLength(7);
      a.cumulative.forEach((v, y) => expect(Math.abs(v - b.cumulative[y]!)).toBeLessThan(SAME_FIGURE_TOLERANCE_DKK));
      expect(a.paybackYears).toBe(b.paybackYears);
    }
  });

  it('reproduces Tabel 6.4 itself, rounded to whole kroner', () => {
    for (const [ledger, cells] of Object.entries(TABLE_6_4)) {
      const series = ledger === 'total' ? v0.projection.total : v0.projection.ledgers[ledger]!;
      expect(perParticipant(series, v0.projection.participants).cumulative.map(roundKroner)).toEqual(cells);
    }
  });
});

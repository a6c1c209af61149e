/**
 * The follow-up as one plain model (app, CLI and printed report): the worked example
 * scenarios/opfoelgning-mentor.json (hand calculation in test/golden/opfoelgning-mentor.test.ts).
 * Forecast years −480.000, −120.000, 720.000, 720.000 → cumulative −480.000, −600.000, 120.000,
 * 840.000; re-projection −400.000, −406.400, 364.800, 364.800 → −400.000, −806.400, −441.600, −76.800.
 * Outside the stated range: cost year 1 (400.000 < 432.000), cost year 2 (560.000 > 528.000) and the
 * job share at 18 months (0,33 < 0,35); not the share at 12 months (0,35, on the bound) nor the
 * participant counts (a plain number states no range): 3 of 6.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/io/load-scenario';
import { followUpReport } from '../../src/io/follow-up';
import { closeTo, stringContaining } from '../matchers';

const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/opfoelgning-mentor.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('example does not load');
const { scenario, model } = loaded.value;

function view() {
  const r = followUpReport(scenario, model);
  if (!r?.ok) throw new Error(JSON.stringify(r));
  return r.value.view;
}

describe('follow-up view', () => {
  it('per ledger: key figures and the cumulative net of forecast and re-projection, with the catalogue label', () => {
    const v = view();
    expect(v.ledgers.map((l) => l.id)).toEqual(['kommune', 'total']);
    expect(v.ledgers[0]!.label).toBe(model.ledgers.find((l) => l.id === 'kommune')!.label);
    const total = v.ledgers.at(-1)!;
    expect(total.forecastCumulative).toEqual([-480000, -600000, 120000, 840000].map((x) => closeTo(x, 6)));
    expect(total.reprojectedCumulative).toEqual([-400000, -806400, -441600, -76800].map((x) => closeTo(x, 6)));
    expect(total).toMatchObject({ forecastPayback: closeTo(2 + 10 / 12, 9), reprojectedPayback: null });
  });

  it('each realised figure with its label, date and source, flagged outside the stated range', () => {
    const v = view();
    expect(v.deviations.map((d) => [d.kind, d.at, d.outside])).toEqual([
      ['participants', null, false], ['participants', null, false],
      ['cost', 1, true], ['cost', 2, true], ['outcome', 12, false], ['outcome', 18, true],
    ]);
    expect(v.outside).toBe(3);
    expect(v.deviations[2]).toMatchObject({ label: stringContaining('Mentor'), date: '2025-12-31', source: 'EXAMPLE: regnskab 2025' });
    expect(v.outcomes).toHaveLength(1);
    expect(v.outcomes[0]!.points.map((p) => [p.at, p.realised])).toEqual([[12, 0.35], [18, 0.33]]);
    expect(v.basis).toMatchObject({ date: '2025-01-15', intact: true });
  });
});

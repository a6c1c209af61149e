/**
 * scenarios/opfoelgning-mentor.json: forecast and re-projection worked out by hand.
 *
 * Forecast: 2 cohorts of 20 (months 0 and 12); mentor 24.000 kr. a participant in the first 12 months;
 * job Δ = 0,40 − 0,25 = 0,15 from participant month 12 for 36 months, worth 120.000 kr. a person-year
 * (10.000 a month) → 1.500 kr. a participant-month. Years (kr.): −480.000; −480.000 + 360.000;
 * 360.000 + 360.000; 720.000 → cumulative 840.000 (21.000 per participant). From month 24 the net is
 * +60.000 a month on −600.000: payback 2 + 10/12 = 2,833 years.
 *
 * Realised: 16 and 22 participants; paid 400.000 (year 1) and 560.000 (year 2) against the forecast
 * for the realised counts 384.000 and 528.000; job share 0,33 at 18 months (latest) → Δ = 0,08,
 * 800 kr. a participant-month. Years: −400.000; −560.000 + 16 × 800 × 12 = −406.400;
 * 153.600 + 22 × 800 × 12 = 364.800; 364.800 → cumulative −76.800; not paid back within 4 years.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeTo } from '../matchers';
import { parseScenarioText } from '../../src/io/load-scenario';
import { followUpReport } from '../../src/io/follow-up';

const text = readFileSync(new URL('../../scenarios/opfoelgning-mentor.json', import.meta.url), 'utf8');

function report() {
  const loaded = parseScenarioText(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const r = followUpReport(loaded.value.scenario, loaded.value.model);
  if (!r || !r.ok) throw new Error(JSON.stringify(r));
  return r.value;
}

describe('opfoelgning-mentor (golden, by hand)', () => {
  it('the forecast as decided', () => {
    const { forecast } = report();
    expect(forecast.total.annual).toEqual([-480000, -120000, 720000, 720000].map((v) => closeTo(v, 6)));
    expect(forecast.total.npv).toBeCloseTo(840000, 6);
    expect(forecast.total.paybackYears).toBeCloseTo(2 + 10 / 12, 9);
  });

  it('the re-projection with two years of realised figures', () => {
    const { reprojected, ledgers } = report();
    expect(reprojected.total.annual).toEqual([-400000, -406400, 364800, 364800].map((v) => closeTo(v, 6)));
    expect(reprojected.total.npv).toBeCloseTo(-76800, 6);
    expect(reprojected.total.paybackYears).toBeNull();
    expect(reprojected.participants).toBe(38);
    expect(ledgers.find((l) => l.ledger === 'total')).toMatchObject({ forecastNpv: closeTo(840000, 6), reprojectedNpv: closeTo(-76800, 6) });
  });

  it('forecast vs realised, flagged outside the stated ranges', () => {
    const { deviations, basis } = report();
    const cost1 = deviations.find((d) => d.kind === 'cost' && d.at === 1)!;
    // Forecast 480.000 for 20 participants; the stated range of the price (21.600–26.400) × 20 = 432.000–528.000.
    expect(cost1).toMatchObject({ forecast: closeTo(480000, 6), realised: 400000, outside: true });
    expect(cost1.range!.min).toBeCloseTo(432000, 6);
    const cost2 = deviations.find((d) => d.kind === 'cost' && d.at === 2)!;
    expect(cost2).toMatchObject({ realised: 560000, outside: true });
    const job18 = deviations.find((d) => d.kind === 'outcome' && d.at === 18)!;
    expect(job18).toMatchObject({ forecast: closeTo(0.4, 9), realised: 0.33, outside: true, range: { min: 0.35, max: 0.45 } });
    expect(basis).toMatchObject({ date: '2025-01-15', intact: true });
  });
});

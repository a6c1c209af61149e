/**
 * Golden results for scenarios/gevinst-pr-person-i-job.json, run through the command line
 * (`tsx src/cli/main.ts <file> --json`) as a user runs it. Every expected figure is worked out by
 * hand below from the scenario's inputs and the dk catalogue's data; nothing here imports the engine.
 *
 * Inputs:
 *   DSK (2018) annual gain to the public finances (taxes plus saved transfers; issue 8 item 4) per person in work, price year 2017 (inferred), re-priced to 2015 by
 *   the dk pl index (2015 = 100, 2017 = 104), factor 100/104:
 *     langtidsledig 348,000 → 334,615.38;  psykisk sårbar 360,000 → 346,153.85;
 *     fysisk handicap 392,000 → 376,923.08; kommunikationshandicap 401,000 → 385,576.92;
 *     flygtning 405,000 → 389,423.08;       sum 1,906,000 → 1,832,692.31 kr./year.
 *   10 participants per group, all in month 0; Δ = (0.10 + 0.15) − 0.10 = 0.15 → 1.5 person-years in
 *   work per year of effect per group; effect in months 6–29: 6 months in year 1, 12 in year 2, 6 in year 3.
 *   Cost 8,000 kr./md. in months 0–5 per participant, kommune/beskæftigelse: 50 × 48,000 = 2,400,000 in year 1.
 *   Fiscal perspective, booked to the ledger offentlig (the public sector, unsplit) in category unspecified: DSK gives
 *   no split between kommune, region and stat, and the gain already contains taxes and benefits.
 *   Discounting fm-2021 (3.5 %), year 1 the base year: factors 1, 1/1.035, 1/1.035².
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { close, closeAll, scenarioFile, simulateJson, writeTemp } from './golden-support';

const FILE = scenarioFile('gevinst-pr-person-i-job.json');

const REPRICE = 100 / 104;
const GAINS: Record<string, number> = {
  langtidsledige: 348_000 * REPRICE,
  'psykisk-saarbare': 360_000 * REPRICE,
  'fysisk-handicap': 392_000 * REPRICE,
  kommunikationshandicap: 401_000 * REPRICE,
  flygtninge: 405_000 * REPRICE,
};
const SUM_GAINS = 1_906_000 * REPRICE; // 1,832,692.31
const YEAR_SHARE = [0.5, 1, 0.5]; // years of effect in years 1–3
const COST = 50 * 8_000 * 6; // 2,400,000

interface Figures { annual: number[]; cumulative: number[]; npv: number; paybackYears: number | null; byCategory: Record<string, number[]> }
interface Results {
  ledgers: Record<string, Figures>; total: Figures; perspective: { id: string };
  welfare?: { netTaxFactor: number; distortionFactor: number; sourceYear: number | null; assessed: boolean; statement: string };
}





/** The scenario with only one target group, in a temp file. */
function onlyGroup(id: string): string {
  const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as { targetGroups: { id: string }[] };
  scenario.targetGroups = scenario.targetGroups.filter((g) => g.id === id);
  return writeTemp(`${id}.json`, JSON.stringify(scenario));
}

const runs: Record<string, Results> = {};
const results = (name: string): Results => runs[name]!;

beforeAll(() => {
  runs.main = simulateJson<Results>(FILE);
  runs.welfare = simulateJson<Results>(FILE, '--perspective', 'welfare');
  for (const id of Object.keys(GAINS)) runs[id] = simulateJson<Results>(onlyGroup(id));
});

describe('the public-finance gain per person in work (DSK 2018), fiscal perspective', () => {
  // Offentlig (unspecified): 1.5 × 1,832,692.31 × (0.5, 1, 0.5) = 1,374,519.23; 2,749,038.46; 1,374,519.23.
  const samfund = YEAR_SHARE.map((s) => 1.5 * SUM_GAINS * s);
  const total = samfund.map((v, i) => v - (i === 0 ? COST : 0)); // −1,025,480.77; 2,749,038.46; 1,374,519.23

  it('books every gain to the unsplit public-sector ledger, and nothing to kommune, region or stat (no split is published)', () => {
    const r = results('main');
    expect(r.perspective.id).toBe('fiscal');
    closeAll(r.ledgers.offentlig!.annual, samfund);
    closeAll(r.ledgers.offentlig!.byCategory.unspecified!, samfund);
    closeAll(r.ledgers.samfund!.annual, [0, 0, 0]);
    closeAll(r.ledgers.kommune!.annual, [-COST, 0, 0]);
    closeAll(r.ledgers.region!.annual, [0, 0, 0]);
    closeAll(r.ledgers.stat!.annual, [0, 0, 0]);
  });

  it('gives a public-finance total of −1,025,481, 1,723,558 and 3,098,077 kr. cumulative in years 1–3', () => {
    // 5,498,076.92 of gains − 2,400,000 of costs = 3,098,076.92 at the horizon.
    closeAll(results('main').total.cumulative, [total[0]!, total[0]! + total[1]!, total[0]! + total[1]! + total[2]!]);
  });

  it('gives an NPV of 2,913,723 kr. at 3.5 % with year 1 as the base year', () => {
    // −1,025,480.77 + 2,749,038.46/1.035 + 1,374,519.23/1.035² = −1,025,480.77 + 2,656,075.81 + 1,283,127.95
    const r = results('main');
    close(r.total.npv, total[0]! + total[1]! / 1.035 + total[2]! / 1.035 ** 2);
    close(r.ledgers.offentlig!.npv, samfund[0]! + samfund[1]! / 1.035 + samfund[2]! / 1.035 ** 2); // 5,313,722.99
  });

  it('pays back after 1.373 years in total; the kommune, which only pays, never does', () => {
    // Monthly: −400,000 in months 0–5; from month 6 +1.5 × 1,832,692.31 / 12 = 229,086.54.
    // Cumulative after month 15: −2,400,000 + 10 × 229,086.54 = −109,134.62 → (16 + 109,134.62/229,086.54)/12.
    const g = (1.5 * SUM_GAINS) / 12;
    const r = results('main');
    close(r.total.paybackYears, (16 + (COST - 10 * g) / g) / 12);
    expect(r.ledgers.kommune!.paybackYears).toBeNull();
    expect(r.ledgers.offentlig!.paybackYears).toBe(0);
  });

  for (const [id, gain] of Object.entries(GAINS)) {
    it(`values a person in work in the group ${id} at ${Math.round(gain)} kr. a year (2015-pl)`, () => {
      // 1.5 person-years in work per year of effect; the group's cost is 10 × 48,000 = 480,000.
      const r = results(id);
      closeAll(r.ledgers.offentlig!.annual, YEAR_SHARE.map((s) => 1.5 * gain * s));
      closeAll(r.ledgers.kommune!.annual, [-COST / 5, 0, 0]);
    });
  }
});

describe('the same scenario in the welfare perspective', () => {
  it('leaves the public-finance gains out (transfers are neutral there), so only the cost remains, at market prices: 2,400,000 × NAF 1.28 = 3,072,000 kr.', () => {
    const r = results('welfare');
    closeAll(r.ledgers.offentlig!.annual, [0, 0, 0]);
    closeAll(r.total.annual, [-COST * 1.28, 0, 0]);
    expect(r.total.paybackYears).toBeNull();
  });

  it('says the view is not assessed: every value is direct, so no wage is valued', () => {
    expect(results('welfare').welfare).toMatchObject({ netTaxFactor: 1.28, distortionFactor: 1, sourceYear: 2023, assessed: false });
  });
});

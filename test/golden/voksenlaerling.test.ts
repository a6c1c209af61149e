/**
 * Golden results for scenarios/voksenlaerling.json (70 % vs 58 % in work after one year), run through the
 * command line with --json as a user would. Every expected figure is worked out by hand in the comments,
 * not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0):
 *   kontanthjælp, ikke-forsørger 30+: 10,689 kr/md. at 2014 level, re-priced to 2015 by the pl index
 *   (2014 = 98, 2015 = 100): B = 10,689 × 100/98 = 10,907.142857 kr/md.;
 *   løn W = 25,000 kr/md. (2015, EXAMPLE; factor 1); kommuneskat 25 %, statsskat 12 % (EXAMPLES).
 * Subsidy (EXAMPLE): 40,000 kr/år (2015) = 3,333.33 kr/md. in participant months 0–23 = 80,000 kr per person,
 *   all on the kommune (no refund).
 * Seniority 52 weeks → the state refunds 20 % of kontanthjælp in every month (docs/financing-rules.md §1).
 * u(kontanthjælp) per month: kommune −0.8B + 0.25B = −0.55B = −5,998.928571; stat −0.2B + 0.12B = −0.08B = −872.571429.
 * u(job): kommune 0.25 × 25,000 = 6,250; stat 0.12 × 25,000 = 3,000.
 * Moved person per month: kommune 6,250 + 5,998.928571 = 12,248.928571; stat 3,000 + 872.571429 = 3,872.571429.
 * Δ = 0.70 − 0.58 = 0.12 in participant months 12–71 → per participant-month kommune 1,469.871429, stat 464.708571.
 * Cohorts of 20 in months 0, 12, 24 (2027, 2028, 2029); horizon 8 years (2027–2034).
 *   Effect person-months per year: 240 × [0, 1, 2, 3, 3, 3, 2, 1]; per cohort-year kommune 240 × 1,469.871429 = 352,769.143,
 *   stat 240 × 464.708571 = 111,530.057.
 *   Subsidy per year: 800,000 × [1, 2, 2, 1, 0, 0, 0, 0] (each cohort pays in its first two years).
 */
import { describe, expect, it } from 'vitest';
import { expectKroner, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('voksenlaerling.json');
/** Each run of the command line starts tsx (about a second, more on a loaded machine). */
const CLI_TIMEOUT_MS = 60_000;



const result = simulateJson(FILE);

describe('voksenlærling for unskilled adults on kontanthjælp', () => {
  it('labels the eight years 2027–2034 and counts 60 participants', () => {
    expect(result.years.map((y: { calendarYear: number }) => y.calendarYear)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(result.participants).toBe(60);
  });

  it('gives the kommune −800,000 kr. in 2027, −2,047,231 kr. by 2028 and −2,941,693 kr. by 2029, and a surplus from 2033', () => {
    // Annual: y1 −800,000; y2 −1,600,000 + 352,769.143 = −1,247,230.857; y3 −1,600,000 + 705,538.286 = −894,461.714;
    //   y4 −800,000 + 1,058,307.429 = 258,307.429; y5, y6 1,058,307.429; y7 705,538.286; y8 352,769.143.
    expectKroner(result.ledgers.kommune.cumulative,
      [-800_000, -2_047_230.857, -2_941_692.571, -2_683_385.143, -1_625_077.714, -566_770.286, 138_768.000, 491_537.143]);
  });

  it('gives the state only gains: saved refusion and state tax, 111,530 kr. per cohort-year in effect', () => {
    // Cumulative 111,530.057 × [0, 1, 3, 6, 9, 12, 14, 15].
    expectKroner(result.ledgers.stat.cumulative,
      [0, 111_530.057, 334_590.171, 669_180.343, 1_003_770.514, 1_338_360.686, 1_561_420.800, 1_672_950.857]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('has a total cumulative net of −1,935,701 kr. by 2028 and −2,607,102 kr. by 2029', () => {
    // kommune + stat: −800,000 + 0; −2,047,230.857 + 111,530.057 = −1,935,700.8; −2,941,692.571 + 334,590.171 = −2,607,102.4; …
    expectKroner(result.total.cumulative,
      [-800_000, -1_935_700.8, -2_607_102.4, -2_014_204.8, -621_307.2, 771_590.4, 1_700_188.8, 2_164_488.0]);
    // Per participant: ÷ 60, e.g. 2,164,488 / 60 = 36,074.80 after eight years.
    expectKroner([result.total.perParticipant.cumulative[7]], [36_074.8]);
  });

  it('pays back after 5.446 years in total and 6.803 years for the kommune; the state is never behind', () => {
    // Total: after 2031 the cumulative is −621,307.2; in 2032 all three cohorts are in effect,
    //   60 × (1,469.871429 + 464.708571) = 116,074.8 a month → (60 + 621,307.2 / 116,074.8) / 12 = 5.446054.
    expect(result.total.paybackYears).toBeCloseTo((60 + 621_307.2 / 116_074.8) / 12, 6);
    // Kommune: after 2032 the cumulative is −566,770.286; in 2033 the 2028 and 2029 cohorts are in effect,
    //   40 × 1,469.871429 = 58,794.857 a month → (72 + 566,770.286 / 58,794.857) / 12 = 6.803316.
    expect(result.ledgers.kommune.paybackYears).toBeCloseTo((72 + 566_770.2857 / 58_794.8571) / 12, 6);
    expect(result.ledgers.stat.paybackYears).toBe(0);
  });

  it('has an NPV at 3.5 % of 1,517,666 kr. in total, of which the kommune gets only 57,484 kr.', () => {
    // Total annual −800,000, −1,135,700.8, −671,401.6, 592,897.6, 1,392,897.6 (×2), 928,598.4, 464,299.2;
    //   ÷ 1.035^(y−1): −800,000 − 1,097,295.46 − 626,760.58 + 534,759.67 + 1,213,829.79 + 1,172,782.40 + 755,415.40 + 364,934.97
    //   = 1,517,666.19.
    expect(result.total.npv).toBeCloseTo(1_517_666.191, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(57_484.399, 2);
    // Stat: the region books nothing, so total − kommune = 1,517,666.19 − 57,484.40 = 1,460,181.79.
    expect(result.ledgers.stat.npv).toBeCloseTo(1_460_181.791, 2);
  });

  it('splits the saved kontanthjælp 80/20 between the kommune and the state in 2030', () => {
    // Year 4: 720 person-months × 0.12 = 86.4 moved person-months.
    //   kommune benefits 86.4 × 0.8 × 10,907.142857 = 753,901.714; stat overførsler 86.4 × 0.2 × 10,907.142857 = 188,475.429.
    expectKroner([result.ledgers.kommune.byCategory.benefits[3]], [753_901.714]);
    expectKroner([result.departments['stat/overfoersler'].annual[3]], [188_475.429]);
    // The subsidy: two cohorts in 2028 → −1,600,000 on the kommune's employment department.
    expectKroner([result.departments['kommune/beskaeftigelse'].byCategory.intervention[1]], [-1_600_000]);
  });

  it('breaks even in total at +9.0 percentage points and for the kommune at +11.9', () => {
    // NPV(Δ) = −PV(subsidy) + Δ × v × PV(person-months), linear in Δ:
    //   PV(subsidy) = 800,000 × (1 + 2/1.035 + 2/1.035² + 1/1.035³) = 4,561,065.00;
    //   PV(person-months) = 240/1.035 + 480/1.035² + 720/1.035³ + 720/1.035⁴ + 720/1.035⁵ + 480/1.035⁶ + 240/1.035⁷ = 3,142.1452;
    //   total: v = 12,248.928571 + 3,872.571429 = 16,121.5 → Δ* = 4,561,065.00 / (16,121.5 × 3,142.1452) = 0.0900398;
    //   kommune: v = 12,248.928571 → Δ* = 0.1185064.
    const total = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'total');
    expect(total.value).toBeCloseTo(0.0900398, 6);
    const kommune = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'kommune');
    expect(kommune.value).toBeCloseTo(0.1185064, 6);
  }, CLI_TIMEOUT_MS);
});

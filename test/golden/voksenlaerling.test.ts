/**
 * Golden results for scenarios/voksenlaerling.json (70 % vs 58 % in work after one year), run through the
 * command line with --json as a user would. Every expected figure is worked out by hand in the comments,
 * not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0):
 *   kontanthjælp, ikke-forsørger 30+: 10,689 kr/md. at 2014 level, re-priced to 2015 by the pl index
 *   (2014 = 98, 2015 = 100): B = 10,689 × 100/98 = 10,907.142857 kr/md.;
 *   løn W = 25,000 kr/md. (2015, EXAMPLE; factor 1); 2015 taxes by income kind (models/dk/taxes.json, cited there):
 *   kommuneskat 24.9 %; to the stat bundskat 8.08 % and sundhedsbidrag 4 %, and on wages only AM-bidrag 8 %, with the
 *   beskæftigelsesfradrag 8.05 % (max 26,800 kr/yr) off the base of kommuneskat and sundhedsbidrag.
 *   Tax on a benefit b: kommune 0.249b | stat 0.1208b. On W: AM-bidrag 2,000, fradrag min(2,012.5, 2,233.33) = 2,012.5,
 *   kommuneskat 0.249 × 20,987.5 = 5,225.8875 | stat 2,000 + 0.04 × 20,987.5 + 0.0808 × 23,000 = 4,697.9.
 * Subsidy (EXAMPLE): 40,000 kr/år (2015) = 3,333.33 kr/md. in participant months 0–23 = 80,000 kr per person,
 *   all on the kommune (no refund).
 * Seniority 52 weeks → the state refunds 20 % of kontanthjælp in every month (docs/financing-rules.md §1).
 * u(kontanthjælp) per month: kommune −0.8B + 0.249B = −0.551B = −6,009.835714; stat −0.2B + 0.1208B = −0.0792B = −863.845714.
 * u(job): kommune 5,225.8875; stat 4,697.9.
 * Moved person per month: kommune 5,225.8875 + 6,009.835714 = 11,235.723214; stat 4,697.9 + 863.845714 = 5,561.745714.
 * Δ = 0.70 − 0.58 = 0.12 in participant months 12–71 → per participant-month kommune 1,348.286786, stat 667.409486.
 * Cohorts of 20 in months 0, 12, 24 (2027, 2028, 2029); horizon 8 years (2027–2034).
 *   Effect person-months per year: 240 × [0, 1, 2, 3, 3, 3, 2, 1]; per cohort-year kommune 240 × 1,348.286786 = 323,588.829,
 *   stat 240 × 667.409486 = 160,178.277.
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

  it('gives the kommune −800,000 kr. in 2027, −2,076,411 kr. by 2028 and −3,029,234 kr. by 2029, and a surplus only in 2034', () => {
    // Annual: y1 −800,000; y2 −1,600,000 + 323,588.829 = −1,276,411.171; y3 −1,600,000 + 647,177.657 = −952,822.343;
    //   y4 −800,000 + 970,766.486 = 170,766.486; y5, y6 970,766.486; y7 647,177.657; y8 323,588.829.
    expectKroner(result.ledgers.kommune.cumulative,
      [-800_000, -2_076_411.171, -3_029_233.514, -2_858_467.029, -1_887_700.543, -916_934.057, -269_756.400, 53_832.429]);
  });

  it('gives the state only gains: saved refusion and state taxes, 160,178 kr. per cohort-year in effect', () => {
    // Cumulative 160,178.277 × [0, 1, 3, 6, 9, 12, 14, 15].
    expectKroner(result.ledgers.stat.cumulative,
      [0, 160_178.277, 480_534.830, 961_069.659, 1_441_604.489, 1_922_139.319, 2_242_495.872, 2_402_674.149]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('has a total cumulative net of −1,916,233 kr. by 2028 and −2,548,699 kr. by 2029', () => {
    // kommune + stat: −800,000 + 0; −2,076,411.171 + 160,178.277 = −1,916,232.895; −3,029,233.514 + 480,534.830 = −2,548,698.685; …
    expectKroner(result.total.cumulative,
      [-800_000, -1_916_232.895, -2_548_698.685, -1_897_397.369, -446_096.054, 1_005_205.262, 1_972_739.472, 2_456_506.577]);
    // Per participant: ÷ 60, e.g. 2,456,506.577 / 60 = 40,941.78 after eight years.
    expectKroner([result.total.perParticipant.cumulative[7]], [40_941.776]);
  });

  it('pays back after 5.307 years in total and 7.834 years for the kommune; the state is never behind', () => {
    // Total: after 2031 the cumulative is −446,096.054; in 2032 all three cohorts are in effect,
    //   60 × (1,348.286786 + 667.409486) = 120,941.776 a month → (60 + 446,096.054 / 120,941.776) / 12 = 5.307377.
    expect(result.total.paybackYears).toBeCloseTo((60 + 446_096.0537 / 120_941.7763) / 12, 6);
    // Kommune: after 2033 the cumulative is −269,756.4; in 2034 only the 2029 cohort is in effect,
    //   20 × 1,348.286786 = 26,965.736 a month → (84 + 269,756.4 / 26,965.736) / 12 = 7.833636.
    expect(result.ledgers.kommune.paybackYears).toBeCloseTo((84 + 269_756.4 / 26_965.73571) / 12, 6);
    expect(result.ledgers.stat.paybackYears).toBe(0);
  });

  it('has an NPV at 3.5 % of 1,772,545 kr. in total, while the kommune loses 324,552 kr.', () => {
    // Total annual −800,000, −1,116,232.895, −632,465.790, 651,301.315, 1,451,301.315 (×2), 967,534.210, 483,767.105;
    //   ÷ 1.035^(y−1): −800,000 − 1,078,485.89 − 590,413.58 + 587,436.47 + 1,264,725.25 + 1,221,956.76 + 787,089.70 + 380,236.57
    //   = 1,772,545.29.
    // Kommune: Σ of its annual nets above ÷ 1.035^(y−1) = −324,552.20; stat = total − kommune = 2,097,097.49.
    expect(result.total.npv).toBeCloseTo(1_772_545.291, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(-324_552.199, 2);
    expect(result.ledgers.stat.npv).toBeCloseTo(2_097_097.489, 2);
  });

  it('splits the saved kontanthjælp 80/20 between the kommune and the state in 2030', () => {
    // Year 4: 720 person-months × 0.12 = 86.4 moved person-months.
    //   kommune benefits 86.4 × 0.8 × 10,907.142857 = 753,901.714; stat overførsler 86.4 × 0.2 × 10,907.142857 = 188,475.429.
    expectKroner([result.ledgers.kommune.byCategory.benefits[3]], [753_901.714]);
    expectKroner([result.departments['stat/overfoersler'].annual[3]], [188_475.429]);
    // The subsidy: two cohorts in 2028 → −1,600,000 on the kommune's employment department.
    expectKroner([result.departments['kommune/beskaeftigelse'].byCategory.intervention[1]], [-1_600_000]);
  });

  it('breaks even in total at +8.6 percentage points and for the kommune at +12.9', () => {
    // NPV(Δ) = −PV(subsidy) + Δ × v × PV(person-months), linear in Δ:
    //   PV(subsidy) = 800,000 × (1 + 2/1.035 + 2/1.035² + 1/1.035³) = 4,561,065.00;
    //   PV(person-months) = 240/1.035 + 480/1.035² + 720/1.035³ + 720/1.035⁴ + 720/1.035⁵ + 480/1.035⁶ + 240/1.035⁷ = 3,142.1452;
    //   total: v = 11,235.723214 + 5,561.745714 = 16,797.468929 → Δ* = 4,561,065.00 / (16,797.468929 × 3,142.1452) = 0.0864164;
    //   kommune: v = 11,235.723214 → Δ* = 0.1291930.
    const total = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'total');
    expect(total.value).toBeCloseTo(0.0864164, 6);
    const kommune = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'kommune');
    expect(kommune.value).toBeCloseTo(0.1291930, 6);
  }, CLI_TIMEOUT_MS);
});

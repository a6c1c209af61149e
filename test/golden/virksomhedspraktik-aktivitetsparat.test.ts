/**
 * Golden results for scenarios/virksomhedspraktik-aktivitetsparat.json, run through the command line with
 * --json as a user would: the 2016 refusion staircase (two seniority groups), the old flat 30 % regime
 * via settings.refusionRule, and the break-even direct cost. Every expected figure is worked out by hand
 * in the comments, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0):
 *   kontanthjælp, ikke-forsørger 30+: 10,689 kr/md. (2014) × pl 100/98 = B = 10,907.142857 kr/md. (2015);
 *   the average active effort for aktivitetsparate (25,000 kr/år) is in the state kontanthjaelp_aktivitetsparat_ikke_forsoerger
 *   times aktiv_indsats_sparet_andel = 0 (the catalogue's marginal-saving choice, issue 8 item 4): no saving is booked;
 *   løn 25,000 kr/md. (2015, EXAMPLE); 2015 taxes by income kind (models/dk/taxes.json, cited there): on the wage
 *   kommuneskat 5,225.8875 | AM-bidrag + sundhedsbidrag + bundskat 4,697.9 (worked out in
 *   test/golden/mentor-uddannelseshjaelp.test.ts); on a benefit b kommuneskat 0.249b | 0.1208b.
 *   Direct cost of the praktik: 0 kr.
 * Moved person per month at state refusion share r:
 *   kommune 5,225.8875 + (1 − r)B − 0.249B = 5,225.8875 + (0.751 − r)B;
 *   stat 4,697.9 + rB − 0.1208B = 4,697.9 + (r − 0.1208)B;  total 9,923.7875 + 0.6302B = 16,797.468929, whatever r is.
 * Effect Δ = 0.08 − 0.05 = 0.03 (EXAMPLE) in participant months 1–12 (after a one-month praktik).
 * Group A, 90 a cohort, seniority 52 weeks → r = 0.2 in every month:
 *   per participant-month kommune 0.03 × (5,225.8875 + 0.551B) = 337.071696; stat 0.03 × (4,697.9 + 0.0792B) = 166.852371.
 * Group B, 10 a cohort, seniority 20 weeks; month k covers weeks 20 + 4.333k … 20 + 4.333(k+1) (52/12 weeks a month):
 *   k = 1: weeks 24.33–28.67 → (1.667 × 0.4 + 2.667 × 0.3) / 4.333 = 22/65 = 0.338462;
 *   k = 2…6: weeks 28.67–50.33 → 0.3;  k = 7: weeks 50.33–54.67 → (1.667 × 0.3 + 2.667 × 0.2) / 4.333 = 31/130 = 0.238462;
 *   k = 8…12: 0.2.  Σ r over k = 1…11 = 2.876923; over k = 1…12 = 3.076923.
 * Cohorts start in months 0, 12, 24: months k = 1…11 fall in the start year, k = 12 in the next.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { expectKroner, scenarioFile, simulateJson, writeTemp } from './golden-support';

const FILE = scenarioFile('virksomhedspraktik-aktivitetsparat.json');
/** Each run of the command line starts tsx (about a second, more on a loaded machine). */
const CLI_TIMEOUT_MS = 60_000;



/** The same scenario with every benefit's refusion replaced by `rule` (the caveat's settings.refusionRule). */
function withRefusionRule(rule: string): string {
  const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as ScenarioFile;
  scenario.settings.refusionRule = rule;
  return writeTemp('praktik-gammel-refusion.json', JSON.stringify(scenario));
}

const result = simulateJson(FILE);

describe('virksomhedspraktik for aktivitetsparate on kontanthjælp', () => {
  it('counts 300 participants (90 + 10 a year for three years)', () => {
    expect(result.participants).toBe(300);
  });

  it('gains 503.924 kr. per participant-month in total: 554,316 kr. in year 1 and 1,814,127 kr. over four years', () => {
    // 0.03 × 16,797.468929 = 503.924068 per participant-month; person-months 100 × [11, 12, 12, 1].
    //   Annual 554,316.475, 604,708.881, 604,708.881, 50,392.407.
    expectKroner(result.total.cumulative, [554_316.475, 1_159_025.356, 1_763_734.237, 1_814_126.644]);
    // No discounting (preset none): NPV = the four-year sum.
    expectKroner([result.total.npv], [1_814_126.644]);
    expectKroner([result.total.perParticipant.cumulative[3]], [1_814_126.644 / 300]);
  });

  it('gives the state 185,753 kr. in year 1, with group B’s refusion stepping down the staircase', () => {
    // Year 1: A 90 × 11 × 166.852371 = 165,183.848;
    //   B 10 × 0.03 × Σ_{k=1…11} (4,697.9 + (r_k − 0.1208)B) = 0.3 × (51,676.9 + (2.876923 − 1.3288) × 10,907.142857)
    //   = 20,568.750; = 185,752.598.
    // Year 2 (and 3): A 90 × 12 × 166.852371 = 180,200.561; B 0.3 × (56,374.8 + (3.076923 − 1.4496)B) = 22,237.274;
    //   = 202,437.835.
    // Year 4: 100 × 166.852371 = 16,685.237 (every cohort's month 12 has r = 0.2).
    expectKroner(result.ledgers.stat.cumulative, [185_752.598, 388_190.432, 590_628.267, 607_313.504]);
  });

  it('gives the kommune the rest: 368,564 kr. in year 1 and 1,206,813 kr. over four years', () => {
    // Kommune = total − stat: 554,316.475 − 185,752.598 = 368,563.877; 604,708.881 − 202,437.835 = 402,271.047 (years 2, 3);
    //   50,392.407 − 16,685.237 = 33,707.170.
    expectKroner(result.ledgers.kommune.cumulative, [368_563.877, 770_834.924, 1_173_105.970, 1_206_813.140]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0]);
  });

  it('is never behind for any ledger: payback 0', () => {
    expect(result.ledgers.kommune.paybackYears).toBe(0);
    expect(result.ledgers.stat.paybackYears).toBe(0);
    expect(result.total.paybackYears).toBe(0);
  });

  it('books 74,202 kr. of saved refusion to the state in year 1, group B at the falling staircase rates', () => {
    // Stat overførsler, year 1: A 90 × 11 × 0.03 × 0.2 × B = 64,788.429; B 10 × 0.03 × B × Σ_{k=1…11} r_k
    //   = 0.3 × 10,907.142857 × 2.876923 = 9,413.703; = 74,202.132.
    // Kommune benefits, year 1: A 90 × 11 × 0.03 × 0.8 × B = 259,153.714; B 0.3 × B × (11 − 2.876923) = 26,579.868; = 285,733.582.
    expectKroner([result.departments['stat/overfoersler'].annual[0]], [74_202.132]);
    expectKroner([result.ledgers.kommune.byCategory.benefits[0]], [285_733.582]);
    // The average active effort is not booked as saved (aktiv_indsats_sparet_andel = 0, the marginal choice) …
    expectKroner([result.ledgers.kommune.byCategory.intervention?.[0] ?? 0], [0]);
  });

  it('under the old flat 30 % refusion gives the kommune 111,152 kr. less and the state as much more; the total is unchanged', () => {
    // r = 0.3 for everyone: kommune 0.03 × (5,225.8875 + 0.451B) = 304.350268, stat 0.03 × (4,697.9 + 0.1792B) = 199.5738
    //   per participant-month; 3,600 participant-months → kommune 1,095,660.964, stat 718,465.68, total 1,814,126.644.
    //   The difference 1,206,813.140 − 1,095,660.964 = 111,152.176 is the refusion alone: unchanged by the tax rates.
    const old = simulateJson(withRefusionRule('refusion_passiv_30'));
    expectKroner([old.ledgers.kommune.cumulative[3]], [1_095_660.964]);
    expectKroner([old.ledgers.stat.cumulative[3]], [718_465.680]);
    expectKroner([old.total.cumulative[3]], [1_814_126.644]);
    expectKroner([result.ledgers.kommune.cumulative[3]! - old.ledgers.kommune.cumulative[3]!], [111_152.176]);
  }, CLI_TIMEOUT_MS);

  it('would still pay back for the kommune at a direct cost of up to 8,045.42 kr. per participant (half refunded)', () => {
    // Kommune: −0.5 × X × 300 + 1,206,813.140 = 0 → X = 1,206,813.140 / 150 = 8,045.421.
    const solved = simulateJson(FILE, '--solve', 'praktik_udgift_pr_deltager', '--target', 'kommune');
    expect(solved.found).toBe(true);
    expect(solved.value).toBeCloseTo(8_045.4209, 3);
  }, CLI_TIMEOUT_MS);
});

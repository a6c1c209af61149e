/**
 * Golden results for scenarios/virksomhedspraktik-aktivitetsparat.json, run through the command line with
 * --json as a user would: the 2016 refusion staircase (two seniority groups), the old flat 30 % regime
 * via settings.refusionRule, and the break-even direct cost. Every expected figure is worked out by hand
 * in the comments, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0):
 *   kontanthjælp, ikke-forsørger 30+: 10,689 kr/md. (2014) × pl 100/98 = B = 10,907.142857 kr/md. (2015);
 *   average active effort for aktivitetsparate 25,000 kr/år (2015) = 2,083.333 kr/md., a kommune service saved when a
 *   person leaves kontanthjælp (state kontanthjaelp_aktivitetsparat_ikke_forsoerger);
 *   løn 25,000 kr/md. (2015, EXAMPLE); kommuneskat 25 %, statsskat 12 % (EXAMPLES). Direct cost of the praktik: 0 kr.
 * Moved person per month at state refusion share r:
 *   kommune 6,250 + (1 − r)B − 0.25B + 2,083.333 = 8,333.333 + (0.75 − r)B;  stat 3,000 + rB − 0.12B = 3,000 + (r − 0.12)B;
 *   total 11,333.333 + 0.63B = 18,204.833, whatever r is.
 * Effect Δ = 0.08 − 0.05 = 0.03 (EXAMPLE) in participant months 1–12 (after a one-month praktik).
 * Group A, 90 a cohort, seniority 52 weeks → r = 0.2 in every month:
 *   per participant-month kommune 0.03 × (8,333.333 + 0.55B) = 429.967857; stat 0.03 × (3,000 + 0.08B) = 116.177143.
 * Group B, 10 a cohort, seniority 20 weeks; month k covers weeks 20 + 4.333k … 20 + 4.333(k+1) (52/12 weeks a month):
 *   k = 1: weeks 24.33–28.67 → (1.667 × 0.4 + 2.667 × 0.3) / 4.333 = 22/65 = 0.338462;
 *   k = 2…6: weeks 28.67–50.33 → 0.3;  k = 7: weeks 50.33–54.67 → (1.667 × 0.3 + 2.667 × 0.2) / 4.333 = 31/130 = 0.238462;
 *   k = 8…12: 0.2.  Σ r over k = 1…11 = 2.876923; over k = 1…12 = 3.076923.
 * Cohorts start in months 0, 12, 24: months k = 1…11 fall in the start year, k = 12 in the next.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectKroner, scenarioFile, simulateJson, writeTemp } from './golden-support';

const FILE = scenarioFile('virksomhedspraktik-aktivitetsparat.json');
/** Each run of the command line starts tsx (about a second, more on a loaded machine). */
const CLI_TIMEOUT_MS = 60_000;



/** The same scenario with every benefit's refusion replaced by `rule` (the caveat's settings.refusionRule). */
function withRefusionRule(rule: string): string {
  const scenario = JSON.parse(readFileSync(FILE, 'utf8'));
  scenario.settings.refusionRule = rule;
  return writeTemp('praktik-gammel-refusion.json', JSON.stringify(scenario));
}

const result = simulateJson(FILE);

describe('virksomhedspraktik for aktivitetsparate on kontanthjælp', () => {
  it('counts 300 participants (90 + 10 a year for three years)', () => {
    expect(result.participants).toBe(300);
  });

  it('gains 546.145 kr. per participant-month in total: 600,760 kr. in year 1 and 1,966,122 kr. over four years', () => {
    // 0.03 × 18,204.833 = 546.145 per participant-month; person-months 100 × [11, 12, 12, 1].
    //   Annual 600,759.5, 655,374, 655,374, 54,614.5.
    expectKroner(result.total.cumulative, [600_759.5, 1_256_133.5, 1_911_507.5, 1_966_122]);
    // No discounting (preset none): NPV = the four-year sum.
    expectKroner([result.total.npv], [1_966_122]);
    expectKroner([result.total.perParticipant.cumulative[3]], [1_966_122 / 300]);
  });

  it('gives the state 130,010 kr. in year 1, with group B’s refusion stepping down the staircase', () => {
    // Year 1: A 90 × 11 × 116.177143 = 115,015.371;
    //   B 10 × 0.03 × Σ_{k=1…11} (3,000 + (r_k − 0.12)B) = 0.3 × (33,000 + (2.876923 − 1.32) × 10,907.142857) = 14,994.475;
    //   = 130,009.846.
    // Year 2 (and 3): A 90 × 12 × 116.177143 = 125,471.314; B 0.3 × (36,000 + (3.076923 − 1.44)B) = 16,156.246; = 141,627.560.
    // Year 4: 100 × 116.177143 = 11,617.714 (every cohort's month 12 has r = 0.2).
    expectKroner(result.ledgers.stat.cumulative, [130_009.846, 271_637.407, 413_264.967, 424_882.681]);
  });

  it('gives the kommune the rest: 470,750 kr. in year 1 and 1,541,239 kr. over four years', () => {
    // Kommune = total − stat: 600,759.5 − 130,009.846 = 470,749.654; 655,374 − 141,627.560 = 513,746.440 (years 2, 3);
    //   54,614.5 − 11,617.714 = 42,996.786.
    expectKroner(result.ledgers.kommune.cumulative, [470_749.654, 984_496.093, 1_498_242.533, 1_541_239.319]);
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
    // The saved active effort: 0.03 × 2,083.333 × 100 × 11 = 68,750.
    expectKroner([result.ledgers.kommune.byCategory.intervention[0]], [68_750]);
  });

  it('under the old flat 30 % refusion gives the kommune 111,152 kr. less and the state as much more; the total is unchanged', () => {
    // r = 0.3 for everyone: kommune 0.03 × (8,333.333 + 0.45B) = 397.246429, stat 0.03 × (3,000 + 0.18B) = 148.898571
    //   per participant-month; 3,600 participant-months → kommune 1,430,087.143, stat 536,034.857, total 1,966,122.
    const old = simulateJson(withRefusionRule('refusion_passiv_30'));
    expectKroner([old.ledgers.kommune.cumulative[3]], [1_430_087.143]);
    expectKroner([old.ledgers.stat.cumulative[3]], [536_034.857]);
    expectKroner([old.total.cumulative[3]], [1_966_122]);
    expectKroner([result.ledgers.kommune.cumulative[3]! - old.ledgers.kommune.cumulative[3]!], [111_152.176]);
  }, CLI_TIMEOUT_MS);

  it('would still pay back for the kommune at a direct cost of up to 10,274.93 kr. per participant (half refunded)', () => {
    // Kommune: −0.5 × X × 300 + 1,541,239.319 = 0 → X = 1,541,239.319 / 150 = 10,274.929.
    const solved = simulateJson(FILE, '--solve', 'praktik_udgift_pr_deltager', '--target', 'kommune');
    expect(solved.found).toBe(true);
    expect(solved.value).toBeCloseTo(10_274.9288, 3);
  }, CLI_TIMEOUT_MS);
});

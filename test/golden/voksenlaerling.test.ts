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
 * Δ = 0.70 − 0.58 = 0.12, measured one year after COMPLETION of the apprenticeship (issue 8 item 4), so it is counted
 *   from completion, month 24 (the two-year subsidy period), for 60 months: participant months 24–83
 *   → per participant-month kommune 1,348.286786, stat 667.409486.
 * Cohorts of 20 in months 0, 12, 24 (2027, 2028, 2029); horizon 8 years (2027–2034).
 *   Effect person-months per year: 240 × [0, 0, 1, 2, 3, 3, 3, 2]; per cohort-year kommune 240 × 1,348.286786 = 323,588.829,
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

  it('counts the effect from completion: nothing in 2027–2028, the first cohort from 2029', () => {
    expectKroner(result.ledgers.stat.annual.slice(0, 3), [0, 0, 160_178.277]);
  });

  it('gives the kommune −800,000 kr. in 2027, −2,400,000 kr. by 2028 and −3,676,411 kr. by 2029, and no payback by 2034', () => {
    // Annual: y1 −800,000; y2 −1,600,000; y3 −1,600,000 + 323,588.829 = −1,276,411.171; y4 −800,000 + 647,177.657 = −152,822.343;
    //   y5, y6, y7 970,766.486; y8 647,177.657.
    expectKroner(result.ledgers.kommune.cumulative,
      [-800_000, -2_400_000, -3_676_411.171, -3_829_233.514, -2_858_467.029, -1_887_700.543, -916_934.057, -269_756.400]);
  });

  it('gives the state only gains: saved refusion and state taxes, 160,178 kr. per cohort-year in effect', () => {
    // Cumulative 160,178.277 × [0, 0, 1, 3, 6, 9, 12, 14].
    expectKroner(result.ledgers.stat.cumulative,
      [0, 0, 160_178.277, 480_534.830, 961_069.659, 1_441_604.489, 1_922_139.319, 2_242_495.872]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('has a total cumulative net of −2,400,000 kr. by 2028 and −3,516,233 kr. by 2029', () => {
    // kommune + stat: −800,000; −2,400,000; −3,676,411.171 + 160,178.277 = −3,516,232.895; −3,829,233.514 + 480,534.830 = −3,348,698.685; …
    expectKroner(result.total.cumulative,
      [-800_000, -2_400_000, -3_516_232.895, -3_348_698.685, -1_897_397.369, -446_096.054, 1_005_205.262, 1_972_739.472]);
    // Per participant: ÷ 60, e.g. 1,972,739.472 / 60 = 32,878.99 after eight years.
    expectKroner([result.total.perParticipant.cumulative[7]], [32_878.991]);
  });

  it('pays back after 6.307 years in total, never for the kommune within the horizon; the state is never behind', () => {
    // Total: after 2032 the cumulative is −446,096.054; in 2033 all three cohorts are in effect,
    //   60 × (1,348.286786 + 667.409486) = 120,941.776 a month → (72 + 446,096.054 / 120,941.776) / 12 = 6.307377.
    expect(result.total.paybackYears).toBeCloseTo((72 + 446_096.0537 / 120_941.7763) / 12, 6);
    // Kommune: still −269,756.4 after 2034.
    expect(result.ledgers.kommune.paybackYears).toBeNull();
    expect(result.ledgers.stat.paybackYears).toBe(0);
  });

  it('has an NPV at 3.5 % of 1,190,987 kr. in total, while the kommune loses 713,553 kr.', () => {
    // Total annual −800,000, −1,600,000, −1,116,232.895, 167,534.210, 1,451,301.315 (×3), 967,534.210;
    //   ÷ 1.035^(y−1): −800,000 − 1,545,893.72 − 1,042,015.35 + 151,106.26 + 1,264,725.25 + 1,221,956.76 + 1,180,634.56 + 760,473.14
    //   = 1,190,986.90.
    // Kommune: −800,000 − 1,545,893.72 − 1,191,543.49 − 137,837.00 + 845,966.91 + 817,359.33 + 789,719.16 + 508,675.79 = −713,553.01.
    expect(result.total.npv).toBeCloseTo(1_190_986.902, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(-713_553.013, 2);
    expect(result.ledgers.stat.npv).toBeCloseTo(1_904_539.915, 2);
  });

  it('splits the saved kontanthjælp 80/20 between the kommune and the state in 2030', () => {
    // Year 4: 480 effect person-months × 0.12 = 57.6 moved person-months.
    //   kommune benefits 57.6 × 0.8 × 10,907.142857 = 502,601.143; stat overførsler 57.6 × 0.2 × 10,907.142857 = 125,650.286.
    expectKroner([result.ledgers.kommune.byCategory.benefits[3]], [502_601.143]);
    expectKroner([result.departments['stat/overfoersler'].annual[3]], [125_650.286]);
    // The subsidy: two cohorts in 2028 → −1,600,000 on the kommune's employment department.
    expectKroner([result.departments['kommune/beskaeftigelse'].byCategory.intervention[1]], [-1_600_000]);
  });

  it('has a welfare NPV of 10,957,940 kr.: the production value only, the subsidy being a transfer to the firm', () => {
    // Welfare view (Finansministeriet 2023: NAF 1.28, SFF 1). Benefits and taxes are transfers and count 0.
    //   Production value per effect participant-month: Δ 0.12 × W 25,000 × NAF 1.28 = 3,840 kr.;
    //   undiscounted 3,840 × 240 × 14 = 12,902,400; NPV 3,840 × PV(person-months) 2,853.6303 = 10,957,940.
    // The subsidy is marked welfare: "transfer" (an overførsel from the kommune to the employer): 0 for society,
    //   and its distortion (SFF − 1) × −80,000 per person is 0 at SFF 1.
    //   Before the mark it counted as resource use, −1.28 × PV(subsidy) 4,561,065.00 = −5,838,163.20,
    //   and the welfare NPV was 10,957,940.26 − 5,838,163.20 = 5,119,777.06.
    const welfare = simulateJson(FILE, '--perspective', 'welfare');
    expect(welfare.total.npv).toBeCloseTo(10_957_940.26, 1);
    expect(welfare.total.npv).toBeCloseTo(3_840 * 2_853.6303, -1);
    expectKroner([welfare.total.cumulative[7]], [12_902_400]);
    expectKroner(welfare.total.byCategory.intervention, [0, 0, 0, 0, 0, 0, 0, 0]);
  }, CLI_TIMEOUT_MS);

  it('breaks even in total at +9.5 percentage points and for the kommune at +14.2', () => {
    // NPV(Δ) = −PV(subsidy) + Δ × v × PV(person-months), linear in Δ:
    //   PV(subsidy) = 800,000 × (1 + 2/1.035 + 2/1.035² + 1/1.035³) = 4,561,065.00;
    //   PV(person-months) = 240/1.035² + 480/1.035³ + 720/1.035⁴ + 720/1.035⁵ + 720/1.035⁶ + 480/1.035⁷ = 2,853.6303;
    //   total: v = 11,235.723214 + 5,561.745714 = 16,797.468929 → Δ* = 4,561,065.00 / (16,797.468929 × 2,853.6303) = 0.0951535;
    //   kommune: v = 11,235.723214 → Δ* = 0.1422550.
    const total = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'total');
    expect(total.value).toBeCloseTo(0.0951535, 6);
    const kommune = simulateJson(FILE, '--solve', 'effekt_job', '--target', 'kommune');
    expect(kommune.value).toBeCloseTo(0.1422550, 6);
  }, CLI_TIMEOUT_MS);
});

/**
 * The same case on the current rules (--rules-year 2027; the file keeps rulesYear 2015, see its caveat). The
 * catalogue has no 2027 figures, so the nearest, 2026's, are used (models/dk/taxes.json, cited there):
 *   kommuneskat 25.049 %; bundskat 12.01 %; sundhedsbidrag 0 (from 2019); AM-bidrag 8 %; beskæftigelsesfradrag
 *   12.75 %, at most 63,300 kr/yr in 2026 kroner, re-priced to the case's 2015 prices by the EXAMPLE pl index
 *   (2026 = 122, 2015 = 100): 63,300 × 100/122 = 51,885.25 kr/yr = 4,323.77 kr/md.
 *   Tax on a benefit b: kommune 0.25049b | stat 0.1201b. On W = 25,000: AM-bidrag 2,000, fradrag min(3,187.5, 4,323.77) = 3,187.5,
 *   kommuneskat 0.25049 × (23,000 − 3,187.5) = 0.25049 × 19,812.5 = 4,962.833125 | stat 2,000 + 0.1201 × 23,000 = 4,762.3.
 * Kontanthjælp after the 2025 reform (models/dk/benefits.json, period from 2025-07-01, cited there): the forhøjet sats,
 *   12,064 kr/md. in 2024 kroner, re-priced to 2015 by the EXAMPLE pl index (2024 = 118): B = 12,064 × 100/118 = 10,223.728814.
 * u(kontanthjælp): kommune −0.8B + 0.25049B = −0.54951B = −5,618.041220; stat −0.2B + 0.1201B = −0.0799B = −816.875932.
 * Moved person per month: kommune 4,962.833125 + 5,618.041220 = 10,580.874345; stat 4,762.3 + 816.875932 = 5,579.175932.
 * Per cohort-year in effect (240 person-months × Δ 0.12 = 28.8): kommune 304,729.181, stat 160,680.267.
 * Kommune annual: −800,000; −1,600,000; −1,600,000 + 304,729.181 = −1,295,270.819; −800,000 + 609,458.362 = −190,541.638;
 *   914,187.543 (×3); 609,458.362. Stat: 160,680.267 × [0, 0, 1, 2, 3, 3, 3, 2].
 */
describe('voksenlærling on the current rules (--rules-year 2027)', () => {
  const current = simulateJson<typeof result & { rules: { year: number; periods: Record<string, { validFrom: string }> } }>(FILE, '--rules-year', '2027');

  it('uses the 2026 rates', () => {
    expect(current.rules.year).toBe(2027);
    expect(current.rules.periods.bundskat_sats!.validFrom).toBe('2025-01-01');
    expect(current.rules.periods.beskaeftigelsesfradrag_max_aar!.validFrom).toBe('2026-01-01');
    expect(current.rules.periods.kontanthjaelp_30_ikke_forsoerger_maaned!.validFrom).toBe('2025-07-01');
  });

  it('gives the kommune 304,729 kr. and the stat 160,680 kr. per cohort-year in effect (2015 rules: 323,589 and 160,178)', () => {
    expectKroner(current.ledgers.kommune.cumulative,
      [-800_000, -2_400_000, -3_695_270.819, -3_885_812.457, -2_971_624.913, -2_057_437.370, -1_143_249.826, -533_791.464]);
    expectKroner(current.ledgers.stat.cumulative,
      [0, 0, 160_680.267, 482_040.801, 964_081.601, 1_446_122.402, 1_928_163.202, 2_249_523.736]);
  });
});

/**
 * Golden results for scenarios/mentor-uddannelseshjaelp.json (Boks 5.7 mentor RCT), run through the
 * command line with --json as a user would. Every expected figure is worked out by hand in the
 * comments from the catalogue's inputs, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0, all 2015 level, so the pl re-pricing factor is I(2015)/I(2015) = 100/100 = 1):
 *   uddannelseshjælp B = 6,000 kr/md. (EXAMPLE), SU = 6,000 kr/md. (EXAMPLE), løn W = 25,000 kr/md. (EXAMPLE),
 *   2015 taxes by income kind (models/dk/taxes.json, cited there): kommuneskat 24.9 %; to the stat bundskat 8.08 %,
 *   sundhedsbidrag 4 % and, on wages only, AM-bidrag 8 %, with the beskæftigelsesfradrag 8.05 % (max 26,800 kr/yr)
 *   off the base of kommuneskat and sundhedsbidrag (tilbageløb is fiscal-only and left out of the budget view).
 * Tax per month: on a benefit b, kommune 0.249b | stat (0.0808 + 0.04)b = 0.1208b (no AM-bidrag, no fradrag);
 *   on the wage 25,000: AM-bidrag 2,000; fradrag min(0.0805 × 25,000, 26,800/12) = 2,012.5;
 *   kommuneskat 0.249 × (25,000 − 2,000 − 2,012.5) = 5,225.8875 | stat 2,000 + 0.04 × 20,987.5 + 0.0808 × 23,000
 *   = 2,000 + 839.5 + 1,858.4 = 4,697.9.
 * Mentor: 400 kr/t × 1.5 t/uge × 52/12 uger/md. = 2,600 kr/md. for participant months 0–7 (20,800 kr per person);
 *   driftsrefusion 50 % → kommune −1,300 and stat −1,300 a month.
 * Seniority 26 weeks at start: in participant month k ≥ 7 the month covers weeks from 26 + 7 × 52/12 = 56.3,
 *   all past week 52, so the state refunds 20 % (docs/financing-rules.md §1) throughout the effect (k = 8 … 43).
 * u(state) per month, kommune | stat:
 *   uddannelseshjælp: −0.8 × 6,000 + 0.249 × 6,000 = −3,306 | −0.2 × 6,000 + 0.1208 × 6,000 = −475.2
 *   SU (ordinær uddannelse): +0.249 × 6,000 = 1,494 | −6,000 + 0.1208 × 6,000 = −5,275.2
 *   job: 5,225.8875 | 4,697.9
 * Moved person per month: education 1,494 + 3,306 = 4,800 | −5,275.2 + 475.2 = −4,800 (a pure cost shift; the
 *   taxes on SU and uddannelseshjælp cancel); job 5,225.8875 + 3,306 = 8,531.8875 | 4,697.9 + 475.2 = 5,173.1.
 * Per participant per effect month: kommune 0.04 × 4,800 + 0.02 × 8,531.8875 = 362.63775;
 *   stat 0.04 × (−4,800) + 0.02 × 5,173.1 = −88.538.
 * Cohorts of 100 start in months 0, 12, 24; effect months 8–43, 20–55 and 32–59 (cut at the horizon):
 *   effect person-months per year = 100 × [4, 12+4, 12+12+4, 8+12+12, 8+12] = [400, 1,600, 2,800, 3,200, 2,000].
 * Mentor per cohort-year: 100 × 20,800 = 2,080,000 → kommune −1,040,000, stat −1,040,000 in years 1–3.
 */
import { describe, expect, it } from 'vitest';
import { expectKroner, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('mentor-uddannelseshjaelp.json');
/** Each run of the command line starts tsx (about a second, more on a loaded machine). */
const CLI_TIMEOUT_MS = 60_000;



const result = simulateJson(FILE);

describe('mentor support for young people on uddannelseshjælp (Boks 5.7)', () => {
  it('labels the five years as the budget years 2027–2031 and counts 300 participants', () => {
    expect(result.years.map((y: { calendarYear: number }) => y.calendarYear)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(result.participants).toBe(300);
  });

  it('gives the kommune a cumulative net of −894,945, −1,354,725, −1,379,339, −218,898 and 506,378 kr.', () => {
    // Annual = −1,040,000 (years 1–3) + 362.63775 × person-months:
    //   y1 −1,040,000 + 145,055.1 = −894,944.9; y2 −1,040,000 + 580,220.4 = −459,779.6;
    //   y3 −1,040,000 + 1,015,385.7 = −24,614.3; y4 362.63775 × 3,200 = 1,160,440.8; y5 362.63775 × 2,000 = 725,275.5.
    expectKroner(result.ledgers.kommune.cumulative, [-894_944.9, -1_354_724.5, -1_379_338.8, -218_898, 506_377.5]);
  });

  it('leaves the state with a growing loss: SU costs it more than it saves in refusion and taxes', () => {
    // Annual = −1,040,000 (years 1–3) − 88.538 × person-months:
    //   y1 −1,040,000 − 35,415.2 = −1,075,415.2; y2 −1,181,660.8; y3 −1,287,906.4; y4 −283,321.6; y5 −177,076.
    expectKroner(result.ledgers.stat.cumulative, [-1_075_415.2, -2_257_076, -3_544_982.4, -3_828_304, -4_005_380]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0]);
  });

  it('has a total cumulative net of −1,970,360 kr. after the budget year and −4,924,321 kr. after three years', () => {
    // kommune + stat: −894,944.9 − 1,075,415.2 = −1,970,360.1; −1,354,724.5 − 2,257,076 = −3,611,800.5;
    //   −1,379,338.8 − 3,544,982.4 = −4,924,321.2; −218,898 − 3,828,304 = −4,047,202; 506,377.5 − 4,005,380 = −3,499,002.5.
    expectKroner(result.total.cumulative, [-1_970_360.1, -3_611_800.5, -4_924_321.2, -4_047_202, -3_499_002.5]);
    // Per participant: ÷ 300 → −6,567.87 … −11,663.34.
    expectKroner(result.total.perParticipant.cumulative, [-1_970_360.1 / 300, -3_611_800.5 / 300, -4_924_321.2 / 300, -4_047_202 / 300, -3_499_002.5 / 300]);
    expectKroner([result.ledgers.kommune.perParticipant.cumulative[4]], [506_377.5 / 300]);
  });

  it('pays back for the kommune after 4.252 years, and never for the state or in total', () => {
    // Cumulative after month 47 = −218,898. From month 48 to 55 the 2028 and 2029 cohorts are in effect:
    //   200 × 362.63775 = 72,527.55 kr. a month, so the crossing is 218,898 / 72,527.55 = 3.01814 months later
    //   (within those eight months): (48 + 3.01814) / 12 = 4.25151.
    expect(result.ledgers.kommune.paybackYears).toBeCloseTo((48 + 218_898 / 72_527.55) / 12, 9);
    expect(result.ledgers.stat.paybackYears).toBeNull();
    expect(result.total.paybackYears).toBeNull();
    expect(result.ledgers.region.paybackYears).toBe(0);
  });

  it('discounts at 3.5 % with year 1 as the base year: NPV −3,512,710 kr. in total, 316,533 kr. for the kommune', () => {
    // Total annual −1,970,360.1, −1,641,440.4, −1,312,520.7, 877,119.2, 548,199.5;
    //   NPV = Σ a_y / 1.035^(y−1) = −1,970,360.1 − 1,585,932.75 − 1,225,252.12 + 791,111.26 + 477,724.19 = −3,512,709.51.
    // Kommune: −894,944.9 − 444,231.50 − 22,977.71 + 1,046,651.11 + 632,035.70 = 316,532.70; stat = total − kommune.
    expect(result.total.npv).toBeCloseTo(-3_512_709.514, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(316_532.702, 2);
    expect(result.ledgers.stat.npv).toBeCloseTo(-3_829_242.216, 2);
  });

  it('splits the saved uddannelseshjælp 80/20 between kommune and stat, and books the SU and the driftsrefusion to the state', () => {
    // Year 2 (1,600 effect person-months, 0.06 of them moved off uddannelseshjælp):
    //   kommune benefits: 1,600 × 0.06 × 0.8 × 6,000 = 460,800;
    //   stat overførsler: driftsrefusion −1,040,000 + saved refusion 1,600 × 0.06 × 0.2 × 6,000 = 115,200 → −924,800;
    //   stat uddannelse (SU): −1,600 × 0.04 × 6,000 = −384,000.
    expectKroner([result.ledgers.kommune.byCategory.benefits[1]], [460_800]);
    expectKroner([result.departments['stat/overfoersler'].annual[1]], [-924_800]);
    expectKroner([result.departments['stat/uddannelse'].annual[1]], [-384_000]);
    // The mentor cost itself: half on the kommune's employment department, half refunded by the state.
    expectKroner([result.departments['kommune/beskaeftigelse'].byCategory.intervention[0]], [-1_040_000]);
  });

  it('finds 441.98 kr. an hour as the highest mentor price at which the kommune breaks even (NPV)', () => {
    // Kommune NPV is linear in the price p: NPV(p) = G − 1,040,000 × (p / 400) × (1 + 1/1.035 + 1/1.035²),
    //   G = 316,532.70 + 1,040,000 × 2.899694 = 3,332,214.75 (the PV of the gains, which do not depend on p);
    //   p* = 400 × 3,332,214.75 / (1,040,000 × 2.899694) = 441.9849.
    const solved = simulateJson(FILE, '--solve', 'mentor_timepris', '--target', 'kommune');
    expect(solved.found).toBe(true);
    expect(solved.value).toBeCloseTo(441.9848906, 5);
  }, CLI_TIMEOUT_MS);
});

/**
 * The same case on the current rules (--rules-year 2027; the file keeps rulesYear 2015, see its caveat): the
 * nearest figures, 2026's (models/dk/taxes.json, cited there): kommuneskat 25.049 %, bundskat 12.01 %,
 * sundhedsbidrag 0, AM-bidrag 8 %, beskæftigelsesfradrag 12.75 % (ceiling 63,300 kr/yr in 2026 kroner
 * = 63,300 × 100/122 = 51,885.25 kr/yr in 2015 prices with the EXAMPLE pl index, 4,323.77 kr/md., not reached).
 * Uddannelseshjælp after the 2025 reform (models/dk/benefits.json, period from 2025-07-01, cited there): the
 *   kontanthjælp grundsats, 6,955 kr/md. in 2024 kroner, re-priced to 2015 by the EXAMPLE pl index (2024 = 118):
 *   U = 6,955 × 100/118 = 5,894.067797. SU stays the EXAMPLE 6,000 (no cited rate), so the two no longer cancel.
 * Tax on a benefit b: kommune 0.25049b | stat 0.1201b; on the wage: kommuneskat 0.25049 × 19,812.5 = 4,962.833125 |
 *   stat 2,000 + 0.1201 × 23,000 = 4,762.3.
 * uddannelseshjælp: −0.8U + 0.25049U = −0.54951U = −3,238.849195 | −0.2U + 0.1201U = −0.0799U = −470.936017;
 *   SU: 1,502.94 | −6,000 + 720.6 = −5,279.4.
 * Moved: education 1,502.94 + 3,238.849195 = 4,741.789195 | −5,279.4 + 470.936017 = −4,808.463983;
 *   job 4,962.833125 + 3,238.849195 = 8,201.682320 | 4,762.3 + 470.936017 = 5,233.236017.
 * Per participant effect month: kommune 0.04 × 4,741.789195 + 0.02 × 8,201.682320 = 353.705214;
 *   stat 0.04 × −4,808.463983 + 0.02 × 5,233.236017 = −87.673839.
 * Annual = [400, 1,600, 2,800, 3,200, 2,000] × that − 1,040,000 in years 1–3:
 *   kommune −898,517.914, −474,071.657, −49,625.400, 1,131,856.685, 707,410.428;
 *   stat −1,075,069.536, −1,180,278.142, −1,285,486.749, −280,556.285, −175,347.678.
 */
describe('mentor support on the current rules (--rules-year 2027)', () => {
  const current = simulateJson(FILE, '--rules-year', '2027');
  it('gives the kommune 353.71 kr. and the stat −87.67 kr. per participant effect month (2015 rules: 362.64 and −88.54)', () => {
    expectKroner(current.ledgers.kommune.cumulative, [-898_517.914, -1_372_589.572, -1_422_214.972, -290_358.286, 417_052.142]);
    expectKroner(current.ledgers.stat.cumulative, [-1_075_069.536, -2_255_347.678, -3_540_834.427, -3_821_390.712, -3_996_738.390]);
  });
});

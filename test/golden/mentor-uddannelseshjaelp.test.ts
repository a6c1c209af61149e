/**
 * Golden results for scenarios/mentor-uddannelseshjaelp.json (Boks 5.7 mentor RCT), run through the
 * command line with --json as a user would. Every expected figure is worked out by hand in the
 * comments from the catalogue's inputs, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0, all 2015 level, so the pl re-pricing factor is I(2015)/I(2015) = 100/100 = 1):
 *   uddannelseshjælp B = 6,000 kr/md. (EXAMPLE), SU = 6,000 kr/md. (EXAMPLE), løn W = 25,000 kr/md. (EXAMPLE),
 *   kommuneskat 25 %, statsskat 12 % (EXAMPLES; tilbageløb is fiscal-only and left out of the budget view).
 * Mentor: 400 kr/t × 1.5 t/uge × 52/12 uger/md. = 2,600 kr/md. for participant months 0–7 (20,800 kr per person);
 *   driftsrefusion 50 % → kommune −1,300 and stat −1,300 a month.
 * Seniority 26 weeks at start: in participant month k ≥ 7 the month covers weeks from 26 + 7 × 52/12 = 56.3,
 *   all past week 52, so the state refunds 20 % (docs/financing-rules.md §1) throughout the effect (k = 8 … 43).
 * u(state) per month, kommune | stat:
 *   uddannelseshjælp: −0.8 × 6,000 + 0.25 × 6,000 = −3,300 | −0.2 × 6,000 + 0.12 × 6,000 = −480
 *   SU (ordinær uddannelse): +0.25 × 6,000 = 1,500 | −6,000 + 0.12 × 6,000 = −5,280
 *   job: 0.25 × 25,000 = 6,250 | 0.12 × 25,000 = 3,000
 * Moved person per month: education 1,500 + 3,300 = 4,800 | −5,280 + 480 = −4,800 (a pure cost shift);
 *   job 6,250 + 3,300 = 9,550 | 3,000 + 480 = 3,480.
 * Per participant per effect month: kommune 0.04 × 4,800 + 0.02 × 9,550 = 383; stat 0.04 × (−4,800) + 0.02 × 3,480 = −122.4.
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

  it('gives the kommune a cumulative net of −886,800, −1,314,000, −1,281,600, −56,000 and 710,000 kr.', () => {
    // Annual = −1,040,000 (years 1–3) + 383 × person-months:
    //   y1 −1,040,000 + 153,200 = −886,800; y2 −1,040,000 + 612,800 = −427,200; y3 −1,040,000 + 1,072,400 = 32,400;
    //   y4 383 × 3,200 = 1,225,600; y5 383 × 2,000 = 766,000.
    expectKroner(result.ledgers.kommune.cumulative, [-886_800, -1_314_000, -1_281_600, -56_000, 710_000]);
  });

  it('leaves the state with a growing loss: SU costs it more than it saves in refusion and taxes', () => {
    // Annual = −1,040,000 (years 1–3) − 122.4 × person-months:
    //   y1 −1,088,960; y2 −1,235,840; y3 −1,382,720; y4 −391,680; y5 −244,800.
    expectKroner(result.ledgers.stat.cumulative, [-1_088_960, -2_324_800, -3_707_520, -4_099_200, -4_344_000]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0]);
  });

  it('has a total cumulative net of −1,975,760 kr. after the budget year and −4,989,120 kr. after three years', () => {
    // kommune + stat: −886,800 − 1,088,960 = −1,975,760; −1,314,000 − 2,324,800 = −3,638,800;
    //   −1,281,600 − 3,707,520 = −4,989,120; −56,000 − 4,099,200 = −4,155,200; 710,000 − 4,344,000 = −3,634,000.
    expectKroner(result.total.cumulative, [-1_975_760, -3_638_800, -4_989_120, -4_155_200, -3_634_000]);
    // Per participant: ÷ 300 → −6,585.87 … −12,113.33.
    expectKroner(result.total.perParticipant.cumulative, [-1_975_760 / 300, -3_638_800 / 300, -4_989_120 / 300, -4_155_200 / 300, -3_634_000 / 300]);
    expectKroner([result.ledgers.kommune.perParticipant.cumulative[4]], [710_000 / 300]);
  });

  it('pays back for the kommune after 4.061 years, and never for the state or in total', () => {
    // Cumulative after month 47 = −56,000. In month 48 the 2028 and 2029 cohorts are in effect:
    //   200 × 383 = 76,600 kr., so the crossing is 56,000 / 76,600 = 0.731 into month 48: (48 + 0.73107) / 12 = 4.06092.
    expect(result.ledgers.kommune.paybackYears).toBeCloseTo((48 + 56_000 / 76_600) / 12, 9);
    expect(result.ledgers.stat.paybackYears).toBeNull();
    expect(result.total.paybackYears).toBeNull();
    expect(result.ledgers.region.paybackYears).toBe(0);
  });

  it('discounts at 3.5 % with year 1 as the base year: NPV −3,636,756 kr. in total, 503,638 kr. for the kommune', () => {
    // Total annual −1,975,760, −1,663,040, −1,350,320, 833,920, 521,200;
    //   NPV = Σ a_y / 1.035^(y−1) = −1,975,760 − 1,606,801.93 − 1,260,538.17 + 752,148.06 + 454,195.69 = −3,636,756.35.
    // Kommune: −886,800 − 412,753.62 + 30,245.75 + 1,105,420.98 + 667,524.75 = 503,637.85.
    expect(result.total.npv).toBeCloseTo(-3_636_756.351, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(503_637.850, 2);
    // Stat: the region books nothing, so total − kommune = −3,636,756.35 − 503,637.85 = −4,140,394.20.
    expect(result.ledgers.stat.npv).toBeCloseTo(-4_140_394.201, 2);
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

  it('finds 466.80 kr. an hour as the highest mentor price at which the kommune breaks even (NPV)', () => {
    // Kommune NPV is linear in the price p: NPV(p) = G − 1,040,000 × (p / 400) × (1 + 1/1.035 + 1/1.035²),
    //   G = 503,637.85 + 1,040,000 × 2.899694 = 3,519,319.90 (the PV of the gains, which do not depend on p);
    //   p* = 400 × 3,519,319.90 / (1,040,000 × 2.899694) = 466.8025.
    const solved = simulateJson(FILE, '--solve', 'mentor_timepris', '--target', 'kommune');
    expect(solved.found).toBe(true);
    expect(solved.value).toBeCloseTo(466.8025133, 5);
  }, CLI_TIMEOUT_MS);
});

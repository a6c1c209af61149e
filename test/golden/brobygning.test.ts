/**
 * Golden results for scenarios/brobygning.json (Boks 5.6), run through the command line with --json as a
 * user would. Every expected figure is worked out by hand in the comments, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0, all 2015 level: pl factor I(2015)/I(2015) = 100/100 = 1):
 *   brobygning 106,000 kr per helårsplads (derived, net after tax and tilbageløb), uddannelseshjælp B = 6,000,
 *   SU = 6,000, løn W = 25,000 kr/md. (EXAMPLES), kommuneskat 25 %, statsskat 12 % (EXAMPLES).
 * Course: 106,000 / 12 = 8,833.33 kr/md. in participant months 0–5 = 53,000 kr per person;
 *   driftsrefusion 50 % (A.3) → kommune 26,500, stat 26,500.
 * Seniority 52 weeks at start: month 0 covers weeks 52–56.3, all in the step from week 53 → stat refunds 20 % throughout.
 * Moved person per month, kommune | stat (as in the mentor case):
 *   u(uddannelseshjælp) = −0.8 × 6,000 + 0.25 × 6,000 = −3,300 | −0.2 × 6,000 + 0.12 × 6,000 = −480;
 *   u(SU) = 0.25 × 6,000 = 1,500 | −6,000 + 0.12 × 6,000 = −5,280; u(job) = 0.25 × 25,000 = 6,250 | 0.12 × 25,000 = 3,000;
 *   uddannelseshjælp → SU: 1,500 + 3,300 = 4,800 | −5,280 + 480 = −4,800 (SU replaces the benefit: a pure cost shift);
 *   uddannelseshjælp → job: 6,250 + 3,300 = 9,550 | 3,000 + 480 = 3,480.
 * Education Δ = 0.31 − 0.21 = 0.10 in months 6–29 → +480 | −480 per participant-month.
 * Lock-in −0.06 in months 0–5, valued as a job move → −573 | −208.8 per participant-month.
 * Cohorts of 40 in months 0, 12, 24. Per cohort, in its first year: course 40 × 53,000 = 2,120,000 (1,060,000 each);
 *   lock-in 40 × 6 = 240 person-months → kommune −137,520, stat −50,112.
 * Education person-months per year: 40 × [6, 12+6, 6+12+6, 6+12, 6] = [240, 720, 960, 720, 240].
 */
import { describe, expect, it } from 'vitest';
import { expectKroner, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('brobygning.json');
/** Each run of the command line starts tsx (about a second, more on a loaded machine). */
const CLI_TIMEOUT_MS = 60_000;



const result = simulateJson(FILE);

describe('brobygning for young people on uddannelseshjælp (Boks 5.6)', () => {
  it('counts 120 participants and has no calendar labels', () => {
    expect(result.participants).toBe(120);
    expect(result.years.map((y: { calendarYear: number | null }) => y.calendarYear)).toEqual([null, null, null, null, null]);
  });

  it('gives the kommune a cumulative net of −1,082,320 kr. after year 1 and −2,670,960 kr. after year 3', () => {
    // y1 −1,060,000 − 137,520 + 480 × 240 = −1,082,320; y2 −1,197,520 + 480 × 720 = −851,920;
    // y3 −1,197,520 + 480 × 960 = −736,720; y4 480 × 720 = 345,600; y5 480 × 240 = 115,200.
    expectKroner(result.ledgers.kommune.cumulative, [-1_082_320, -1_934_240, -2_670_960, -2_325_360, -2_210_160]);
  });

  it('gives the state a cumulative net of −1,225,312 kr. after year 1 and −4,251,936 kr. after year 3', () => {
    // y1 −1,060,000 − 50,112 − 480 × 240 = −1,225,312; y2 −1,110,112 − 345,600 = −1,455,712;
    // y3 −1,110,112 − 460,800 = −1,570,912; y4 −345,600; y5 −115,200.
    expectKroner(result.ledgers.stat.cumulative, [-1_225_312, -2_681_024, -4_251_936, -4_597_536, -4_712_736]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0]);
  });

  it('loses 2,307,632 kr. a year in total while courses run, and nothing after: education only moves cost to the state', () => {
    // Education: +480 − 480 = 0 in total. Each course year: −2,120,000 − 137,520 − 50,112 = −2,307,632.
    expectKroner(result.total.annual, [-2_307_632, -2_307_632, -2_307_632, 0, 0]);
    expectKroner(result.total.cumulative, [-2_307_632, -4_615_264, -6_922_896, -6_922_896, -6_922_896]);
    // Per participant after three years: −6,922,896 / 120 = −57,690.80.
    expectKroner([result.total.perParticipant.cumulative[2]], [-57_690.8]);
  });

  it('pays back for no ledger within the five years', () => {
    expect(result.ledgers.kommune.paybackYears).toBeNull();
    expect(result.ledgers.stat.paybackYears).toBeNull();
    expect(result.total.paybackYears).toBeNull();
  });

  it('has an NPV at 3.5 % of −6,691,427 kr. in total and −2,181,066 kr. for the kommune', () => {
    // Total: −2,307,632 × (1 + 1/1.035 + 1/1.035²) = −2,307,632 × 2.8996943 = −6,691,427.30.
    // Kommune: −1,082,320 − 851,920/1.035 − 736,720/1.035² + 345,600/1.035³ + 115,200/1.035⁴
    //   = −1,082,320 − 823,111.11 − 687,736.00 + 311,711.40 + 100,390.14 = −2,181,065.57.
    expect(result.total.npv).toBeCloseTo(-6_691_427.300, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(-2_181_065.571, 2);
    // Stat: −1,225,312 − 1,455,712/1.035 − 1,570,912/1.035² − 345,600/1.035³ − 115,200/1.035⁴ (annual in
    //   the next test) = −1,225,312 − 1,406,485.02 − 1,466,463.16 − 311,711.40 − 100,390.14 = −4,510,361.73.
    expect(result.ledgers.stat.npv).toBeCloseTo(-4_510_361.729, 2);
  });

  it('splits the saved uddannelseshjælp 80/20 and books the SU to the state’s education department', () => {
    // Year 2: education 720 × 0.10 = 72 person-months moved, lock-in 240 × 0.06 = 14.4 held back.
    //   kommune benefits: 72 × 0.8 × 6,000 − 14.4 × 0.8 × 6,000 = 345,600 − 69,120 = 276,480;
    //   stat overførsler: driftsrefusion −1,060,000 + 72 × 1,200 − 14.4 × 1,200 = −990,880;
    //   stat uddannelse (SU): −72 × 6,000 = −432,000.
    expectKroner([result.ledgers.kommune.byCategory.benefits[1]], [276_480]);
    expectKroner([result.departments['stat/overfoersler'].annual[1]], [-990_880]);
    expectKroner([result.departments['stat/uddannelse'].annual[1]], [-432_000]);
  });

  it('needs +26.9 percentage points for the kommune to break even, and no effect size makes the total break even', () => {
    // Kommune NPV(e) = −1,197,520 × 2.8996943 + 4,800 × e × Σ PM_y / 1.035^(y−1),
    //   Σ = 240 + 720/1.035 + 960/1.035² + 720/1.035³ + 240/1.035⁴ = 2,690.3673;
    //   e* = 3,472,441.89 / (4,800 × 2,690.3673) = 0.268895.
    const kommune = simulateJson(FILE, '--solve', 'effekt_uddannelse', '--target', 'kommune');
    expect(kommune.found).toBe(true);
    expect(kommune.value).toBeCloseTo(0.2688947, 6);
    // In total the education effect is worth 0 (SU replaces uddannelseshjælp), so the NPV stays −6.69 mio. kr.
    const total = simulateJson(FILE, '--solve', 'effekt_uddannelse', '--target', 'total');
    expect(total.found).toBe(false);
  }, CLI_TIMEOUT_MS);
});

/**
 * Golden results for scenarios/brobygning.json (Boks 5.6), run through the command line with --json as a
 * user would. Every expected figure is worked out by hand in the comments, not copied from the engine.
 *
 * Inputs (catalogue dk 1.0.0, all 2015 level: pl factor I(2015)/I(2015) = 100/100 = 1):
 *   brobygning 106,000 kr per helårsplads (derived, net after tax and tilbageløb), uddannelseshjælp B = 6,000,
 *   SU = 6,000, løn W = 25,000 kr/md. (EXAMPLES); 2015 taxes by income kind (models/dk/taxes.json, cited there):
 *   on a benefit b kommuneskat 0.249b | bundskat + sundhedsbidrag 0.1208b; on W kommuneskat 5,225.8875 | AM-bidrag,
 *   sundhedsbidrag and bundskat 4,697.9 (worked out in test/golden/mentor-uddannelseshjaelp.test.ts).
 * Course: 106,000 / 12 = 8,833.33 kr/md. in participant months 0–5 = 53,000 kr per person;
 *   driftsrefusion 50 % (A.3) → kommune 26,500, stat 26,500.
 * Seniority 52 weeks at start: month 0 covers weeks 52–56.3, all in the step from week 53 → stat refunds 20 % throughout.
 * Moved person per month, kommune | stat (as in the mentor case):
 *   u(uddannelseshjælp) = −0.8 × 6,000 + 0.249 × 6,000 = −3,306 | −0.2 × 6,000 + 0.1208 × 6,000 = −475.2;
 *   u(SU) = 0.249 × 6,000 = 1,494 | −6,000 + 0.1208 × 6,000 = −5,275.2; u(job) = 5,225.8875 | 4,697.9;
 *   uddannelseshjælp → SU: 1,494 + 3,306 = 4,800 | −5,275.2 + 475.2 = −4,800 (SU replaces the benefit: a pure cost shift);
 *   uddannelseshjælp → job: 5,225.8875 + 3,306 = 8,531.8875 | 4,697.9 + 475.2 = 5,173.1.
 * Education Δ = 0.31 − 0.21 = 0.10 in months 6–29 → +480 | −480 per participant-month.
 * Lock-in −0.06 in months 0–5, valued as a job move → −511.91325 | −310.386 per participant-month.
 * Cohorts of 40 in months 0, 12, 24. Per cohort, in its first year: course 40 × 53,000 = 2,120,000 (1,060,000 each);
 *   lock-in 40 × 6 = 240 person-months → kommune −122,859.18, stat −74,492.64.
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

  it('gives the kommune a cumulative net of −1,067,659 kr. after year 1 and −2,626,978 kr. after year 3', () => {
    // y1 −1,060,000 − 122,859.18 + 480 × 240 = −1,067,659.18; y2 −1,182,859.18 + 480 × 720 = −837,259.18;
    // y3 −1,182,859.18 + 480 × 960 = −722,059.18; y4 480 × 720 = 345,600; y5 480 × 240 = 115,200.
    expectKroner(result.ledgers.kommune.cumulative, [-1_067_659.18, -1_904_918.36, -2_626_977.54, -2_281_377.54, -2_166_177.54]);
  });

  it('gives the state a cumulative net of −1,249,693 kr. after year 1 and −4,325,078 kr. after year 3', () => {
    // y1 −1,060,000 − 74,492.64 − 480 × 240 = −1,249,692.64; y2 −1,134,492.64 − 345,600 = −1,480,092.64;
    // y3 −1,134,492.64 − 460,800 = −1,595,292.64; y4 −345,600; y5 −115,200.
    expectKroner(result.ledgers.stat.cumulative, [-1_249_692.64, -2_729_785.28, -4_325_077.92, -4_670_677.92, -4_785_877.92]);
    expectKroner(result.ledgers.region.cumulative, [0, 0, 0, 0, 0]);
  });

  it('loses 2,317,352 kr. a year in total while courses run, and nothing after: education only moves cost to the state', () => {
    // Education: +480 − 480 = 0 in total. Each course year: −2,120,000 − 122,859.18 − 74,492.64 = −2,317,351.82.
    expectKroner(result.total.annual, [-2_317_351.82, -2_317_351.82, -2_317_351.82, 0, 0]);
    expectKroner(result.total.cumulative, [-2_317_351.82, -4_634_703.64, -6_952_055.46, -6_952_055.46, -6_952_055.46]);
    // Per participant after three years: −6,952,055.46 / 120 = −57,933.80.
    expectKroner([result.total.perParticipant.cumulative[2]], [-57_933.7955]);
  });

  it('pays back for no ledger within the five years', () => {
    expect(result.ledgers.kommune.paybackYears).toBeNull();
    expect(result.ledgers.stat.paybackYears).toBeNull();
    expect(result.total.paybackYears).toBeNull();
  });

  it('has an NPV at 3.5 % of −6,719,612 kr. in total and −2,138,554 kr. for the kommune', () => {
    // Total: −2,317,351.82 × (1 + 1/1.035 + 1/1.035²) = −2,317,351.82 × 2.8996943 = −6,719,611.81.
    // Kommune: −1,067,659.18 − 837,259.18/1.035 − 722,059.18/1.035² + 345,600/1.035³ + 115,200/1.035⁴
    //   = −1,067,659.18 − 808,946.07 − 674,049.97 + 311,711.40 + 100,390.14 = −2,138,553.67.
    expect(result.total.npv).toBeCloseTo(-6_719_611.806, 2);
    expect(result.ledgers.kommune.npv).toBeCloseTo(-2_138_553.675, 2);
    expect(result.ledgers.stat.npv).toBeCloseTo(-4_581_058.131, 2);
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

  it('needs +26.6 percentage points for the kommune to break even, and no effect size makes the total break even', () => {
    // Kommune NPV(e) = −1,182,859.18 × 2.8996943 + 4,800 × e × Σ PM_y / 1.035^(y−1),
    //   Σ = 240 + 720/1.035 + 960/1.035² + 720/1.035³ + 240/1.035⁴ = 2,690.3673;
    //   e* = 3,429,929.99 / (4,800 × 2,690.3673) = 0.265603.
    const kommune = simulateJson(FILE, '--solve', 'effekt_uddannelse', '--target', 'kommune');
    expect(kommune.found).toBe(true);
    expect(kommune.value).toBeCloseTo(0.2656027, 6);
    // In total the education effect is worth 0 (SU replaces uddannelseshjælp), so the NPV stays −6.72 mio. kr.
    const total = simulateJson(FILE, '--solve', 'effekt_uddannelse', '--target', 'total');
    expect(total.found).toBe(false);
  }, CLI_TIMEOUT_MS);
});

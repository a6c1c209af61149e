/**
 * Golden results for scenarios/portefoelje-budgetperiode.json, run through the command line
 * (`tsx src/cli/main.ts <file> --json`) as a user runs it. Every expected figure is worked out by
 * hand below from the scenario's inputs and the dk catalogue's data; nothing here imports the engine.
 *
 * Prices (2015-pl; dk pl index 2014 = 98, 2015 = 100): kontanthjælp K = 10,689 × 100/98 = 10,907.143 (the
 * 2014 rate of Tabel 7.7, the nearest to the rules year 2015); sygedagpenge S = 17,918, the 2015 maximum
 * (Beskæftigelsesministeriet, Satser for 2015: 4,135 kr/week × 52/12, in 2015 kroner, so not re-priced; before that
 * period was cited the 2014 rate 17,658 × 100/98 = 18,018.367 was used); uddannelseshjælp U = 6,000 and SU = 6,000 (2015,
 * EXAMPLES); løn W = 25,000 (2015, EXAMPLE). Budget perspective (tilbageløb counts only in the fiscal view).
 * Taxes by income kind, 2015 (models/dk/taxes.json, cited there):
 *   on W: AM-bidrag 0.08W = 2,000; fradrag min(0.0805W, 26,800/12) = 2,012.5;
 *     kommune wK = 0.249 × (25,000 − 2,000 − 2,012.5) = 5,225.8875;
 *     stat wS = 2,000 + 0.04 × 20,987.5 + 0.0808 × 23,000 = 4,697.9;
 *   on a taxable benefit b: kommune 0.249b, stat (0.04 + 0.0808)b = 0.1208b.
 *
 * Per participant, by participant year (py1 = months 0–11, …), kommune | stat:
 * A. Kontanthjælp, aktivitetsparat (seniority 52 weeks → state refusion 20 % throughout):
 *    mentor 3,000 × 6 months, 50 % refunded: −9,000 | −9,000 in py1.
 *    Δ 0.05 in months 6–41 (36 months): per month kommune 0.05 × (0.8K + wK − 0.249K) = 561.786,
 *    stat 0.05 × (0.2K + wS − 0.1208K) = 278.087.
 *    kommune −5,629.28 | 6,741.43 | 6,741.43 | 3,370.72;   stat −7,331.48 | 3,337.05 | 3,337.05 | 1,668.52
 * B. Uddannelseshjælp (seniority 26 weeks → 30 % in months 0–5, 20 % from month 6):
 *    brobygning 106,000/year × 4/12 = 35,333.33, 50 % refunded: −17,666.67 | −17,666.67; social −1,000 × 4 (kommune).
 *    Lock-in −0.06 in months 0–3, valued uddannelseshjælp → job at 30 %:
 *      kommune −0.06 × (0.7U + wK − 0.249U) = −475.913/month; stat −0.06 × (0.3U + wS − 0.1208U) = −346.386/month.
 *    Education Δ 0.10 in months 4–27, uddannelseshjælp → SU (taxes net to zero, both 6,000):
 *      months 4–5 (30 %): kommune 0.1 × 0.7U = 420, stat 0.1 × (0.3U − SU) = −420;
 *      months 6–27 (20 %): kommune 480, stat −480.
 *    Job Δ 0.05 in months 28–87 (60 months), at 20 %: kommune 0.05 × (0.8U + wK − 0.249U) = 426.594,
 *      stat 0.05 × (0.2U + wS − 0.1208U) = 258.655 per month.
 *    kommune py1 −17,666.67 − 4,000 − 4 × 475.913 + 2 × 420 + 6 × 480 = −19,850.32; py2 12 × 480 = 5,760;
 *      py3 4 × 480 + 8 × 426.594 = 5,332.76; py4–7 12 × 426.594 = 5,119.13; py8 4 × 426.594 = 1,706.38.
 *    stat py1 −17,666.67 − 4 × 346.386 − 2 × 420 − 6 × 480 = −22,772.21; py2 −5,760; py3 −4 × 480 + 8 × 258.655 = 149.24;
 *      py4–7 12 × 258.655 = 3,103.86; py8 4 × 258.655 = 1,034.62.
 * C. Sygedagpenge (seniority 0 → 40 % in months 1–5, 30 % in months 6–9):
 *    health effort −8,000 once (kommune/sundhed), coordination −2,000 × 3 (kommune/beskæftigelse).
 *    Δ 0.10 in months 1–9: kommune −14,000 + 0.1 × (5(0.6S + kt) + 4(0.7S + kt)) = −14,000 + 0.1 × (5.8S + 9kt)
 *      = −2,919.69; stat 0.1 × (3.2S + 9st) = 8,013.83 (kt = wK − 0.249S = 764.305, st = wS − 0.1208S = 2,533.406).
 * Cohorts: 50 participants in each of 2027–2030 (months 0, 12, 24, 36), so calendar year y gets
 * 50 × Σ_{c=0..3} py(y − c). Discounting fm-2021: 3.5 %, 2027 the base year, factor 1.035^−(y−1).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { close, closeAll, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('portefoelje-budgetperiode.json');

const K = (10_689 * 100) / 98;
const S = 17_918; // 4,135 × 52/12, the 2015 maximum in 2015 kroner
const U = 6_000;
const SU = 6_000;
const W = 25_000;
/** Tax on the wage W (see the working above): AM-bidrag first, then the beskæftigelsesfradrag off the kommuneskat base. */
const FRADRAG = Math.min(0.0805 * W, 26_800 / 12);
const wK = 0.249 * (W - 0.08 * W - FRADRAG);
const wS = 0.08 * W + 0.04 * (W - 0.08 * W - FRADRAG) + 0.0808 * (W - 0.08 * W);
const bK = 0.249; // kommuneskat on a taxable benefit
const bS = 0.04 + 0.0808; // sundhedsbidrag and bundskat on a taxable benefit

// Per participant, by participant year (see the working above).
const aK = 0.05 * (0.8 * K + wK - bK * K);
const aS = 0.05 * (0.2 * K + wS - bS * K);
const A = { kommune: [-9_000 + 6 * aK, 12 * aK, 12 * aK, 6 * aK], stat: [-9_000 + 6 * aS, 12 * aS, 12 * aS, 6 * aS] };
const lockK = -0.06 * (0.7 * U + wK - bK * U);
const lockS = -0.06 * (0.3 * U + wS - bS * U);
const jobK = 0.05 * (0.8 * U + wK - bK * U);
const jobS = 0.05 * (0.2 * U + wS - bS * U);
const brobygning = -((106_000 * 4) / 12) / 2;
const B = {
  kommune: [brobygning - 4_000 + 4 * lockK + 2 * 0.1 * 0.7 * U + 6 * 0.1 * 0.8 * U, 12 * 480, 4 * 480 + 8 * jobK, 12 * jobK, 12 * jobK, 12 * jobK, 12 * jobK, 4 * jobK],
  stat: [brobygning + 4 * lockS + 2 * 0.1 * (0.3 * U - SU) + 6 * 0.1 * (0.2 * U - SU), -12 * 480, -4 * 480 + 8 * jobS, 12 * jobS, 12 * jobS, 12 * jobS, 12 * jobS, 4 * jobS],
};
const C = {
  kommune: [-14_000 + 0.1 * (5.8 * S + 9 * (wK - bK * S))],
  stat: [0.1 * (3.2 * S + 9 * (wS - bS * S))],
};

/** Calendar years 1–8 from per-participant profiles: 50 starters at the start of each of years 1–4. */
function calendar(...profiles: number[][]): number[] {
  const out = new Array<number>(8).fill(0);
  for (const py of profiles) for (let c = 0; c < 4; c++) py.forEach((v, i) => { if (c + i < 8) out[c + i]! += 50 * v; });
  return out;
}

const kommune = calendar(A.kommune, B.kommune, C.kommune);
const stat = calendar(A.stat, B.stat, C.stat);
const total = kommune.map((k, i) => k + stat[i]!);
const npv = (annual: number[]) => annual.reduce((sum, v, i) => sum + v / 1.035 ** i, 0);
const cumulative = (annual: number[]) => annual.map((_, i) => annual.slice(0, i + 1).reduce((s, v) => s + v, 0));

interface Figures { annual: number[]; cumulative: number[]; npv: number; paybackYears: number | null }
interface Results {
  ledgers: Record<string, Figures>; departments: Record<string, Figures>; total: Figures; participants: number;
  years: { year: number; calendarYear: number | null }[]; discount: { factors: number[] };
}




let r: Results;

beforeAll(() => {
  r = simulateJson<Results>(FILE);
});

describe('the portfolio in the budget period 2027–2030', () => {
  it('labels the years 2027–2034 and counts 600 participants (3 groups × 4 × 50)', () => {
    expect(r.years.map((y) => y.calendarYear)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    expect(r.participants).toBe(600);
  });

  it('gives the kommune −1,419,964 kr. in the budget year 2027 and −794,893, −191,183 and 233,309 in the overslagsår', () => {
    // 2027: 50 × (−5,629.28 − 19,850.32 − 2,919.69) = −1,419,964.39
    // 2028: 50 × (A py1+py2 1,112.15 + B py1+py2 −14,090.32 + C −2,919.69) = −794,892.69
    // 2029: 50 × (A 7,853.58 + B −8,757.56 + C −2,919.69) = −191,183.24
    // 2030: 50 × (A 11,224.30 + B −3,638.43 + C −2,919.69) = 233,309.23
    // (with the 2014 sygedagpenge rate, 18,018.37 in 2015 prices, 2027 was −1,418,178.35: C was −2,883.96)
    closeAll(r.ledgers.kommune!.annual.slice(0, 4), kommune.slice(0, 4));
    closeAll(r.ledgers.kommune!.annual.slice(0, 4), [-1_419_964.39, -794_892.69, -191_183.24, 233_309.23]);
  });

  it('gives the stat −1,104,493 kr. in 2027 and −1,225,641, −1,051,326 and −812,707 in the overslagsår', () => {
    // 2027: 50 × (−7,331.48 − 22,772.21 + 8,013.83) = −1,104,493.10; the SU of those in education weighs on the stat.
    // 2028: 50 × (A py1+py2 −3,994.43 + B py1+py2 −28,532.21 + C 8,013.83) = −1,225,640.72
    // 2029: 50 × (A py1–py3 −657.38 + B py1–py3 −28,382.97 + C 8,013.83) = −1,051,326.35
    // 2030: 50 × (A py1–py4 1,011.14 + B py1–py4 −25,279.11 + C 8,013.83) = −812,707.17
    // (sums of the unrounded parts, rounded to the øre)
    closeAll(r.ledgers.stat!.annual.slice(0, 4), stat.slice(0, 4));
    closeAll(r.ledgers.stat!.annual.slice(0, 4), [-1_104_493.10, -1_225_640.72, -1_051_326.35, -812_707.17]);
  });

  it('books nothing to the region, and nets −2,524,457 kr. in 2027 and −6,366,898 kr. cumulative by 2030', () => {
    closeAll(r.ledgers.region!.annual, new Array<number>(8).fill(0));
    // Total = kommune + stat: 2027 −1,419,964.39 − 1,104,493.10 = −2,524,457.48 (unrounded parts); 2028 −2,020,533.42;
    // 2029 −1,242,509.60; 2030 −579,397.94; cumulative by 2030 −6,366,898.43.
    closeAll(r.total.annual.slice(0, 4), [-2_524_457.48, -2_020_533.42, -1_242_509.60, -579_397.94]);
    closeAll(r.total.cumulative.slice(0, 4), cumulative(total).slice(0, 4));
    close(r.total.cumulative[3], -6_366_898.43);
  });

  it('splits the costs over the employment, social and health departments', () => {
    // Social: 50 × 4 × 1,000 = 200,000 a year in 2027–2030; health: 50 × 8,000 = 400,000 a year.
    closeAll(r.departments['kommune/social']!.annual, [-200_000, -200_000, -200_000, -200_000, 0, 0, 0, 0]);
    closeAll(r.departments['kommune/sundhed']!.annual, [-400_000, -400_000, -400_000, -400_000, 0, 0, 0, 0]);
    // SU (stat/uddannelse): 50 × 0.1 × 6,000 = 30,000 a month per cohort in months 4–27:
    // 2027 8 months = 240,000; 2028 12 + 8 = 600,000; 2029–2030 4 + 12 + 8 = 720,000; 2031 4 + 12 = 480,000; 2032 120,000.
    closeAll(r.departments['stat/uddannelse']!.annual, [-240_000, -600_000, -720_000, -720_000, -480_000, -120_000, 0, 0]);
  });
});

describe('the portfolio over the whole horizon 2027–2034', () => {
  it('gives the yearly nets of every ledger in 2031–2034', () => {
    closeAll(r.ledgers.kommune!.annual, kommune); // … 1,909,230.24; 1,540,115.17; 1,192,362.35; 853,188.75
    closeAll(r.ledgers.stat!.annual, stat); //       …   446,978.93;   723,319.56;   704,198.19; 517,310.00
    closeAll(r.total.cumulative, cumulative(total)); // 2034: 1,519,804.75
  });

  it('gives NPVs of 2,445,089 (kommune), −2,025,128 (stat) and 419,961 kr. (total) at 3.5 %, 2027 the base year', () => {
    closeAll(r.discount.factors, [0, 1, 2, 3, 4, 5, 6, 7].map((i) => 1.035 ** -i));
    close(r.ledgers.kommune!.npv, npv(kommune));
    close(r.ledgers.stat!.npv, npv(stat));
    close(r.total.npv, npv(total));
    // Σ total_y / 1.035^(y−1) = 419,960.89 (kommune 2,445,088.99, stat −2,025,128.10)
    close(r.total.npv, 419_960.89);
  });

  it('pays back in 5.152 years for the kommune and 6.909 years in total; the stat does not within the horizon', () => {
    // Kommune, 2032 (months 60–71) per month: A 2 cohorts (2029, 2030) × 50 × 561.786 in months 60–65; B education
    // 1 cohort × 50 × 480 in months 60–63; B job 3 cohorts × 50 × 426.594 (the 2030 cohort joins in month 64):
    //   m60–63 56,178.62 + 24,000 + 63,989.16 = 144,167.77.
    // Cumulative end 2031 −263,500.85 → after m60: −119,333.08 → (61 + 119,333.08/144,167.77)/12 = 5.15231.
    const m60 = 100 * aK + 50 * 480 + 150 * jobK;
    const afterM60 = cumulative(kommune)[4]! + m60;
    expect(afterM60).toBeLessThan(0);
    expect(afterM60 + m60).toBeGreaterThan(0);
    close(r.ledgers.kommune!.paybackYears, (61 - afterM60 / m60) / 12);
    // Total, 2033 (months 72–83): A's 2030 cohort in months 72–77, B's job effect for all 4 cohorts:
    //   m72–77 50 × (561.786 + 278.087) + 200 × (426.594 + 258.655) = 41,993.67 + 137,049.88 = 179,043.55;
    //   m78–83 137,049.88. Cumulative end 2032 −1,747,254.54 → after m77 −672,993.25 → after m81 −124,793.75
    //   → (82 + 124,793.75/137,049.88)/12 = 6.90921.
    const m72 = 50 * (aK + aS) + 200 * (jobK + jobS);
    const m78 = 200 * (jobK + jobS);
    const afterM81 = cumulative(total)[5]! + 6 * m72 + 4 * m78;
    expect(afterM81).toBeLessThan(0);
    expect(afterM81 + m78).toBeGreaterThan(0);
    close(r.total.paybackYears, (82 - afterM81 / m78) / 12);
    expect(r.ledgers.stat!.paybackYears).toBeNull();
  });
});

/**
 * Golden results for scenarios/portefoelje-budgetperiode.json, run through the command line
 * (`tsx src/cli/main.ts <file> --json`) as a user runs it. Every expected figure is worked out by
 * hand below from the scenario's inputs and the dk catalogue's data; nothing here imports the engine.
 *
 * Prices (2015-pl; dk pl index 2014 = 98, 2015 = 100): kontanthjælp K = 10,689 × 100/98 = 10,907.143;
 * sygedagpenge S = 17,658 × 100/98 = 18,018.367; uddannelseshjælp U = 6,000 and SU = 6,000 (2015,
 * EXAMPLES); løn W = 25,000 (2015, EXAMPLE). Taxes on wages and taxable benefits: kommune 25 %, stat
 * 12 % (tilbageløb counts only in the fiscal view). Budget perspective.
 *
 * Per participant, by participant year (py1 = months 0–11, …), kommune | stat:
 * A. Kontanthjælp, aktivitetsparat (seniority 52 weeks → state refusion 20 % throughout):
 *    mentor 3,000 × 6 months, 50 % refunded: −9,000 | −9,000 in py1.
 *    Δ 0.05 in months 6–41 (36 months): per month kommune 0.05 × (0.8K + 0.25(W − K)) = 612.446,
 *    stat 0.05 × (0.2K + 0.12(W − K)) = 193.629.
 *    kommune −5,325.32 | 7,349.36 | 7,349.36 | 3,674.68;   stat −7,838.23 | 2,323.54 | 2,323.54 | 1,161.77
 * B. Uddannelseshjælp (seniority 26 weeks → 30 % in months 0–5, 20 % from month 6):
 *    brobygning 106,000/year × 4/12 = 35,333.33, 50 % refunded: −17,666.67 | −17,666.67; social −1,000 × 4 (kommune).
 *    Lock-in −0.06 in months 0–3, valued uddannelseshjælp → job at 30 %:
 *      kommune −0.06 × (0.7U + 0.25(W − U)) = −537.00/month; stat −0.06 × (0.3U + 0.12(W − U)) = −244.80/month.
 *    Education Δ 0.10 in months 4–27, uddannelseshjælp → SU (taxes net to zero, both 6,000):
 *      months 4–5 (30 %): kommune 0.1 × 0.7U = 420, stat 0.1 × (0.3U − SU) = −420;
 *      months 6–27 (20 %): kommune 480, stat −480.
 *    Job Δ 0.05 in months 28–87 (60 months), at 20 %: kommune 0.05 × (0.8U + 0.25(W − U)) = 477.50,
 *      stat 0.05 × (0.2U + 0.12(W − U)) = 174.00 per month.
 *    kommune py1 −17,666.67 − 4,000 − 4 × 537 + 2 × 420 + 6 × 480 = −20,094.67; py2 12 × 480 = 5,760;
 *      py3 4 × 480 + 8 × 477.5 = 5,740; py4–7 12 × 477.5 = 5,730; py8 4 × 477.5 = 1,910.
 *    stat py1 −17,666.67 − 4 × 244.8 − 2 × 420 − 6 × 480 = −22,365.87; py2 −5,760; py3 −4 × 480 + 8 × 174 = −528;
 *      py4–7 12 × 174 = 2,088; py8 4 × 174 = 696.
 * C. Sygedagpenge (seniority 0 → 40 % in months 1–5, 30 % in months 6–9):
 *    health effort −8,000 once (kommune/sundhed), coordination −2,000 × 3 (kommune/beskæftigelse).
 *    Δ 0.10 in months 1–9: kommune −14,000 + 0.1 × (5(0.6S + kt) + 4(0.7S + kt)) = −14,000 + 0.1 × (5.8S + 9kt)
 *      = −1,978.48; stat 0.1 × (3.2S + 9st) = 6,519.89 (kt = 0.25(W − S) = 1,745.408, st = 0.12(W − S) = 837.796).
 * Cohorts: 50 participants in each of 2027–2030 (months 0, 12, 24, 36), so calendar year y gets
 * 50 × Σ_{c=0..3} py(y − c). Discounting fm-2021: 3.5 %, 2027 the base year, factor 1.035^−(y−1).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { close, closeAll, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('portefoelje-budgetperiode.json');

const K = (10_689 * 100) / 98;
const S = (17_658 * 100) / 98;
const U = 6_000;
const SU = 6_000;
const W = 25_000;

// Per participant, by participant year (see the working above).
const aK = 0.05 * (0.8 * K + 0.25 * (W - K));
const aS = 0.05 * (0.2 * K + 0.12 * (W - K));
const A = { kommune: [-9_000 + 6 * aK, 12 * aK, 12 * aK, 6 * aK], stat: [-9_000 + 6 * aS, 12 * aS, 12 * aS, 6 * aS] };
const lockK = -0.06 * (0.7 * U + 0.25 * (W - U));
const lockS = -0.06 * (0.3 * U + 0.12 * (W - U));
const jobK = 0.05 * (0.8 * U + 0.25 * (W - U));
const jobS = 0.05 * (0.2 * U + 0.12 * (W - U));
const brobygning = -((106_000 * 4) / 12) / 2;
const B = {
  kommune: [brobygning - 4_000 + 4 * lockK + 2 * 0.1 * 0.7 * U + 6 * 0.1 * 0.8 * U, 12 * 480, 4 * 480 + 8 * jobK, 12 * jobK, 12 * jobK, 12 * jobK, 12 * jobK, 4 * jobK],
  stat: [brobygning + 4 * lockS + 2 * 0.1 * (0.3 * U - SU) + 6 * 0.1 * (0.2 * U - SU), -12 * 480, -4 * 480 + 8 * jobS, 12 * jobS, 12 * jobS, 12 * jobS, 12 * jobS, 4 * jobS],
};
const C = {
  kommune: [-14_000 + 0.1 * (5.8 * S + 9 * 0.25 * (W - S))],
  stat: [0.1 * (3.2 * S + 9 * 0.12 * (W - S))],
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

  it('gives the kommune −1,369,923 kr. in the budget year 2027 and −714,456, −59,988 and 410,246 in the overslagsår', () => {
    // 2027: 50 × (−5,325.32 − 20,094.67 − 1,978.48) = −1,369,923.38
    // 2028: 50 × (A py1+py2 2,024.04 + B py1+py2 −14,334.67 + C −1,978.48) = −714,455.53
    // 2029: 50 × (A 9,373.39 + B −8,594.67 + C −1,978.48) = −59,987.67
    // 2030: 50 × (A 13,048.07 + B −2,864.67 + C −1,978.48) = 410,246.26
    closeAll(r.ledgers.kommune!.annual.slice(0, 4), kommune.slice(0, 4));
    closeAll(r.ledgers.kommune!.annual.slice(0, 4), [-1_369_923.384354, -714_455.527211, -59_987.670068, 410_246.258503]);
  });

  it('gives the stat −1,184,210 kr. in 2027 and −1,356,033, −1,266,256 and −1,103,767 in the overslagsår', () => {
    // 2027: 50 × (−7,838.23 − 22,365.87 + 6,519.89) = −1,184,210.07; the SU of those in education weighs on the stat.
    closeAll(r.ledgers.stat!.annual.slice(0, 4), stat.slice(0, 4));
    closeAll(r.ledgers.stat!.annual.slice(0, 4), [-1_184_210.068027, -1_356_032.925170, -1_266_255.782313, -1_103_767.210884]);
  });

  it('books nothing to the region, and nets −2,554,133 kr. in 2027 and −6,644,386 kr. cumulative by 2030', () => {
    closeAll(r.ledgers.region!.annual, new Array<number>(8).fill(0));
    closeAll(r.total.annual.slice(0, 4), [-2_554_133.452381, -2_070_488.452381, -1_326_243.452381, -693_520.952381]);
    closeAll(r.total.cumulative.slice(0, 4), cumulative(total).slice(0, 4));
    close(r.total.cumulative[3], -6_644_386.309524);
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
    closeAll(r.ledgers.kommune!.annual, kommune); // … 2,066,669.64; 1,697,701.79; 1,329,733.93; 955,000.00
    closeAll(r.ledgers.stat!.annual, stat); //       …   184,842.86;   461,065.71;   475,688.57; 348,000.00
    closeAll(r.total.cumulative, cumulative(total)); // 2034: 874,316.19
  });

  it('gives NPVs of 3,316,564 (kommune), −3,462,202 (stat) and −145,638 kr. (total) at 3.5 %, 2027 the base year', () => {
    closeAll(r.discount.factors, [0, 1, 2, 3, 4, 5, 6, 7].map((i) => 1.035 ** -i));
    close(r.ledgers.kommune!.npv, npv(kommune));
    close(r.ledgers.stat!.npv, npv(stat));
    close(r.total.npv, npv(total));
    close(r.total.npv, -145_638.039419);
  });

  it('pays back in 4.823 years for the kommune and 7.274 years in total; the stat does not within the horizon', () => {
    // Kommune, 2031 (months 48–59) per month: A 3 cohorts × 50 × 612.446 in months 48–53, 2 cohorts after;
    // B job 2 cohorts × 50 × 477.5 in months 48–51, 3 after; B education 2 cohorts × 50 × 480 in months 48–51, 1 after:
    //   m48–51 91,866.96 + 47,750 + 48,000 = 187,616.96;  m52–53 91,866.96 + 71,625 + 24,000 = 187,491.96;
    //   m54–59 61,244.64 + 71,625 + 24,000 = 156,869.64.
    // Cumulative end 2030 −1,734,120.32 → after m56: −138,059.60 → (57 + 138,059.60/156,869.64)/12 = 4.82334.
    const m48 = 150 * aK + 100 * jobK + 100 * 480;
    const m52 = 150 * aK + 150 * jobK + 50 * 480;
    const m54 = 100 * aK + 150 * jobK + 50 * 480;
    const afterM56 = cumulative(kommune)[3]! + 4 * m48 + 2 * m52 + 3 * m54;
    expect(afterM56).toBeLessThan(0);
    close(r.ledgers.kommune!.paybackYears, (57 - afterM56 / m54) / 12);
    // Total, 2034 (months 84–95): only B's job effect, 4 cohorts in months 84–87, 3 after:
    //   200 × (477.5 + 174) = 130,300 a month, then 97,725. Cumulative end 2033 −428,683.81 → after m86
    //   −37,783.81 → (87 + 37,783.81/130,300)/12 = 7.27416.
    const m84 = 200 * (jobK + jobS);
    const afterM86 = cumulative(total)[6]! + 3 * m84;
    expect(afterM86).toBeLessThan(0);
    close(r.total.paybackYears, (87 - afterM86 / m84) / 12);
    expect(r.ledgers.stat!.paybackYears).toBeNull();
  });
});

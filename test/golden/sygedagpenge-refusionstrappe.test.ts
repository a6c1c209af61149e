/**
 * Golden results for scenarios/sygedagpenge-refusionstrappe.json, run through the command line
 * (`tsx src/cli/main.ts <file> --json`) as a user runs it. Every expected figure is worked out by
 * hand below from the scenario's inputs and the dk catalogue's data; nothing here imports the engine.
 *
 * Inputs (dk catalogue, re-priced to the scenario's price year 2015 by the pl index, 2014 = 98, 2015 = 100):
 *   S  = sygedagpenge 17,658 kr./md. (2014) × 100/98        = 18,018.367 kr./md.
 *   W  = løn 25,000 kr./md. (2015, EXAMPLE)                   → W − S = 6,981.633
 *   Taxes by income kind, 2015 (models/dk/taxes.json, cited there; tilbageløb is fiscal only):
 *     on W: AM-bidrag 0.08W = 2,000; fradrag min(0.0805W, 26,800/12) = 2,012.5; kommuneskat 0.249 × 20,987.5 = 5,225.8875;
 *       to the stat 2,000 + 0.04 × 20,987.5 + 0.0808 × 23,000 = 4,697.9;
 *     on S (a benefit: no AM-bidrag, no fradrag): kommune 0.249S = 4,486.573, stat 0.1208S = 2,176.619;
 *   kt = 5,225.8875 − 0.249S = 739.314;  st = 4,697.9 − 0.1208S = 2,521.281
 *   Δ  = (0.40 + 0.10) − 0.40 = 0.10 in months 0–17 (18 months), so person-months in work per month:
 *        A (nysygemeldte, 100, seniority 0 weeks) 0.1 × 100 = 10;  B (langvarigt, 50, seniority 30 weeks) 5.
 *   Costs per participant: 3,000 kr./md. in months 0–2 (kommune/beskæftigelse) + 6,000 once (kommune/sundhed).
 *
 * Refusion staircase (state share p), month k covers completed weeks [s0 + 13k/3, s0 + 13(k+1)/3);
 * steps [0,4) 80 %, [4,26) 40 %, [26,52) 30 %, [52,∞) 20 %; a month over two steps takes the average:
 *   A: k=0 → (4 × 0.8 + ⅓ × 0.4)/(13/3) = 10/13;  k=1–5 → 0.4;  k=6–11 → 0.3 (week 26 = month 6);  k≥12 → 0.2.
 *   B: k=0–4 → 0.3 ([30, 51⅔));  k=5 → (⅓ × 0.3 + 4 × 0.2)/(13/3) = 2.7/13;  k≥6 → 0.2.
 *   Year 1 Σp: A 10/13 + 2 + 1.8 = 59.4/13;  B 1.5 + 2.7/13 + 1.2 = 37.8/13.  Year 2 (months 12–17) Σp = 1.2 for both.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { close, closeAll, scenarioFile, simulateJson, writeTemp } from './golden-support';

const FILE = scenarioFile('sygedagpenge-refusionstrappe.json');

const S = (17_658 * 100) / 98;
const W = 25_000;
const AM = 0.08 * W;
const FRADRAG = Math.min(0.0805 * W, 26_800 / 12);
const KT = 0.249 * (W - AM - FRADRAG) - 0.249 * S;
const ST = AM + 0.04 * (W - AM - FRADRAG) + 0.0808 * (W - AM) - (0.04 + 0.0808) * S;

interface Figures { annual: number[]; cumulative: number[]; npv: number; paybackYears: number | null; byCategory: Record<string, number[]> }
interface Results { ledgers: Record<string, Figures>; departments: Record<string, Figures>; total: Figures; participants: number }





/** The scenario with some parameter values replaced, in a temp file. */
function variant(name: string, values: Record<string, number>): string {
  const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as { parameters: Record<string, { value: unknown }> };
  for (const [key, value] of Object.entries(values)) scenario.parameters[key]!.value = value;
  return writeTemp(name, JSON.stringify(scenario));
}

/** One month of effect at participant month k for one group only: shows the split in that month. */
const oneMonth = (name: string, k: number, group: 'A' | 'B') => variant(name, {
  effekt_start_maaned: k, effekt_varighed_maaneder: 1,
  ...(group === 'A' ? { antal_langvarigt_sygemeldte: 0 } : { antal_nysygemeldte: 0 }),
});

const runs: Record<string, Results> = {};
const results = (name: string): Results => runs[name]!;

beforeAll(() => {
  runs.main = simulateJson<Results>(FILE);
  runs.a0 = simulateJson<Results>(oneMonth('a0.json', 0, 'A'));
  runs.a3 = simulateJson<Results>(oneMonth('a3.json', 3, 'A'));
  runs.a8 = simulateJson<Results>(oneMonth('a8.json', 8, 'A'));
  runs.a14 = simulateJson<Results>(oneMonth('a14.json', 14, 'A'));
  runs.b0 = simulateJson<Results>(oneMonth('b0.json', 0, 'B'));
  runs.b5 = simulateJson<Results>(oneMonth('b5.json', 5, 'B'));
});

describe('sygedagpenge and the refusion staircase: yearly nets', () => {
  // Saved sygedagpenge (category benefits):
  //   stat y1    = S × (10 × 59.4 + 5 × 37.8)/13 = S × 783/13 = 60.2308 S            = 1,085,260.13
  //   kommune y1 = S × (15 × 12 − 783/13) = S × 1,557/13 = 119.7692 S                  = 2,158,046.00
  //   stat y2    = S × 15 × 1.2 = 18 S = 324,330.61;   kommune y2 = S × 15 × 4.8 = 72 S = 1,297,322.45
  // Taxes: 15 × 12 = 180 person-months in y1, 15 × 6 = 90 in y2:
  //   kommune 180 kt = 133,076.53, 90 kt = 66,538.26;  stat 180 st = 453,830.62, 90 st = 226,915.31
  // Costs y1: kommune/beskæftigelse 150 × 3 × 3,000 = 1,350,000; kommune/sundhed 150 × 6,000 = 900,000.
  const kommune = [(1_557 / 13) * S + 180 * KT - 2_250_000, 72 * S + 90 * KT, 0]; //    41,122.52; 1,363,860.71; 0
  const stat = [(783 / 13) * S + 180 * ST, 18 * S + 90 * ST, 0]; //                  1,539,090.75;   551,245.92; 0
  const total = kommune.map((k, i) => k + stat[i]!); //                              1,580,213.27; 1,915,106.63; 0

  it('books the kommune 41,123 kr. in year 1 and 1,363,861 kr. in year 2 (cumulative 1,404,983)', () => {
    const r = results('main');
    closeAll(r.ledgers.kommune!.annual, kommune);
    closeAll(r.ledgers.kommune!.cumulative, [kommune[0]!, kommune[0]! + kommune[1]!, kommune[0]! + kommune[1]!]);
  });

  it('books the stat 1,539,091 kr. in year 1 and 551,246 kr. in year 2 (cumulative 2,090,337)', () => {
    const r = results('main');
    closeAll(r.ledgers.stat!.annual, stat);
    closeAll(r.ledgers.stat!.cumulative, [stat[0]!, stat[0]! + stat[1]!, stat[0]! + stat[1]!]);
  });

  it('nets 1,580,213 kr. in year 1 and 3,495,320 kr. cumulative from year 2 on, and nothing for the region', () => {
    const r = results('main');
    closeAll(r.total.cumulative, [total[0]!, total[0]! + total[1]!, total[0]! + total[1]!]);
    // Undiscounted: the NPV is the cumulative net at the horizon.
    close(r.total.npv, total[0]! + total[1]!);
    closeAll(r.ledgers.region!.annual, [0, 0, 0]);
    expect(r.participants).toBe(150);
  });

  it('splits the saved sygedagpenge so that the kommune carries more of them in year 2 than in year 1', () => {
    const r = results('main');
    closeAll(r.ledgers.kommune!.byCategory.benefits!, [(1_557 / 13) * S, 72 * S, 0]);
    closeAll(r.ledgers.stat!.byCategory.benefits!, [(783 / 13) * S, 18 * S, 0]);
    // Kommune share of the saving: y1 1,557/2,340 = 66.5 %, y2 72/90 = 80 %.
    const share = (y: number) => r.ledgers.kommune!.byCategory.benefits![y]! / (r.ledgers.kommune!.byCategory.benefits![y]! + r.ledgers.stat!.byCategory.benefits![y]!);
    close(share(0), 1_557 / 2_340);
    close(share(1), 0.8);
  });

  it('books the costs to the employment and health departments of the kommune', () => {
    const r = results('main');
    close(r.departments['kommune/sundhed']!.annual[0], -900_000);
    // Employment department: saved sygedagpenge of the kommune minus 1,350,000 kr. of coordination.
    close(r.departments['kommune/beskaeftigelse']!.annual[0], (1_557 / 13) * S - 1_350_000); // 808,046.00
  });
});

describe('sygedagpenge and the refusion staircase: payback', () => {
  it('pays back after 0.587 years in total', () => {
    // Monthly gain in total 15 × (S + kt + st) = 15 × 21,278.963 = 319,184.44 in months 0–17; costs
    // 1,350,000 in month 0 and 450,000 in months 1 and 2 (2,250,000 in all). Cumulative after month 6:
    // 7 × 319,184.44 − 2,250,000 = −15,708.93 → (7 + 15,708.93 / 319,184.44) / 12 = 0.58743 years.
    const gain = 15 * (S + KT + ST);
    close(results('main').total.paybackYears, (7 + (2_250_000 - 7 * gain) / gain) / 12);
  });

  it('pays back after 0.984 years for the kommune; the stat and the region are never negative', () => {
    // Kommune per month: costs + 10 × (S(1 − pA) + kt) + 5 × (S(1 − pB) + kt):
    //   m0  −1,350,000 + 10(3S/13 + kt) + 5(0.7S + kt) = −1,350,000 + 48,973.99 + 66,760.86 = −1,234,265.16
    //   m1–2  −450,000 + 10(0.6S + kt) + 5(0.7S + kt) = −450,000 + 115,503.34 + 66,760.86 = −267,735.80
    //   m3–4                                            115,503.34 + 66,760.86 =  182,264.20
    //   m5    10(0.6S + kt) + 5(10.3S/13 + kt)        = 115,503.34 + 75,077.03 =  190,580.37
    //   m6–11 10(0.7S + kt) + 5(0.8S + kt)            = 133,521.71 + 75,770.04 =  209,291.75
    // Cumulative after m10 = −168,169.23 → (11 + 168,169.23 / 209,291.75) / 12 = 0.98363 years.
    const m0 = -1_350_000 + 10 * ((3 / 13) * S + KT) + 5 * (0.7 * S + KT);
    const m1 = -450_000 + 10 * (0.6 * S + KT) + 5 * (0.7 * S + KT);
    const m3 = 10 * (0.6 * S + KT) + 5 * (0.7 * S + KT);
    const m5 = 10 * (0.6 * S + KT) + 5 * ((10.3 / 13) * S + KT);
    const m6 = 10 * (0.7 * S + KT) + 5 * (0.8 * S + KT);
    const afterM10 = m0 + 2 * m1 + 2 * m3 + m5 + 5 * m6;
    expect(afterM10).toBeLessThan(0);
    expect(afterM10 + m6).toBeGreaterThan(0);
    const r = results('main');
    close(r.ledgers.kommune!.paybackYears, (11 - afterM10 / m6) / 12);
    expect(r.ledgers.stat!.paybackYears).toBe(0);
    expect(r.ledgers.region!.paybackYears).toBe(0);
  });
});

describe('the kommune/stat split of the saved sygedagpenge in one month of each staircase step', () => {
  // One month of effect: kommune benefits = n × Δ × S × (1 − p), stat benefits = n × Δ × S × p.
  const split = (name: string, year: number, persons: number, p: number) => {
    const r = results(name);
    close(r.ledgers.kommune!.byCategory.benefits![year], persons * S * (1 - p));
    close(r.ledgers.stat!.byCategory.benefits![year], persons * S * p);
  };

  it('gives the kommune 3/13 ≈ 23 % in the first month (weeks 1–4 at 80 %, then ⅓ week at 40 %)', () => {
    split('a0', 0, 10, 10 / 13); // kommune 41,580.85; stat 138,602.83
  });

  it('gives the kommune 60 % in month 4 (weeks 14–17, the 40 % step)', () => {
    split('a3', 0, 10, 0.4); // kommune 108,110.20; stat 72,073.47
  });

  it('gives the kommune 70 % in month 9 (weeks 35–39, the 30 % step)', () => {
    split('a8', 0, 10, 0.3); // kommune 126,128.57; stat 54,055.10
  });

  it('gives the kommune 80 % in month 15 (weeks 61–65, the 20 % step), booked in year 2', () => {
    split('a14', 1, 10, 0.2); // kommune 144,146.94; stat 36,036.73
  });

  it('gives the kommune 70 % in the first month of the group with 30 weeks of seniority', () => {
    split('b0', 0, 5, 0.3); // weeks 31–35: kommune 63,064.29; stat 27,027.55
  });

  it('averages the 30 % and 20 % steps in month 6 of the group with 30 weeks (completed weeks 51⅔–56)', () => {
    split('b5', 0, 5, 2.7 / 13); // (⅓ × 0.3 + 4 × 0.2)/(13/3) = 0.2077: kommune 71,380.46; stat 18,711.38
  });
});

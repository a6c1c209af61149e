/**
 * Golden results for scenarios/portefoelje-budgetperiode.json on the current rules: `--rules-year 2026`
 * (the file keeps rulesYear 2015, see its caveat and portefoelje-budgetperiode.test.ts for the 2015 figures).
 * Run through the command line as a user runs it; every expected figure is worked out by hand below from the
 * scenario's inputs and the dk catalogue's dated figures, nothing here imports the engine.
 *
 * The figures in force in 2026 (models/dk/*.json, each cited there), in 2015 prices by the catalogue's EXAMPLE
 * pl index (2015 = 100, +2 points a year: 2023 = 116, 2024 = 118, 2026 = 122):
 *   kontanthjælp after the 2025 reform, forhøjet sats 12,064 kr/md. (2024 kroner): K = 12,064 × 100/118 = 10,223.728814;
 *   uddannelseshjælp → kontanthjælp grundsats 6,955 kr/md. (2024 kroner): U = 6,955 × 100/118 = 5,894.067797;
 *   sygedagpenge max 2024 (the latest found, nearest to 2026; Beskæftigelsesministeriet, Satser for 2024): 4,695 × 52/12 = 20,345 kr/md.:
 *     S = 20,345 × 100/118 = 17,241.525424 (before the 2024 period was cited, the 2023 maximum 19,717 × 100/116 = 16,997.41);
 *   SU stays the EXAMPLE 6,000 (no cited rate); løn W = 25,000 (EXAMPLE).
 *   Taxes 2026: kommuneskat 25.049 %, bundskat 12.01 %, no sundhedsbidrag, AM-bidrag 8 %, beskæftigelsesfradrag
 *   12.75 % (ceiling 63,300 × 100/122 / 12 = 4,323.77 kr/md., not reached: 0.1275 × 25,000 = 3,187.5).
 *   On W: kommune wK = 0.25049 × (25,000 − 2,000 − 3,187.5) = 4,962.833125; stat wS = 2,000 + 0.1201 × 23,000 = 4,762.3.
 *   On a taxable benefit b: kommune 0.25049b, stat 0.1201b.
 *
 * One person-month from kontanthjælp (aktivitetsparat, 20 % state refusion) to a job under 2026 rules:
 *   kommune 0.8K + wK − 0.25049K = 0.54951 × 10,223.728814 + 4,962.833125 = 5,618.041220 + 4,962.833125 = 10,580.874345;
 *   stat 0.2K + wS − 0.1201K = 0.0799 × 10,223.728814 + 4,762.3 = 816.875932 + 4,762.3 = 5,579.175932;
 *   the kommune gets 10,580.87 / 16,160.05 = 65.5 % (2015 rules: 11,235.72 / 16,797.47 = 66.9 %).
 *
 * Per participant, by participant year (the same profile as for 2015; only the figures differ), kommune | stat:
 * A. mentor −9,000 | −9,000 in py1; Δ 0.05 in months 6–41: 0.05 × 10,580.874345 = 529.043717 | 0.05 × 5,579.175932 = 278.958797
 *    a month: py1 −9,000 + 6 × 529.043717 = −5,825.737696 | −7,326.247220; py2–3 6,348.524607 | 3,347.505559; py4 half.
 * B. brobygning −17,666.67 | −17,666.67, social −4,000 (kommune). Lock-in −0.06 (months 0–3, 30 %):
 *      kommune −0.06 × (0.7U + wK − 0.25049U) = −456.736532; stat −0.06 × (0.3U + wS − 0.1201U) = −349.358568.
 *    Education Δ 0.10 (months 4–27), uddannelseshjælp → SU: the saved benefit, and the tax on SU − U = 105.932203:
 *      30 % months: kommune 0.1 × (0.7U + 0.25049 × 105.932203) = 415.238242; stat 0.1 × (0.3U − 6,000 + 0.1201 × 105.932203) = −421.905720;
 *      20 % months: kommune 0.1 × (0.8U + 26.534958) = 474.178919; stat 0.1 × (0.2U − 6,000 + 12.722458) = −480.846398.
 *    Job Δ 0.05 (months 28–87, 20 %): kommune 0.05 × (0.8U + wK − 0.25049U) = 410.084116; stat 0.05 × (0.2U + wS − 0.1201U) = 261.661801.
 *    kommune py1 −17,666.67 − 4,000 − 4 × 456.736532 + 2 × 415.238242 + 6 × 474.178919 = −19,818.062796;
 *      py2 12 × 474.178919 = 5,690.147034; py3 4 × 474.178919 + 8 × 410.084116 = 5,177.388606; py4–7 4,921.009392; py8 1,640.336464.
 * C. Sygedagpenge, Δ 0.10 in months 1–9 (40 % in months 1–5, 30 % in 6–9): kt = wK − 0.25049S = 644.003422,
 *    st = wS − 0.1201S = 2,691.592797; kommune −14,000 + 0.1 × (5.8S + 9kt) = −3,420.312175; stat 0.1 × (3.2S + 9st) = 7,939.721653.
 * Cohorts of 50 in each of 2027–2030: calendar year y gets 50 × Σ_c py(y − c).
 * 2027, kommune: 50 × (−5,825.737696 − 19,818.062796 − 3,420.312175) = 50 × −29,064.112667 = −1,453,205.63.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { close, closeAll, scenarioFile, simulateJson } from './golden-support';

const FILE = scenarioFile('portefoelje-budgetperiode.json');

const K = (12_064 * 100) / 118;
const U = (6_955 * 100) / 118;
const S = (20_345 * 100) / 118;
const SU = 6_000;
const W = 25_000;
const FRADRAG = Math.min(0.1275 * W, (63_300 * 100) / 122 / 12);
const wK = 0.25049 * (W - 0.08 * W - FRADRAG);
const wS = 0.08 * W + 0.1201 * (W - 0.08 * W);
const bK = 0.25049;
const bS = 0.1201;

const aK = 0.05 * (0.8 * K + wK - bK * K);
const aS = 0.05 * (0.2 * K + wS - bS * K);
const A = { kommune: [-9_000 + 6 * aK, 12 * aK, 12 * aK, 6 * aK], stat: [-9_000 + 6 * aS, 12 * aS, 12 * aS, 6 * aS] };
const lockK = -0.06 * (0.7 * U + wK - bK * U);
const lockS = -0.06 * (0.3 * U + wS - bS * U);
const edu = (refusion: number) => ({ kommune: 0.1 * ((1 - refusion) * U + bK * (SU - U)), stat: 0.1 * (refusion * U - SU + bS * (SU - U)) });
const e30 = edu(0.3);
const e20 = edu(0.2);
const jobK = 0.05 * (0.8 * U + wK - bK * U);
const jobS = 0.05 * (0.2 * U + wS - bS * U);
const brobygning = -((106_000 * 4) / 12) / 2;
const B = {
  kommune: [brobygning - 4_000 + 4 * lockK + 2 * e30.kommune + 6 * e20.kommune, 12 * e20.kommune, 4 * e20.kommune + 8 * jobK, ...new Array<number>(4).fill(12 * jobK), 4 * jobK],
  stat: [brobygning + 4 * lockS + 2 * e30.stat + 6 * e20.stat, 12 * e20.stat, 4 * e20.stat + 8 * jobS, ...new Array<number>(4).fill(12 * jobS), 4 * jobS],
};
const C = { kommune: [-14_000 + 0.1 * (5.8 * S + 9 * (wK - bK * S))], stat: [0.1 * (3.2 * S + 9 * (wS - bS * S))] };

function calendar(...profiles: number[][]): number[] {
  const out = new Array<number>(8).fill(0);
  for (const py of profiles) for (let c = 0; c < 4; c++) py.forEach((v, i) => { if (c + i < 8) out[c + i]! += 50 * v; });
  return out;
}
const kommune = calendar(A.kommune, B.kommune, C.kommune);
const stat = calendar(A.stat, B.stat, C.stat);
const total = kommune.map((k, i) => k + stat[i]!);
const npv = (annual: number[]) => annual.reduce((sum, v, i) => sum + v / 1.035 ** i, 0);

interface Figures { annual: number[]; npv: number; paybackYears: number | null }
interface Results {
  ledgers: Record<string, Figures>; departments: Record<string, Figures>; total: Figures;
  rules: { year: number; basis: string; periods: Record<string, { validFrom: string; validTo?: string; covers: boolean }> };
}

let r: Results;
beforeAll(() => {
  r = simulateJson<Results>(FILE, '--rules-year', '2026');
});

describe('the portfolio 2027–2034 on the 2026 rules (--rules-year 2026)', () => {
  it('uses the reformed kontanthjælp, the 2026 taxes and the nearest sygedagpenge maximum (2024)', () => {
    expect(r.rules).toMatchObject({ year: 2026, basis: 'rulesYear' });
    expect(r.rules.periods.kontanthjaelp_30_ikke_forsoerger_maaned).toMatchObject({ validFrom: '2025-07-01', covers: true });
    expect(r.rules.periods.uddannelseshjaelp_maaned).toMatchObject({ validFrom: '2025-07-01', covers: true });
    expect(r.rules.periods.sygedagpenge_maks_maaned).toMatchObject({ validFrom: '2024-01-01', validTo: '2024-12-31', covers: false });
    expect(r.rules.periods.kommuneskat_sats).toMatchObject({ validFrom: '2026-01-01', covers: true });
  });

  it('splits one person-month kontanthjælp → job 10,580.87 kr. (kommune) and 5,579.18 kr. (stat), 65.5 % to the kommune', () => {
    // The hand figures of the file comment; the mentor case's effect months are worth 0.05 of them.
    close(aK / 0.05, 10_580.874345);
    close(aS / 0.05, 5_579.175932);
    expect((aK / (aK + aS)) * 100).toBeCloseTo(65.48, 2);
  });

  it('gives the kommune −1,453,206 kr. in the budget year 2027 (2015 rules: −1,419,964)', () => {
    close(r.ledgers.kommune!.annual[0], -1_453_205.63);
    closeAll(r.ledgers.kommune!.annual, kommune); // … −851,272.05; −274,976.39; 129,787.19; 1,829,043.30; …
  });

  it('gives the stat −1,108,976 kr. in 2027 and its yearly nets to 2034', () => {
    // 2027: 50 × (−7,326.247220 − 22,792.990768 + 7,939.721653) = −1,108,975.82
    close(r.ledgers.stat!.annual[0], -1_108_975.82);
    closeAll(r.ledgers.stat!.annual, stat);
  });

  it('turns the total NPV negative: −22,419 kr. (2015 rules: 419,961), kommune 1,993,350, stat −2,015,769', () => {
    close(r.ledgers.kommune!.npv, npv(kommune));
    close(r.ledgers.stat!.npv, npv(stat));
    close(r.total.npv, npv(total));
    close(r.total.npv, -22_418.80);
    expect(r.ledgers.stat!.paybackYears).toBeNull();
  });

  it('keeps the SU on the stat and the social and health costs on their departments', () => {
    closeAll(r.departments['stat/uddannelse']!.annual, [-240_000, -600_000, -720_000, -720_000, -480_000, -120_000, 0, 0]);
    closeAll(r.departments['kommune/social']!.annual, [-200_000, -200_000, -200_000, -200_000, 0, 0, 0, 0]);
    closeAll(r.departments['kommune/sundhed']!.annual, [-400_000, -400_000, -400_000, -400_000, 0, 0, 0, 0]);
  });
});

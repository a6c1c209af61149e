/**
 * `npm run simulate` on the IPS reference case, spawned as a user runs it. Expected figures come
 * from Ekspertgruppen (2015) Tabel 6.4 and docs/reference-case-ips.md, or are worked out by hand from
 * its inputs in the comments — never from the engine's own output.
 *
 * Hand model (docs/reference-case-ips.md §4): cost 55,000 kr./year in months 0–17 (82,500 in all);
 * Δ = 0.58 − 0.235 = 0.345; gain per participant-year G = 0.345 × g, g = 100,619.91 (kommune),
 * 8,897.83 (region), 55,068.00 (stat), 164,585.74 in all, in months 18–77 (5 years).
 *   G_kommune = 34,713.869, G_region = 3,069.751, G_stat = 18,998.46, G_total = 56,782.080.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SolveJson } from '../golden/golden-support';
import { IPS_FILE, ipsVariant, jsonOf, runAll, tableRows, type CliRun } from './run-cli';

const G_TOTAL = 164_585.74 * 0.345;
const COST = 55_000 * 1.5;

let run: Record<string, CliRun>;

beforeAll(async () => {
  const tenParticipants = ipsVariant('ips-10.json', (s) => { s.targetGroups[0]!.cohorts[0]!.count = 10; });
  // The published case has no department split; book the cost to the employment department to see one.
  const withDepartment = ipsVariant('ips-department.json', (s) => {
    s.targetGroups[0]!.interventions[0]!.costs[0]!.payer = { ledger: 'kommune', department: 'beskaeftigelse' };
  });
  run = await runAll({
    table: [IPS_FILE],
    annual: [IPS_FILE, '--annual'],
    tenPerParticipant: [tenParticipants],
    tenTotalAnnual: [tenParticipants, '--total', '--annual'],
    departments: [withDepartment, '--departments', '--lang', 'en'],
    discounted: [IPS_FILE, '--discount', 'fm-2021', '--discounted'],
    welfare: [IPS_FILE, '--perspective', 'welfare'],
    welfareJson: [IPS_FILE, '--perspective', 'welfare', '--json', '--lang', 'en'],
    json: [withDepartment, '--json', '--discount', 'fm-2021', '--timing', 'end'],
    csv: [IPS_FILE, '--csv'],
    solve: [IPS_FILE, '--solve', 'andel_job_med_ips', '--target', 'total', '--metric', 'cumulative', '--year', '7', '--json'],
    noSolution: [IPS_FILE, '--solve', 'andel_job_med_ips', '--target', 'total', '--metric', 'cumulative', '--year', '7', '--range', '0,0.3'],
    explain: [IPS_FILE, '--explain', 'kommune', '--year', '7'],
  });
});

describe('the default table (cumulative, per participant, undiscounted)', () => {
  it('prints every cell of Tabel 6.4 in da-DK format, with a true minus sign', () => {
    expect(run.table!.code).toBe(0);
    expect(run.table!.stderr).toBe('');
    expect(run.table!.stdout).toContain('År 1');
    expect(tableRows(run.table!.stdout, 'Kommune')[0]).toEqual(['−55.000', '−65.143', '−30.429', '4.285', '38.999', '73.712', '91.069']);
    expect(tableRows(run.table!.stdout, 'Region')[0]).toEqual(['0', '1.535', '4.605', '7.674', '10.744', '13.814', '15.349']);
    expect(tableRows(run.table!.stdout, 'Stat')[0]).toEqual(['0', '9.499', '28.498', '47.496', '66.495', '85.493', '94.992']);
    expect(tableRows(run.table!.stdout, 'Netto')[0]).toEqual(['−55.000', '−54.109', '2.673', '59.455', '116.237', '173.019', '201.410']);
  });

  it('gives payback 3,877 years for the kommune and 2,953 in total, with BCR 2,10 and 3,44', () => {
    // 1.5 + 82,500 / 34,713.87 = 3.8766; 1.5 + 82,500 / 56,782.07 = 2.9529 (docs/reference-case-ips.md §5).
    // BCR 173,569 / 82,500 = 2.10; 283,910 / 82,500 = 3.44. Undiscounted, so NPV = cumulative in year 7.
    expect(tableRows(run.table!.stdout, 'Kommune')[1]).toEqual(['3,877 år', '91.069', '2,10']);
    expect(tableRows(run.table!.stdout, 'Netto')[1]).toEqual(['2,953 år', '201.410', '3,44']);
  });

  it('states the discounting, its timing convention, the perspective and the participants', () => {
    expect(run.table!.stdout).toMatch(/^Diskontering: .+; .+/m);
    expect(run.table!.stdout).toMatch(/^Perspektiv: .*\(budget\)$/m);
    expect(run.table!.stdout).toMatch(/^Deltagere: 1$/m);
  });
});

describe('view options', () => {
  it('--annual shows each year on its own: the kommune gains 34.714 a year once the programme ends', () => {
    // Year 2: −27,500 + 34,713.87 / 2 = −10,143.07; year 3: 34,713.87; year 7: half a year = 17,356.93.
    expect(tableRows(run.annual!.stdout, 'Kommune')[0]).toEqual(['−55.000', '−10.143', '34.714', '34.714', '34.714', '34.714', '17.357']);
    expect(tableRows(run.annual!.stdout, 'Netto')[0]![2]).toBe('56.782');
  });

  it('divides by all participants by default and shows totals with --total', () => {
    // Ten participants: per participant as before; in total ten times the annual figure, 347,138.69.
    expect(tableRows(run.tenPerParticipant!.stdout, 'Kommune')[0]![6]).toBe('91.069');
    expect(tableRows(run.tenTotalAnnual!.stdout, 'Kommune')[0]).toEqual(['−550.000', '−101.431', '347.139', '347.139', '347.139', '347.139', '173.569']);
    expect(run.tenTotalAnnual!.stdout).toMatch(/^Deltagere: 10$/m);
  });

  it('--departments splits the kommune into the department that pays and the rest, and hides all-zero departments', () => {
    const out = run.departments!.stdout;
    // Cumulative cost 55,000 then 82,500; the gain 17,356.93 in year 2, +34,713.87 a year, 173,569 by year 7.
    expect(tableRows(out, 'Kommune – Beskæftigelse')[0]).toEqual(['−55,000', '−82,500', '−82,500', '−82,500', '−82,500', '−82,500', '−82,500']);
    expect(tableRows(out, 'Kommune – no department')[0]).toEqual(['0', '17,357', '52,071', '86,785', '121,499', '156,212', '173,569']);
    expect(tableRows(out, 'Net')[0]![6]).toBe('201,410');
    expect(out).toContain('Year 7');
    expect(out).not.toContain('Sundhed');
    expect(out).not.toContain('Somatik');
  });

  it('--discount fm-2021 --discounted reproduces the optional 3.5 % check of the reference case', () => {
    // docs/reference-case-ips.md §5: NPV ≈ 72,515 / 13,626 / 84,329 / 170,469 with year 1 as base year.
    const out = run.discounted!.stdout;
    expect(tableRows(out, 'Kommune')[0]![6]).toBe('72.515');
    expect(tableRows(out, 'Region')[0]![6]).toBe('13.626');
    expect(tableRows(out, 'Stat')[0]![6]).toBe('84.329');
    expect(tableRows(out, 'Netto')[0]![6]).toBe('170.469');
    expect(out).toContain('diskonteret');
  });

  it('--perspective welfare leaves out the unspecified budget gains and values the cost at market prices', () => {
    // The welfare perspective counts 'intervention' but not 'unspecified', and public spending × NAF 1.28
    // (Finansministeriet 2023): 55,000 × 1.28 = 70,400 in year 1, 82,500 × 1.28 = 105,600 from year 2.
    const out = run.welfare!.stdout;
    expect(tableRows(out, 'Netto')[0]).toEqual(['−70.400', '−105.600', '−105.600', '−105.600', '−105.600', '−105.600', '−105.600']);
    expect(tableRows(out, 'Netto')[1]![0]).toBe('ikke inden for horisonten');
    expect(out).toMatch(/^Perspektiv: Velfærdsøkonomisk \(welfare\)$/m);
  });

  it('--perspective welfare says IPS\'s production value is not computed (direct values, no wage), in the table and the JSON', () => {
    expect(run.welfare!.stdout).toMatch(/^Velfærdsøkonomisk opgørelse: produktionsværdien er ikke opgjort: .*nettoafgiftsfaktor \(NAF\) 1,28, skatteforvridningsfaktor \(SFF\) 1 \(Finansministeriet 2023\)$/m);
    expect(run.table!.stdout).not.toMatch(/Velfærdsøkonomisk opgørelse/);
    const r = jsonOf<{ welfare: { assessed: boolean; netTaxFactor: number; statement: string } }>(run.welfareJson!);
    expect(r.welfare).toMatchObject({ assessed: false, netTaxFactor: 1.28, distortionFactor: 1, sourceYear: 2023 });
    expect(r.welfare.statement).toMatch(/^production value not computed: /);
    expect(jsonOf<{ welfare?: unknown }>(run.json!).welfare).toBeUndefined();
  });
});

describe('--json and --csv', () => {
  it('--json gives the raw results, with the overridden discounting and every department', () => {
    expect(run.json!.code).toBe(0);
    const r = jsonOf(run.json!);
    expect(r.total.paybackYears).toBeCloseTo(1.5 + COST / G_TOTAL, 6);
    expect(r.total.paybackYears).toBeCloseTo(2.953, 3);
    expect(r.ledgers.kommune.paybackYears).toBeCloseTo(3.877, 3);
    expect(r.total.cumulative[6]).toBeCloseTo(G_TOTAL * 5 - COST, 4);
    // End-of-year timing at 3.5 %: Netto ≈ 164,704 (docs/reference-case-ips.md §5).
    expect(Math.abs(r.total.npv - 164_704)).toBeLessThan(1);
    expect(r.discount.timing).toBe('end');
    expect(r.ledgers.region.bcr).toBeNull();
    expect(r.ledgers.kommune.perParticipant.cumulative[6]).toBeCloseTo(0.345 * 100_619.91 * 5 - COST, 4);
    expect(r.departments['kommune/beskaeftigelse'].cumulative[6]).toBeCloseTo(-COST, 6);
    expect(r.years.map((y) => y.label)).toEqual(['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7']);
    expect(r.participants).toBe(1);
  });

  it('--csv prints the basis line, a header and one line per ledger plus the total, with dot decimals rounded to øre', () => {
    // The first line states the basis of the figures (the table's heading); the table follows.
    const [basis, ...lines] = run.csv!.stdout.trimEnd().split('\n');
    expect(basis).toBe('"Akkumuleret nettoresultat pr. deltager, udiskonteret (kr.)"');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('id,label,År 1,År 2,År 3,År 4,År 5,År 6,År 7');
    // Kommune year 7: 5 × 34,713.869 − 82,500 = 91,069.34; total: 5 × 56,782.080 − 82,500 = 201,410.40.
    expect(lines[1]!.split(',').slice(0, 3)).toEqual(['kommune', 'Kommune', '-55000']);
    expect(lines[1]!.split(',')[8]).toBe('91069.34');
    expect(lines[4]!.split(',')[8]).toBe('201410.4');
  });
});

describe('--solve and --explain', () => {
  it('finds the treated share at which the cumulative net in year 7 is zero', () => {
    // 82,500 = (x − 0.235) × 164,585.74 × 5  →  x = 0.235 + 82,500 / 822,928.70 = 0.335252.
    const r = jsonOf<SolveJson>(run.solve!);
    expect(r.found).toBe(true);
    expect(r.value).toBeCloseTo(0.235 + COST / (164_585.74 * 5), 6);
    expect(Math.abs(r.residual!)).toBeLessThan(1e-3);
  });

  it('says plainly when the interval holds no break-even value, and exits 0', () => {
    // At x = 0.3 the gain is 0.065 × 822,928.70 = 53,490 < 82,500: negative across [0, 0.3].
    expect(run.noSolution!.code).toBe(0);
    expect(run.noSolution!.stdout).toContain('Nulpunkt (Netto, akkumuleret, År 7): ingen løsning i [0; 0,3] – målet skifter ikke fortegn i intervallet');
  });

  it('explains the kommune figure of year 7 by its lines and the parameters with their sources', () => {
    const out = run.explain!.stdout;
    expect(run.explain!.code).toBe(0);
    expect(out).toContain('91.069');
    expect(out).toContain('−82.500'); // 55,000 × 1.5
    expect(out).toContain('173.569'); // 34,713.87 × 5
    expect(out).toMatch(/omkostning_pr_aar = 55\.000/);
    // The template's source, copied into the file, reads in Danish (texts.da.json).
    expect(out).toContain('CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
  });
});

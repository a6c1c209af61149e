/**
 * Checks specific to the Danish catalogue (models/dk/) that the generic catalogue test does not
 * make: the id contract scenario authors rely on, the templates run on their own, target groups
 * point at real states, units fit the names, and the refusion rules match docs/financing-rules.md §1–§3.
 */
import { lineLabelText } from '../../src/format/line-text';
import { describe, expect, it } from 'vitest';
import { runScenario, type Projection } from '../../src/engine';
import { constantInForce } from '../../src/engine/calc/dated';
import { shippedCatalogues } from '../../src/io/catalogues';
import { parseScenarioJson } from '../../src/io/load-scenario';

const dk = shippedCatalogues().find((c) => c.id === 'dk')!;
const constants = dk.constants ?? {};
const states = dk.states ?? {};
const rules = dk.refusionRules ?? {};

/** A scenario on the dk catalogue with one target group of `count` participants. */
function scenario(intervention: unknown, parameters: unknown = {}, settings: object = {}, seniority = 60, count = 1) {
  return {
    kind: 'afkast.scenario', schemaVersion: 1, title: 'dk test', catalogue: { id: 'dk', version: dk.version },
    settings: { horizonYears: 10, ...settings }, parameters,
    targetGroups: [{ id: 'g', label: 'g', startingSeniorityWeeks: seniority, cohorts: [{ count, startMonth: 0 }], interventions: [intervention] }],
  };
}

function run(json: unknown): Projection {
  const loaded = parseScenarioJson(json);
  expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  if (!loaded.ok) throw new Error('did not load');
  expect(loaded.value.warnings).toEqual([]);
  const result = runScenario(loaded.value.scenario, loaded.value.model);
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (!result.ok) throw new Error('did not run');
  return result.value;
}

/** One person moved from `from` to `to` for the first 12 months. */
function moveForOneYear(from: string, to: string) {
  return {
    id: 'flyt', label: 'flyt', costs: [],
    outcomes: [{ label: 'flyt', state: to, treated: 1, counterfactual: 0, startMonth: 0, durationMonths: 12, value: { type: 'derived', from, to } }],
  };
}

/** The share of a staircase or flat rule in seniority week `week` (1-based), read off the steps. */
function shareInWeek(id: string, week: number): number {
  const rule = rules[id]!;
  if (rule.type === 'flat') return rule.share;
  return [...rule.steps].reverse().find((s) => s.fromWeek <= week)!.share;
}

describe('the Danish catalogue dk', () => {
  it('is version 1.0.0 at price year 2015 with a changelog entry for that version', () => {
    expect(dk.version).toBe('1.0.0');
    expect(dk.priceYear).toBe(2015);
    expect(dk.changelog.map((c) => c.version)).toContain('1.0.0');
  });

  it('keeps the id contract: the constants scenario authors use, with the figures of the brief', () => {
    const figures: Record<string, [number, string, number | undefined]> = {
      kontanthjaelp_30_forsoerger_maaned: [14203, 'DKK/month', 2014],
      kontanthjaelp_30_ikke_forsoerger_maaned: [10689, 'DKK/month', 2014],
      sygedagpenge_maks_maaned: [17658, 'DKK/month', 2014],
      revalideringsydelse_30_maaned: [17633, 'DKK/month', 2014],
      dagpenge_maks_maaned: [17658, 'DKK/month', 2014], // 4,075 kr/week × 52/12 = 17,658.33
      samfundsoekonomisk_gevinst_langtidsledig_aar: [348000, 'DKK/person/year', 2017],
      samfundsoekonomisk_gevinst_psykisk_saarbar_aar: [360000, 'DKK/person/year', 2017],
      samfundsoekonomisk_gevinst_fysisk_handicap_aar: [392000, 'DKK/person/year', 2017],
      samfundsoekonomisk_gevinst_kommunikationshandicap_aar: [401000, 'DKK/person/year', 2017],
      samfundsoekonomisk_gevinst_flygtning_aar: [405000, 'DKK/person/year', 2017],
      loentilskud_offentlig_timeloen: [121.47, 'DKK/hour', 2015],
      brobygning_pris_helaarsplads: [106000, 'DKK/person/year', 2015],
      oevrig_vejledning_pris_helaarsperson: [127000, 'DKK/person/year', 2015],
      // 2015 personal taxes (Skatteministeriet, Personskattesatserne for 2015; SKAT, Beskæftigelsesfradrag; AM-bidragsloven § 3)
      kommuneskat_sats: [0.249, 'share', undefined],
      bundskat_sats: [0.0808, 'share', undefined],
      sundhedsbidrag_sats: [0.04, 'share', undefined],
      am_bidrag_sats: [0.08, 'share', undefined],
      beskaeftigelsesfradrag_sats: [0.0805, 'share', undefined],
      beskaeftigelsesfradrag_max_aar: [26800, 'DKK/year', 2015],
    };
    for (const [id, [value, unit, priceYear]] of Object.entries(figures)) {
      expect({ id, value: constants[id]?.value, unit: constants[id]?.unit, priceYear: constants[id]?.priceYear }).toEqual({ id, value, unit, priceYear });
    }
    for (const id of ['uddannelseshjaelp_maaned', 'su_maaned', 'loen_ordinaer_beskaeftigelse_maaned', 'tilbageloeb_sats']) {
      expect({ id, example: constants[id]?.example }).toEqual({ id, example: true });
    }
    for (const id of ['kommuneskat_sats', 'bundskat_sats', 'sundhedsbidrag_sats', 'am_bidrag_sats', 'beskaeftigelsesfradrag_sats']) {
      expect({ id, example: constants[id]?.example, validFrom: constants[id]?.validFrom }).toEqual({ id, example: undefined, validFrom: '2015-01-01' });
    }
    for (const id of ['brobygning_pris_helaarsplads', 'oevrig_vejledning_pris_helaarsperson']) {
      // EG 2015 §8.7 Tabel 1 is spending: the unit costs are gross (issue 8 item 4), never called net.
      expect(constants[id]!.note).toMatch(/GROSS/);
      expect(constants[id]!.note).not.toMatch(/NET after/);
    }
    // …and no template note says the gross price understates the kommune's cost.
    expect(JSON.stringify(dk.interventionTemplates)).not.toMatch(/NET after tax|understates the cost/);
  });

  it('gives uddannelseshjælp at the ministry\'s rate of the rules year, the nearest where a year was not found', () => {
    // Beskæftigelsesministeriet, Satser for 2016/2019/2020/2023 – Uddannelseshjælp, udeboende (§ 23, stk. 2, nr. 6 og 8);
    // from 1 July 2025 the reformed kontanthjælp's grundsats. 2015 stays the EXAMPLE figure; a year not found
    // takes the nearest period (the later on a tie) and is marked as not covered.
    const inForce = (year: number) => {
      const { constant, choice } = constantInForce(constants.uddannelseshjaelp_maaned!, year);
      return { year, value: constant.value, example: constant.example ?? false, covers: choice?.covers };
    };
    expect([2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024, 2025, 2026].map(inForce)).toEqual([
      { year: 2015, value: 6000, example: true, covers: true },
      { year: 2016, value: 6010, example: false, covers: true },
      { year: 2017, value: 6010, example: false, covers: false },
      { year: 2018, value: 6259, example: false, covers: false },
      { year: 2019, value: 6259, example: false, covers: true },
      { year: 2020, value: 6331, example: false, covers: true },
      { year: 2023, value: 6545, example: false, covers: true },
      { year: 2024, value: 6955, example: false, covers: false },
      { year: 2025, value: 6955, example: false, covers: true },
      { year: 2026, value: 6955, example: false, covers: true },
    ]);
  });

  /** The figure of `id` in force in each year: its value, whether it is an EXAMPLE, and whether its period covers the year. */
  const picks = (id: string, years: number[]) => years.map((year) => {
    const { constant, choice } = constantInForce(constants[id]!, year);
    return { year, value: constant.value, priceYear: constant.priceYear, example: constant.example ?? false, covers: choice?.covers };
  });

  it('gives the sygedagpenge maximum of the rules year from the ministry\'s satser, the nearest where a year was not found', () => {
    // Beskæftigelsesministeriet, Satser for 2015 and 2019 – Sygedagpenge (§ 50, stk. 1): 4,135 and 4,355 kr/week;
    // Satser for 2024 – Ressourceforløbsydelse (§ 68, stk. 4, højeste sygedagpengebeløb): 4,695 kr/week; × 52/12,
    // rounded: 17,918.33 → 17,918; 18,871.67 → 18,872; 20,345 exactly. 2014 is Tabel 7.7's 4,075 × 52/12 → 17,658,
    // 2023 the satsvejledning's 4,550 × 52/12 → 19,717. Between two equally near periods the later is used.
    expect([4_135, 4_355, 4_695].map((week) => Math.round((week * 52) / 12))).toEqual([17_918, 18_872, 20_345]);
    expect(picks('sygedagpenge_maks_maaned', [2014, 2015, 2016, 2017, 2019, 2021, 2023, 2024, 2026])).toEqual([
      { year: 2014, value: 17_658, priceYear: 2014, example: false, covers: true },
      { year: 2015, value: 17_918, priceYear: 2015, example: false, covers: true },
      { year: 2016, value: 17_918, priceYear: 2015, example: false, covers: false },
      { year: 2017, value: 18_872, priceYear: 2019, example: false, covers: false },
      { year: 2019, value: 18_872, priceYear: 2019, example: false, covers: true },
      { year: 2021, value: 19_717, priceYear: 2023, example: false, covers: false },
      { year: 2023, value: 19_717, priceYear: 2023, example: false, covers: true },
      { year: 2024, value: 20_345, priceYear: 2024, example: false, covers: true },
      { year: 2026, value: 20_345, priceYear: 2024, example: false, covers: false },
    ]);
  });

  it('gives the ressourceforløbsydelse of a provider from the ministry\'s satser (no longer an EXAMPLE)', () => {
    // Beskæftigelsesministeriet, Satser for 2015/2017/2020/2022/2024 – Ressourceforløbsydelse, forsørgere
    // (§§ 68, stk. 2, nr. 1 og 69 j, stk. 2, nr. 1): 14,416; 14,808; 15,355; 15,570; 16,382 kr. a month.
    const c = constants.ressourceforloebsydelse_maaned!;
    expect({ example: c.example, value: c.value, priceYear: c.priceYear, validFrom: c.validFrom }).toEqual({ example: undefined, value: 14_416, priceYear: 2015, validFrom: '2015-01-05' });
    expect(picks('ressourceforloebsydelse_maaned', [2014, 2015, 2016, 2017, 2020, 2021, 2022, 2023, 2024, 2026])).toEqual([
      { year: 2014, value: 14_416, priceYear: 2015, example: false, covers: false },
      { year: 2015, value: 14_416, priceYear: 2015, example: false, covers: true },
      { year: 2016, value: 14_808, priceYear: 2017, example: false, covers: false },
      { year: 2017, value: 14_808, priceYear: 2017, example: false, covers: true },
      { year: 2020, value: 15_355, priceYear: 2020, example: false, covers: true },
      { year: 2021, value: 15_570, priceYear: 2022, example: false, covers: false },
      { year: 2022, value: 15_570, priceYear: 2022, example: false, covers: true },
      { year: 2023, value: 16_382, priceYear: 2024, example: false, covers: false },
      { year: 2024, value: 16_382, priceYear: 2024, example: false, covers: true },
      { year: 2026, value: 16_382, priceYear: 2024, example: false, covers: false },
    ]);
  });

  it('gives kontanthjælp 30+ at the ministry\'s 2023 rates, and the reform\'s forhøjet sats from July 2025 for a non-provider', () => {
    // Beskæftigelsesministeriet, Satser for 2023 – Kontanthjælp (§ 25, stk. 2, nr. 1 og 2): 15,874 / 11,944 kr. a month.
    // A 2015 case keeps Tabel 7.7's 2014 rates (the nearest); a 2024 case takes, for the non-provider, the later of
    // 2023 and the reform (both one year away), for the provider the 2023 rate (no later figure found).
    expect(picks('kontanthjaelp_30_forsoerger_maaned', [2015, 2023, 2024, 2026])).toEqual([
      { year: 2015, value: 14_203, priceYear: 2014, example: false, covers: false },
      { year: 2023, value: 15_874, priceYear: 2023, example: false, covers: true },
      { year: 2024, value: 15_874, priceYear: 2023, example: false, covers: false },
      { year: 2026, value: 15_874, priceYear: 2023, example: false, covers: false },
    ]);
    expect(picks('kontanthjaelp_30_ikke_forsoerger_maaned', [2015, 2022, 2023, 2024, 2025, 2026])).toEqual([
      { year: 2015, value: 10_689, priceYear: 2014, example: false, covers: false },
      { year: 2022, value: 11_944, priceYear: 2023, example: false, covers: false },
      { year: 2023, value: 11_944, priceYear: 2023, example: false, covers: true },
      { year: 2024, value: 12_064, priceYear: 2024, example: false, covers: false },
      { year: 2025, value: 12_064, priceYear: 2024, example: false, covers: true },
      { year: 2026, value: 12_064, priceYear: 2024, example: false, covers: true },
    ]);
  });

  it('gives the dagpenge maximum of 2023 and 2025 from the ministry\'s satser (2024 from an a-kasse)', () => {
    // Beskæftigelsesministeriet, Satser for 2023 (udvalgte satser): fuldtidsforsikrede 19,728 kr. a month;
    // Satser for 2025 – Dagpenge (§ 47): 21,092 kr. a month (Dansk Metal gives the same: 305,681 / 12 × 0.92 × 0.9).
    expect(Math.round((305_681 / 12) * 0.92 * 0.9)).toBe(21_092);
    expect(picks('dagpenge_maks_maaned', [2015, 2023, 2024, 2025, 2026])).toEqual([
      { year: 2015, value: 17_658, priceYear: 2014, example: false, covers: false },
      { year: 2023, value: 19_728, priceYear: 2023, example: false, covers: true },
      { year: 2024, value: 20_359, priceYear: 2024, example: false, covers: true },
      { year: 2025, value: 21_092, priceYear: 2025, example: false, covers: true },
      { year: 2026, value: 21_092, priceYear: 2025, example: false, covers: false },
    ]);
  });

  it('runs a 2024 case on the 2024 sygedagpenge maximum and ressourceforløbsydelse (the period the rules year picks)', () => {
    // Seniority 60 weeks → the 2016 staircase gives the state 20 %; no price year set, so no re-pricing.
    // An employee on full pay back at work: the kommune saves 0.8 · 20,345 = 16,276 a month, the stat 0.2 · 20,345 = 4,069.
    const sick = run(scenario(moveForOneYear('sygedagpenge_fuld_loen', 'ordinaer_beskaeftigelse'), {}, { rulesYear: 2024 }));
    expect(sick.rules.periods.sygedagpenge_maks_maaned).toMatchObject({ validFrom: '2024-01-01', validTo: '2024-12-31', covers: true });
    expect(sick.ledgers.kommune!.annual[0]).toBeCloseTo(12 * 16_276, 6);
    expect(sick.ledgers.stat!.annual[0]).toBeCloseTo(12 * 4_069, 6);
    // Out of a ressourceforløb: the benefit saved is 0.8 · 16,382 = 13,105.6 a month to the kommune, 0.2 · 16,382 = 3,276.4 to the stat.
    const forloeb = run(scenario(moveForOneYear('ressourceforloeb', 'ordinaer_beskaeftigelse'), {}, { rulesYear: 2024 }));
    expect(forloeb.rules.periods.ressourceforloebsydelse_maaned).toMatchObject({ validFrom: '2024-01-01', covers: true });
    expect(forloeb.ledgers.kommune!.byCategory.benefits![0]).toBeCloseTo(12 * 13_105.6, 6);
    expect(forloeb.departments['stat/overfoersler']!.annual[0]).toBeCloseTo(12 * 3_276.4, 6);
  });

  it('keeps the id contract: states, refusion rules, tax rules, the pl index and the samfund ledger', () => {
    for (const id of ['kontanthjaelp_forsoerger', 'kontanthjaelp_ikke_forsoerger', 'uddannelseshjaelp', 'sygedagpenge', 'revalidering', 'dagpenge', 'ordinaer_beskaeftigelse', 'ordinaer_uddannelse']) {
      expect(states[id], id).toBeDefined();
    }
    expect(states.dagpenge!.components[0]).toMatchObject({
      payer: 'stat', department: 'overfoersler', refusion: 'dagpenge_medfinansiering', refundLedger: 'kommune', refundDepartment: 'beskaeftigelse',
    });
    expect(states.ordinaer_beskaeftigelse!.components.map((c) => c.type)).toEqual(['wage']);
    expect(states.ordinaer_uddannelse!.components[0]).toMatchObject({ type: 'benefit', payer: 'stat', department: 'uddannelse', taxable: true });
    expect(Object.keys(rules)).toEqual(expect.arrayContaining(['refusion_2016', 'refusion_passiv_30', 'refusion_aktiv_50', 'dagpenge_medfinansiering']));
    expect(dk.taxRules?.kommuneskat).toMatchObject({ ledger: 'kommune' });
    expect(dk.taxRules?.am_bidrag).toMatchObject({ ledger: 'stat', department: 'skat', base: 'wage' });
    expect(dk.taxRules?.kommuneskat).toMatchObject({ deductFirst: ['am_bidrag'], wageDeduction: { share: 'beskaeftigelsesfradrag_sats' } });
    expect(dk.taxRules?.bundskat).toMatchObject({ ledger: 'stat', deductFirst: ['am_bidrag'] });
    expect(dk.taxRules?.bundskat?.wageDeduction).toBeUndefined();
    expect(dk.ledgers?.find((l) => l.id === 'samfund')?.label).toBe('Samfundet (realøkonomi)');
    // +2 index points a year from 2015 = 100: 2014 = 98, 2016 = 102, 2030 = 100 + 2·15 = 130.
    const pl = dk.priceIndices?.pl;
    expect(pl?.example).toBe(true);
    const at = (year: number) => pl?.values.find((v) => v.year === year)?.value;
    expect([at(2010), at(2014), at(2015), at(2016), at(2030)]).toEqual([90, 98, 100, 102, 130]);
  });

  it('gives monthly rates in DKK/month, annual figures per year, and shares between 0 and 1', () => {
    const wrong = Object.entries(constants).flatMap(([id, c]) => {
      if (id.endsWith('_maaned') && c.unit !== 'DKK/month') return [`${id}: ${c.unit}`];
      if (id.endsWith('_aar') && !['DKK/year', 'DKK/person/year'].includes(c.unit)) return [`${id}: ${c.unit}`];
      if (/_(andel|sats)$/.test(id) && c.unit !== 'share') return [`${id}: ${c.unit}`];
      if (c.unit === 'share' && (c.value < 0 || c.value > 1)) return [`${id}: ${c.value}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('points every target group at an existing baseline state and every template at existing target groups', () => {
    const groups = dk.targetGroups ?? {};
    const broken = Object.entries(groups).filter(([, g]) => g.baselineState !== undefined && !states[g.baselineState]).map(([id]) => id);
    expect(broken).toEqual([]);
    const unknownGroups = Object.entries(dk.interventionTemplates ?? {})
      .flatMap(([id, t]) => (t.targetGroups ?? []).filter((g) => !groups[g]).map((g) => `${id}: ${g}`));
    expect(unknownGroups).toEqual([]);
    // Tabel 3.1: the thirteen benefit rows add up to the total row (553,900 persons).
    const rows = ['sygedagpenge', 'uddannelseshjaelp_aabenlyst_uddannelsesparat', 'uddannelseshjaelp_uddannelsesparat', 'uddannelseshjaelp_aktivitetsparat',
      'kontanthjaelp_jobparat', 'kontanthjaelp_aktivitetsparat', 'arbejdsmarkedsydelse', 'saerlig_uddannelsesydelse', 'revalidering', 'ressourceforloeb',
      'fleksjob', 'ledighedsydelse', 'foertidspension'];
    expect(rows.reduce((sum, id) => sum + (groups[id]?.count ?? NaN), 0)).toBe(groups.udkant_i_alt?.count);
  });

  it('has a 2016 staircase and a dagpenge co-financing staircase that mirror each other (state + kommune = 100 % each step)', () => {
    const refusion = rules.refusion_2016!;
    const cofinancing = rules.dagpenge_medfinansiering!;
    if (refusion.type !== 'staircase' || cofinancing.type !== 'staircase') throw new Error('expected staircases');
    expect(refusion.steps.map((s) => s.fromWeek)).toEqual([1, 5, 27, 53]);
    expect(cofinancing.steps.map((s) => s.fromWeek)).toEqual(refusion.steps.map((s) => s.fromWeek));
    refusion.steps.forEach((s, i) => expect(s.share + cofinancing.steps[i]!.share).toBeCloseTo(1, 12));
    expect(refusion.steps.map((s) => s.share)).toEqual([0.8, 0.4, 0.3, 0.2]);
  });

  it('gives the old activity-based rules the shares of docs/financing-rules.md §2', () => {
    // docs/financing-rules.md §2, row by row: [rule, week, state share].
    const table: [string, number, number][] = [
      ['refusion_passiv_30', 1, 0.3], // kontanthjælp, passive or øvrig vejledning
      ['refusion_aktiv_50', 1, 0.5], // kontanthjælp, praktik, nytteindsats, ordinary education
      ['refusion_gammel_revalidering_passiv', 1, 0.3],
      ['refusion_gammel_revalidering_uddannelse', 1, 0.5],
      ['refusion_gammel_revalidering_praktik', 1, 0.65],
      ['refusion_gammel_sygedagpenge_passiv', 1, 1], ['refusion_gammel_sygedagpenge_passiv', 4, 1], // weeks 0–4: 100 %
      ['refusion_gammel_sygedagpenge_passiv', 5, 0.5], ['refusion_gammel_sygedagpenge_passiv', 8, 0.5], // weeks 5–8: 50 %
      ['refusion_gammel_sygedagpenge_passiv', 9, 0.3], ['refusion_gammel_sygedagpenge_passiv', 52, 0.3], // weeks 9–52, passive: 30 %
      ['refusion_gammel_sygedagpenge_passiv', 53, 0], ['refusion_gammel_sygedagpenge_passiv', 200, 0], // after week 52: 0 %
      ['refusion_gammel_sygedagpenge_aktiv', 4, 1], ['refusion_gammel_sygedagpenge_aktiv', 5, 0.5],
      ['refusion_gammel_sygedagpenge_aktiv', 9, 0.5], ['refusion_gammel_sygedagpenge_aktiv', 52, 0.5], // weeks 9–52, active: 50 %
      ['refusion_gammel_sygedagpenge_aktiv', 53, 0],
      ['refusion_gammel_integration_50', 1, 0.5],
    ];
    expect(table.map(([id, week]) => [id, week, shareInWeek(id, week)])).toEqual(table);
  });

  it('values a provider moved from kontanthjælp into work as worked out by hand, with tilbageløb only in the fiscal view', () => {
    // Seniority 60 weeks: the 2016 staircase gives the state 20 %. Per month, no re-pricing:
    //   2015 taxes by income kind (models/dk/taxes.json): on the wage AM-bidrag 0.08·25,000 = 2,000 first, then the
    //   beskæftigelsesfradrag min(0.0805·25,000, 26,800/12) = 2,012.5 off the base of kommuneskat and sundhedsbidrag:
    //     kommuneskat 0.249·(25,000 − 2,000 − 2,012.5) = 5,225.8875;
    //     stat 2,000 + sundhedsbidrag 0.04·20,987.5 + bundskat 0.0808·23,000 = 2,000 + 839.5 + 1,858.4 = 4,697.9;
    //   on the kontanthjælp (no AM-bidrag, no fradrag) kommune 0.249·14,203 = 3,536.547, stat 0.1208·14,203 = 1,715.7224.
    //   kommune: 0.8·14,203 saved − 3,536.547 tax lost + 5,225.8875 tax gained = 11,362.4 − 3,536.547 + 5,225.8875 = 13,051.7405
    //   stat:    0.2·14,203 saved − 1,715.7224 + 4,697.9 = 2,840.6 − 1,715.7224 + 4,697.9 = 5,822.7776
    //   tilbageløb (fiscal only): 0.1·(25,000 − 14,203) = 1,079.7
    const move = moveForOneYear('kontanthjaelp_forsoerger', 'ordinaer_beskaeftigelse');
    const budget = run(scenario(move));
    expect(budget.ledgers.kommune!.annual[0]).toBeCloseTo(12 * 13051.7405, 6);
    expect(budget.ledgers.stat!.annual[0]).toBeCloseTo(12 * 5822.7776, 6);
    const fiscal = run(scenario(move, {}, { perspective: 'fiscal' }));
    expect(fiscal.ledgers.stat!.annual[0]).toBeCloseTo(12 * (5822.7776 + 1079.7), 6);
    expect(fiscal.ledgers.kommune!.annual[0]).toBeCloseTo(12 * 13051.7405, 6);
  });

  it('keeps the integration grundtilskud when a person in the programme gets a job (it is paid per participant)', () => {
    // integrationsydelse 6,000 kr/md. (EXAMPLE), 50 % refusion in the programme: the kommune saves 0.5 · 6,000 = 3,000
    // a month of benefit; the grundtilskud (2,604 kr/md. stat → kommune) is paid in both states and nets to 0.
    const projection = run(scenario(moveForOneYear('integrationsydelse', 'job_i_integrationsprogram')));
    expect(projection.ledgers.kommune!.byCategory.benefits![0]).toBeCloseTo(12 * 3_000, 6);
    expect(projection.departments['stat/overfoersler']!.annual[0]).toBeCloseTo(12 * 3_000, 6);
    const grant = projection.lines.filter((l) => lineLabelText(l.label).includes('Grundtilskud'));
    expect(grant.reduce((sum, l) => sum + l.annual[0]!, 0)).toBeCloseTo(0, 6);
    // The template values its job effect with the state that keeps the grant.
    const outcome = dk.interventionTemplates!.integrationsprogram!.intervention.outcomes[0]!;
    expect(outcome.value).toMatchObject({ type: 'derived', from: 'integrationsydelse', to: 'job_i_integrationsprogram' });
  });

  it('raises no taxable income when an employee on full pay returns to work: the sygedagpenge went to the employer', () => {
    // Seniority 60 weeks → 20 % refusion: kommune saves 0.8 · 17,658 = 14,126.4 a month, stat 0.2 · 17,658 = 3,531.6;
    // the wage is taxed in both states, so no tax line changes anything.
    const projection = run(scenario(moveForOneYear('sygedagpenge_fuld_loen', 'ordinaer_beskaeftigelse')));
    expect(projection.ledgers.kommune!.annual[0]).toBeCloseTo(12 * 14_126.4, 6);
    expect(projection.ledgers.stat!.annual[0]).toBeCloseTo(12 * 3_531.6, 6);
    expect(projection.ledgers.kommune!.byCategory.taxes?.[0] ?? 0).toBeCloseTo(0, 6);
  });

  it('books no saving of the average active effort when a person leaves, unless the scenario chooses to (marginal vs average)', () => {
    const move = moveForOneYear('kontanthjaelp_aktivitetsparat_ikke_forsoerger', 'ordinaer_beskaeftigelse');
    const marginal = run(scenario(move));
    expect(marginal.ledgers.kommune!.byCategory.intervention?.[0] ?? 0).toBeCloseTo(0, 6);
    // Chosen as a labelled local figure: the whole average, 25,000 kr. a year, is saved.
    const average = run(scenario(move, { aktiv_indsats_sparet_andel: { label: 'Gennemsnit regnes sparet (kapaciteten skæres)', value: 1 } }));
    expect(average.ledgers.kommune!.byCategory.intervention![0]).toBeCloseTo(25_000, 6);
    expect(average.ledgers.kommune!.annual[0]! - marginal.ledgers.kommune!.annual[0]!).toBeCloseTo(25_000, 6);
  });

  it('counts the voksenlærling effect from completion (measured one year after completion), not from start', () => {
    const outcome = dk.interventionTemplates!.voksenlaerling!.intervention.outcomes[0]!;
    expect(outcome.startMonth).toBe(24);
  });

  it('private løntilskud: the ≈8 months shorter unemployment include the 6 subsidised months (no double count)', () => {
    // Seniority 60 weeks → the kommune carries 80 % of kontanthjælp (10,689 kr./md., not re-priced): 8 months off benefit in
    // all, 6 in the subsidised job and 2 after, save the kommune 8 × 0.8 × 10,689 = 68,409.6 per participant.
    const template = dk.interventionTemplates!['loentilskud-privat']!;
    const projection = run(scenario(template.intervention, template.parameters ?? {}, {}, 60, 1));
    expect(projection.ledgers.kommune!.byCategory.benefits!.reduce((a, b) => a + b, 0)).toBeCloseTo(8 * 0.8 * 10_689, 6);
  });

  it('treats the DSK gains as public-finance figures (taxes plus saved transfers), never as welfare gains', () => {
    // Issue 8 item 4: no state books them (a derived value would count taxes and benefits twice), the welfare view
    // leaves them out, and their notes say to book them as direct values to the unsplit ledger offentlig.
    const dsk = Object.keys(constants).filter((id) => id.startsWith('samfundsoekonomisk_gevinst_'));
    expect(dsk).toHaveLength(5);
    const inStates = JSON.stringify(states);
    for (const id of dsk) {
      expect(inStates).not.toContain(id);
      expect(constants[id]!.note).toMatch(/public finances/);
    }
    expect(dk.ledgers?.find((l) => l.id === 'offentlig')?.label).toBe('Den offentlige sektor (ufordelt)');
  });

  it('splits an expensive social case between kommune and stat by the serviceloven §176 bands', () => {
    // Example cost 1,800,000 kr/year: 25 % of (1,630,000 − 830,000) + 50 % of (1,800,000 − 1,630,000)
    //   = 200,000 + 85,000 = 285,000 kr to the state; the kommune carries 1,800,000 − 285,000 = 1,515,000.
    const projection = run(scenario(moveForOneYear('dyr_enkeltsag', 'ordinaer_beskaeftigelse')));
    expect(projection.departments['kommune/social']!.annual[0]).toBeCloseTo(1515000, 6);
    expect(projection.departments['stat/overfoersler']!.annual[0]).toBeCloseTo(285000, 6);
  });

  describe('intervention templates', () => {
    const templates = Object.entries(dk.interventionTemplates ?? {});

    it('include the ones the issue asks for, and the integration programme', () => {
      expect(templates.map(([id]) => id).sort()).toEqual([
        'brobygning', 'forberedende-virksomhedsforloeb', 'integrationsprogram', 'ips', 'jobrotation', 'loentilskud-offentlig', 'loentilskud-privat',
        'mentor', 'oevrig-vejledning', 'revalidering', 'virksomhedspraktik', 'voksenlaerling',
      ]);
    });

    it('øvrig vejledning: the state refunds 50 % under the 2015 rules and nothing under the EG 2015 proposal', () => {
      // 10 participants × 127,000 kr/year × 3/12 years = 317,500 kr in year 1; 50 % of it = 158,750 kr.
      const template = dk.interventionTemplates!['oevrig-vejledning']!;
      const loaded = parseScenarioJson(scenario(template.intervention, template.parameters, {}, 60, 10));
      if (!loaded.ok) throw new Error('did not load');
      const refundToStat = (regler2015: number) => {
        const result = runScenario(loaded.value.scenario, loaded.value.model, { overrides: { regler_2015: regler2015 } });
        if (!result.ok) throw new Error('did not run');
        return result.value.lines.filter((l) => l.kind === 'refund' && l.ledger === 'stat').reduce((sum, l) => sum + l.annual[0]!, 0);
      };
      expect(refundToStat(1)).toBeCloseTo(-158750, 6);
      expect(refundToStat(0)).toBeCloseTo(0, 6);
    });

    for (const [id, template] of templates) {
      it(`${id}: validates and runs on its own parameters, with a line for every cost and outcome`, () => {
        const projection = run(scenario(template.intervention, template.parameters ?? {}, {}, 60, 10));
        expect(projection.participants).toBe(10);
        const at = 'targetGroups[0].interventions[0]';
        template.intervention.costs.forEach((_, i) => {
          expect(projection.lines.some((l) => l.kind === 'cost' && l.path.startsWith(`${at}.costs[${i}]`)), `costs[${i}]`).toBe(true);
        });
        template.intervention.outcomes.forEach((_, i) => {
          expect(projection.lines.some((l) => l.kind !== 'cost' && l.path.startsWith(`${at}.outcomes[${i}]`)), `outcomes[${i}]`).toBe(true);
        });
        // Every template costs something (virksomhedspraktik, at 0 kr direct cost, through none of its own).
        expect(projection.total.totalCosts > 0 || template.intervention.costs.length === 0).toBe(true);
      });

      it(`${id}: marks every parameter without a source as an EXAMPLE`, () => {
        const unmarked = Object.entries(template.parameters ?? {})
          .filter(([, p]) => /EXAMPLE/.test(p.source ?? '') !== /^EXAMPLE/.test(p.note ?? ''))
          .map(([name]) => name);
        expect(unmarked).toEqual([]);
      });
    }

    it('mentor: the RCT effects are +4 pp education and +2 pp job over ≈8 months', () => {
      const p = dk.interventionTemplates!.mentor!.parameters!;
      expect([p.andel_uddannelse_med!.value, p.andel_uddannelse_uden!.value, p.andel_job_med!.value, p.andel_job_uden!.value, p.forloeb_maaneder!.value])
        .toEqual([0.16, 0.12, 0.07, 0.05, 8]);
    });
  });
});

/**
 * The public-finance setting (docs/hvem-faar-gevinsten.md, issue 8 item 2), on the shipped dk catalogue:
 * one person-year moved from kontanthjælp (forsørger 30+, 14,203 kr./md., 2014 level, not re-priced) to a
 * job at 25,000 kr./md. (EXAMPLE wage) under 2015 rules: the flat 30 % refusion of passive kontanthjælp
 * (settings.refusionRule 'refusion_passiv_30', docs/financing-rules.md §2) and the 2015 tax rates of
 * models/dk/taxes.json (Skatteministeriet, Personskattesatserne for 2015; SKAT, Beskæftigelsesfradrag;
 * lov om arbejdsmarkedsbidrag § 3). Budget perspective, so tilbageløb is left out.
 *
 * Hand calculation per person-month (the same as test/engine/tax-by-income-kind.test.ts):
 *   kontanthjælp saved: kommune 0.7 · 14,203 = 9,942.1; stat (refusion) 0.3 · 14,203 = 4,260.9
 *   job: AM-bidrag 0.08 · 25,000 = 2,000 (stat); fradrag min(0.0805 · 25,000, 26,800/12) = 2,012.5;
 *        kommuneskat 0.249 · (25,000 − 2,000 − 2,012.5) = 5,225.8875; sundhedsbidrag 0.04 · 20,987.5 = 839.5;
 *        bundskat 0.0808 · 23,000 = 1,858.4
 *   tax on the kontanthjælp lost: kommuneskat 0.249 · 14,203 = 3,536.547; stat 0.1208 · 14,203 = 1,715.7224
 *   Statutory ('public-sector'): kommune 9,942.1 + 5,225.8875 − 3,536.547 = 11,631.4405;
 *        stat 4,260.9 + 2,000 + 839.5 + 1,858.4 − 1,715.7224 = 7,243.0776; total 18,874.5181.
 * 'single-kommune' (landsudligning 75 %, udligningsloven § 2, stk. 2; the 2021 rate, as no cited rate for 2015
 *   was found): the kommune's kommuneskat changes by 5,225.8875 − 3,536.547 = 1,689.3405, of which
 *   0.75 · 1,689.3405 = 1,267.005375 goes to the other kommuner. Kommune 11,631.4405 − 1,267.005375 = 10,364.435125
 *   (54.91 % of the total), stat 7,243.0776 (38.37 %), other kommuner 1,267.005375 (6.71 %).
 * 'all-kommuner' (budgetgaranti, Finansministeriet 2014): the kommuner's net saving on the guaranteed
 *   kontanthjælp, 9,942.1, is offset by the block grant and is the state's. Kommune 1,689.3405 (its kommuneskat,
 *   not equalised among the kommuner as a group), stat 7,243.0776 + 9,942.1 = 17,185.1776.
 */
import { lineLabelText } from '../../src/format/line-text';
import { describe, expect, it } from 'vitest';
import { checkGuardrails, explainFigure, runScenario, type Projection, type PublicFinanceSetting } from '../../src/engine';
import { shippedCatalogues } from '../../src/io/catalogues';
import { parseScenarioJson } from '../../src/io/load-scenario';

const dk = shippedCatalogues().find((c) => c.id === 'dk')!;

/** The scenario file of one person a year moving from kontanthjælp (forsørger) to a job (1-year horizon, passive refusion 30 %). */
function moveOneYearFile(title: string, settings: object = {}, parameters?: object) {
  return {
    kind: 'afkast.scenario', schemaVersion: 1, title, catalogue: { id: 'dk', version: dk.version },
    settings: { horizonYears: 1, refusionRule: 'refusion_passiv_30', ...settings },
    ...(parameters ? { parameters } : {}),
    targetGroups: [{
      id: 'g', label: 'g', startingSeniorityWeeks: 60, cohorts: [{ count: 1, startMonth: 0 }],
      interventions: [{
        id: 'job', label: 'job', costs: [],
        outcomes: [{ label: 'job', state: 'ordinaer_beskaeftigelse', treated: 1, counterfactual: 0, startMonth: 0, durationMonths: 12,
          value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } }],
      }],
    }],
  };
}

function loadFile(json: object) {
  const loaded = parseScenarioJson(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
}

function runOrThrow(...args: Parameters<typeof runScenario>): Projection {
  const result = runScenario(...args);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function moveOneYear(publicFinance?: PublicFinanceSetting, extra: object = {}): Projection {
  const loaded = loadFile(moveOneYearFile('kontanthjælp → job', { ...(publicFinance ? { publicFinance } : {}), ...extra }));
  return runOrThrow(loaded.scenario, loaded.model);
}

const year = (p: Projection, ledger: string) => p.ledgers[ledger]?.annual[0] ?? 0;
const TOTAL = 12 * 18_874.5181;

describe('settings.publicFinance: who keeps the gain of kontanthjælp → job (2015 rules)', () => {
  it('defaults to the public sector as a whole: the statutory flows, nothing equalised', () => {
    const p = moveOneYear();
    expect(p.publicFinance).toEqual({ setting: 'public-sector', equalisationRate: null });
    expect(year(p, 'kommune')).toBeCloseTo(12 * 11_631.4405, 6);
    expect(year(p, 'stat')).toBeCloseTo(12 * 7_243.0776, 6);
    expect(year(p, 'andre_kommuner')).toBe(0);
  });

  it('én kommune: the kommune\'s and the stat\'s shares are within 3 pp of the hand calculation (54.9 % / 38.4 %)', () => {
    const p = moveOneYear('single-kommune');
    expect(p.total.annual[0]).toBeCloseTo(TOTAL, 6);
    expect(Math.abs(year(p, 'kommune') / TOTAL - 10_364.435125 / 18_874.5181)).toBeLessThan(0.03);
    expect(Math.abs(year(p, 'stat') / TOTAL - 7_243.0776 / 18_874.5181)).toBeLessThan(0.03);
    // and exactly, line by line
    expect(year(p, 'kommune')).toBeCloseTo(12 * 10_364.435125, 6);
    expect(year(p, 'andre_kommuner')).toBeCloseTo(12 * 1_267.005375, 6);
    expect(p.publicFinance).toEqual({ setting: 'single-kommune', equalisationRate: 0.75 });
  });

  it('én kommune: the kommune keeps its transfer saving; the landsudligning is its own explainable line', () => {
    const p = moveOneYear('single-kommune');
    expect(p.ledgers.kommune!.byCategory.benefits![0]).toBeCloseTo(12 * 9_942.1, 6);
    const equalised = p.lines.filter((l) => lineLabelText(l.label).includes('Landsudligning'));
    expect(equalised.map((l) => l.ledger).sort()).toEqual(['andre_kommuner', 'andre_kommuner', 'kommune', 'kommune']);
    expect(equalised.reduce((s, l) => s + l.annual[0]!, 0)).toBeCloseTo(0, 6);
  });

  it('kommunerne samlet: the kommune\'s transfer gain is 0 and goes to the stat; the kommune keeps its kommuneskat', () => {
    const p = moveOneYear('all-kommuner');
    expect(p.ledgers.kommune!.byCategory.benefits![0]).toBeCloseTo(0, 6);
    expect(year(p, 'kommune')).toBeCloseTo(12 * 1_689.3405, 6);
    expect(year(p, 'stat')).toBeCloseTo(12 * 17_185.1776, 6);
    expect(p.total.annual[0]).toBeCloseTo(TOTAL, 6);
    expect(year(p, 'andre_kommuner')).toBe(0);
  });

  it('never changes the total, in any setting and any perspective', () => {
    for (const perspective of ['budget', 'fiscal', 'welfare']) {
      const totals = (['public-sector', 'single-kommune', 'all-kommuner'] as const)
        .map((s) => moveOneYear(s, { perspective }).total.annual[0]!);
      expect(totals[1]).toBeCloseTo(totals[0]!, 6);
      expect(totals[2]).toBeCloseTo(totals[0]!, 6);
    }
  });

  it('leaves a benefit outside the budgetgaranti (sygedagpenge) with the kommune under kommunerne samlet', () => {
    const json = (from: string) => ({
      kind: 'afkast.scenario', schemaVersion: 1, title: 's', catalogue: { id: 'dk', version: dk.version },
      settings: { horizonYears: 1, publicFinance: 'all-kommuner' },
      targetGroups: [{ id: 'g', label: 'g', startingSeniorityWeeks: 60, cohorts: [{ count: 1, startMonth: 0 }], interventions: [{
        id: 'job', label: 'job', costs: [],
        outcomes: [{ label: 'job', state: 'ordinaer_beskaeftigelse', treated: 1, counterfactual: 0, startMonth: 0, durationMonths: 12, value: { type: 'derived', from, to: 'ordinaer_beskaeftigelse' } }],
      }] }],
    });
    const loaded = parseScenarioJson(json('sygedagpenge'));
    if (!loaded.ok) throw new Error('did not load');
    const p = runScenario(loaded.value.scenario, loaded.value.model);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    // 80 % of 17,658 kr./md. after week 52 stays the kommune's saving: 12 × 0.8 × 17,658 = 169,516.8
    expect(p.value.ledgers.kommune!.byCategory.benefits![0]).toBeCloseTo(12 * 0.8 * 17_658, 6);
  });

  it('refuses a setting the catalogue cannot compute, and an unknown setting, at the field', () => {
    const loaded = parseScenarioJson({
      kind: 'afkast.scenario', schemaVersion: 1, title: 'x', catalogue: { id: 'dk', version: dk.version },
      settings: { horizonYears: 1, publicFinance: 'single-kommune' },
      targetGroups: [{ id: 'g', label: 'g', cohorts: [{ count: 1, startMonth: 0 }], interventions: [{ id: 'i', label: 'i', costs: [],
        outcomes: [{ label: 'o', state: 'ordinaer_beskaeftigelse', treated: 1, counterfactual: 0, startMonth: 0, durationMonths: 12, value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } }] }] }],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const withoutRules = { ...loaded.value.model, publicFinance: undefined };
    const r = runScenario(loaded.value.scenario, withoutRules);
    expect(r.ok ? [] : [...new Set(r.errors.map((e) => e.path))]).toEqual(['settings.publicFinance']);
    const bad = parseScenarioJson({ kind: 'afkast.scenario', schemaVersion: 1, title: 'x', settings: { horizonYears: 1, publicFinance: 'kommune' }, targetGroups: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toContain('settings.publicFinance');
  });

  it('takes the kommune\'s own tax rate as a local figure and marks it local in the explanation', () => {
    // 25.6 % instead of the 24.9 % average: the kommune's kommuneskat on the move changes by
    //   0.256 · 20,987.5 − 0.256 · 14,203 = 5,372.8 − 3,635.968 = 1,736.832 a month (statutory setting).
    const loaded = loadFile(moveOneYearFile('egen skat', {},
      { kommuneskat_sats: { value: 0.256, label: 'Kommunens egen skatteprocent 2015', unit: 'share', source: 'Kommunens budget 2015 (eksempel)' } }));
    const run = runOrThrow(loaded.scenario, loaded.model);
    expect(run.ledgers.kommune!.byCategory.taxes![0]).toBeCloseTo(12 * 1_736.832, 6);
    const explained = explainFigure(run, loaded.scenario, loaded.model, { ledger: 'kommune', category: 'taxes', year: 1, measure: 'annual' });
    const own = explained.dependencies.find((d) => d.name === 'kommuneskat_sats')!;
    expect(own).toMatchObject({ kind: 'parameter', value: 0.256, source: 'Kommunens budget 2015 (eksempel)' });
    expect(own.replacesCatalogue).toMatchObject({ value: 0.249 });
    expect(own.replacesCatalogue!.source).toMatch(/Personskattesatserne for 2015/);
    // A catalogue figure that is not replaced is not marked local.
    expect(explained.dependencies.find((d) => d.name === 'beskaeftigelsesfradrag_sats')?.replacesCatalogue).toBeUndefined();
  });

  /**
   * The landsudligning rate as dated rules (model.publicFinance.equalisation.periods), picked in
   * settings.firstYear. The dk catalogue has one period, 2021-01-01 onward at 75 % (L 196 2019-20); the rate
   * before 2021 was not found in a source, so no period covers 2015: the rules' default rate (75 %) is used
   * and the guardrail figureOutOfValidity names it. Hand calculation as above: kommuneskat changes by
   * 1,689.3405 a month; at a rate r the other kommuner get r · 1,689.3405.
   * The rules year also picks the dated tax rates (test/engine/dated-rules.test.ts): a 2027 case uses the
   * 2026 figures, kommuneskat 25.049 % and beskæftigelsesfradrag 12.75 % (at most 63,300/12 = 5,275 a month),
   * and the kontanthjælp of the nearest cited period, 2023's 15,874 a month for a provider aged 30+ (Satser for 2023),
   * so kommuneskat changes by 0.25049 · ((25,000 − 2,000 − 0.1275 · 25,000) − 15,874)
   * = 0.25049 · (19,812.5 − 15,874) = 0.25049 · 3,938.5 = 986.554865 a month.
   */
  describe('the landsudligning rate in force in settings.firstYear', () => {
    const withPeriods = (firstYear: number, periods?: { validFrom: string; validTo?: string; rate: string | number }[]) => {
      const loaded = loadFile(moveOneYearFile('dated', { publicFinance: 'single-kommune', firstYear }));
      const model = loaded.model;
      if (periods) model.publicFinance = { ...model.publicFinance!, equalisation: { ...model.publicFinance!.equalisation, periods } };
      const p = runOrThrow(loaded.scenario, model);
      const validity = checkGuardrails({ scenario: loaded.scenario, model, projection: p })
        .filter((f) => f.kind === 'figureOutOfValidity' && f.refs?.name === 'landsudligning_sats');
      return { p, validity };
    };

    it('the shipped catalogue dates the 75 % rate from 2021-01-01', () => {
      expect(dk.publicFinance!.equalisation.periods).toEqual([{ validFrom: '2021-01-01', rate: 'landsudligning_sats' }]);
      expect(dk.constants!.landsudligning_sats).toMatchObject({ value: 0.75, validFrom: '2021-01-01' });
    });

    it('a 2027 case gets 75 % (on 2026 tax rates): other kommuner 0.75 · 986.554865 = 739.91614875 a month, no validity warning', () => {
      const { p, validity } = withPeriods(2027);
      expect(p.publicFinance.equalisationRate).toBe(0.75);
      expect(year(p, 'andre_kommuner')).toBeCloseTo(12 * 739.916_148_75, 6);
      expect(validity).toEqual([]);
    });

    it('a 2015 case: no cited period covers 2015, so the default 75 % is used and the guardrail names it', () => {
      const { p, validity } = withPeriods(2015);
      expect(p.publicFinance.equalisationRate).toBe(0.75);
      expect(validity).toEqual([{ kind: 'figureOutOfValidity', path: 'settings.firstYear',
        numbers: { firstYear: 2015, lastYear: 2015, validFromYear: 2021 }, refs: { name: 'landsudligning_sats', validFrom: '2021-01-01' } }]);
    });

    it('picks the period in force in firstYear (a test period of 50 % to 2020, not a catalogue figure)', () => {
      // 2015: r = 0.5 → other kommuner 0.5 · 1,689.3405 = 844.67025; kommune 11,631.4405 − 844.67025 = 10,786.77025.
      const periods = [{ validFrom: '2010-01-01', validTo: '2020-12-31', rate: 0.5 }, { validFrom: '2021-01-01', rate: 'landsudligning_sats' }];
      const early = withPeriods(2015, periods).p;
      expect(early.publicFinance.equalisationRate).toBe(0.5);
      expect(year(early, 'andre_kommuner')).toBeCloseTo(12 * 844.67025, 6);
      expect(year(early, 'kommune')).toBeCloseTo(12 * 10_786.77025, 6);
      // 2020 is the last year of the first period; 2021 the first of the second.
      expect(withPeriods(2020, periods).p.publicFinance.equalisationRate).toBe(0.5);
      expect(withPeriods(2021, periods).p.publicFinance.equalisationRate).toBe(0.75);
      // The total never changes: the move is a pair of lines.
      expect(year(early, 'kommune') + year(early, 'stat') + year(early, 'andre_kommuner')).toBeCloseTo(TOTAL, 6);
    });
  });
});

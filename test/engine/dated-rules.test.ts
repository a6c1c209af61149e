/**
 * Dated rules (issue 8; docs/semantics.md, "Dated rules"): a catalogue constant carries figures for several
 * periods and the case uses the one in force in its rules year (settings.rulesYear, else firstYear).
 *
 * The shipped dk catalogue's tax rules and rates (models/dk/taxes.json), with the states of
 * test/engine/tax-by-income-kind.test.ts: one person-month from kontanthjælp (14,203 kr./md., flat 30 %
 * refusion to the stat) to a job at 25,000 kr./md. Tilbageløb is left out (an EXAMPLE rate).
 *
 * 2015 rules (no rules year, or rulesYear 2015): the hand calculation of tax-by-income-kind.test.ts,
 *   kommune 11,631.4405, stat 7,243.0776, total 18,874.5181.
 *
 * 2026 rules (firstYear 2027: no 2027 figures, so the nearest, 2026's, with the figureOutOfValidity warning):
 *   kommuneskat 25.049 % (skm.dk, "Kommuneskatter - gennemsnitsprocenten i 2026", 27-10-2025, tabel 1)
 *   bundskat 12.01 % (skm.dk, Personskatteloven, satser 2025 og 2026, § 6 stk. 2)
 *   sundhedsbidrag 0 from 2019 (Danmarks Statistik, SUNDHEDSBIDRAG: ikke længere fra og med 2019)
 *   beskæftigelsesfradrag 12.75 %, at most 63,300 kr./year in 2026 kroner (Themis, "Oversigt over beløbsgrænser 2026")
 *   AM-bidrag 8 % (open-ended, unchanged)
 * Hand calculation per person-month (no price year set, so the ceiling is not re-priced):
 *   Job:  AM-bidrag 0.08 · 25,000 = 2,000 (stat)
 *         personlig indkomst 23,000; fradrag min(0.1275 · 25,000, 63,300/12) = min(3,187.5, 5,275) = 3,187.5
 *         kommuneskat 0.25049 · (23,000 − 3,187.5) = 0.25049 · 19,812.5 = 4,962.833125 (kommune)
 *         sundhedsbidrag 0; bundskat 0.1201 · 23,000 = 2,762.3 (stat)
 *   Kontanthjælp no longer paid: kommune 0.7 · 14,203 = 9,942.1; stat 0.3 · 14,203 = 4,260.9
 *   Tax on kontanthjælp lost: kommune 0.25049 · 14,203 = 3,557.70947; stat 0.1201 · 14,203 = 1,705.7803
 *   kommune 4,962.833125 + 9,942.1 − 3,557.70947 = 11,347.223655
 *   stat    2,000 + 2,762.3 + 4,260.9 − 1,705.7803 = 7,317.4197
 *   total   18,664.643355: kommune 60.8 %, stat 39.2 % (2015 rules: 61.6 % / 38.4 %).
 */
import { describe, expect, it } from 'vitest';
import { checkGuardrails, constantInForce, explainFigure, rulesYearOf, runScenario, type Constant, type Model, type Projection, type Settings } from '../../src/engine';
import { assembleModel } from '../../src/io/catalogues';
import { ModelOverridesSchema } from '../../src/io/catalogue-schema';
import { parseScenarioJson } from '../../src/io/load-scenario';
import { group, outcome, scenario } from './helpers';

function shippedDk(): Model {
  const assembled = assembleModel({ id: 'dk', version: '1.0.0' }, undefined);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
  const dk = assembled.value.model;
  const { tilbageloeb: _left, ...taxRules } = dk.taxRules;
  void _left;
  return {
    ...dk,
    constants: {
      ...dk.constants,
      test_kh: { label: 'kh', value: 14_203, unit: 'DKK/month', source: { title: 'test' }, note: 'see the file comment' },
      test_loen: { label: 'løn', value: 25_000, unit: 'DKK/month', source: { title: 'test' }, note: 'see the file comment' },
    },
    refusionRules: { ...dk.refusionRules, test_passiv_30: { type: 'flat', label: 'Passiv kontanthjælp, 30 %', share: 0.3 } },
    states: {
      ...dk.states,
      test_kh: { label: 'Kontanthjælp', components: [{ type: 'benefit', label: 'Kontanthjælp', monthly: 'test_kh', payer: 'kommune', category: 'benefits', refusion: 'test_passiv_30', refundLedger: 'stat', taxable: true }] },
      test_job: { label: 'Job', components: [{ type: 'wage', label: 'Løn', monthly: 'test_loen' }] },
    },
    taxRules,
  };
}

const model = shippedDk();

function moveOneMonth(settings: Partial<Settings>) {
  const o = outcome({ startMonth: 0, durationMonths: 1, value: { type: 'derived', from: 'test_kh', to: 'test_job' } });
  const s = scenario([group({ outcomes: [o] })], settings);
  const run = runScenario(s, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  const p: Projection = run.value;
  return { kommune: p.ledgers.kommune!.annual[0]!, stat: p.ledgers.stat!.annual[0]!, total: p.total.annual[0]!, projection: p, scenario: s };
}

describe('dated rules: the figure in force in the rules year', () => {
  it('a case without a calendar year, or in 2015, keeps exactly the 2015 split', () => {
    for (const settings of [{}, { firstYear: 2015 }, { firstYear: 2014 }]) {
      const v = moveOneMonth(settings);
      expect(v.kommune).toBeCloseTo(11_631.4405, 6);
      expect(v.stat).toBeCloseTo(7_243.0776, 6);
      expect(v.total).toBeCloseTo(18_874.5181, 6);
    }
  });

  it('a 2027 case uses the 2026 rates (the hand calculation in the file comment)', () => {
    const v = moveOneMonth({ firstYear: 2027 });
    expect(v.kommune).toBeCloseTo(11_347.223655, 6);
    expect(v.stat).toBeCloseTo(7_317.4197, 6);
    expect(v.total).toBeCloseTo(18_664.643355, 6);
    expect(v.projection.rules).toMatchObject({ year: 2027, basis: 'firstYear' });
    expect(v.projection.rules.periods.kommuneskat_sats).toMatchObject({ validFrom: '2026-01-01', validTo: '2026-12-31', covers: false });
    expect(v.projection.rules.periods.sundhedsbidrag_sats).toMatchObject({ validFrom: '2019-01-01', covers: true });
  });

  it('rulesYear 2015 on a 2027 case gives the 2015 split', () => {
    const v = moveOneMonth({ firstYear: 2027, rulesYear: 2015 });
    expect(v.kommune).toBeCloseTo(11_631.4405, 6);
    expect(v.stat).toBeCloseTo(7_243.0776, 6);
    expect(v.projection.rules).toMatchObject({ year: 2015, basis: 'rulesYear' });
    expect(v.projection.rules.periods.bundskat_sats).toMatchObject({ index: 0, validFrom: '2015-01-01', covers: true });
  });

  it('rulesYear 2026 on a case without firstYear uses the 2026 rates', () => {
    const v = moveOneMonth({ rulesYear: 2026 });
    expect(v.total).toBeCloseTo(18_664.643355, 6);
    expect(v.projection.rules.periods.kommuneskat_sats!.covers).toBe(true);
  });

  it('a 2025 case uses the 2025 figures found (kommuneskat 25.068 %, bundskat 12.01 %) and the nearest for the rest', () => {
    const v = moveOneMonth({ firstYear: 2025 });
    // kommune: 0.25068 · (19,812.5 − 14,203) + 9,942.1; the fradrag is 2026's (nearest; 2025's not found)
    expect(v.kommune).toBeCloseTo(0.25068 * (19_812.5 - 14_203) + 9_942.1, 6);
    expect(v.projection.rules.periods.beskaeftigelsesfradrag_sats).toMatchObject({ validFrom: '2026-01-01', covers: false });
  });

  it('explains which period\'s figure and source were used', () => {
    const v = moveOneMonth({ firstYear: 2027 });
    const { dependencies } = explainFigure(v.projection, v.scenario, model, { ledger: 'kommune', year: 1, measure: 'annual' });
    const komm = dependencies.find((d) => d.name === 'kommuneskat_sats')!;
    expect(komm.value).toBe(0.25049);
    expect(komm.period).toMatchObject({ validFrom: '2026-01-01', validTo: '2026-12-31' });
    expect(komm.source).toContain('Kommuneskatter - gennemsnitsprocenten i 2026');
    expect(komm.note).toContain('2026');
    const old = explainFigure(moveOneMonth({}).projection, v.scenario, model, { ledger: 'kommune', year: 1, measure: 'annual' });
    expect(old.dependencies.find((d) => d.name === 'kommuneskat_sats')!.source).toContain('Personskattesatserne for 2015');
  });

  it('keeps the figureOutOfValidity warning, judged by the period used', () => {
    const names = (settings: Partial<Settings>) => {
      const v = moveOneMonth(settings);
      return checkGuardrails({ scenario: v.scenario, model, projection: v.projection })
        .filter((f) => f.kind === 'figureOutOfValidity').map((f) => `${f.refs!.name} ${f.refs!.validFrom ?? ''}`);
    };
    // 2027 on 2026 figures: the 2026 figures are out of their period; sundhedsbidrag (0 from 2019) and AM-bidrag are not.
    expect(names({ firstYear: 2027 })).toEqual([
      'beskaeftigelsesfradrag_max_aar 2026-01-01', 'beskaeftigelsesfradrag_sats 2026-01-01', 'bundskat_sats 2025-01-01', 'kommuneskat_sats 2026-01-01',
    ]);
    expect(names({ firstYear: 2027, rulesYear: 2015 })).toContain('sundhedsbidrag_sats 2015-01-01');
    const v = moveOneMonth({ firstYear: 2027, rulesYear: 2015 });
    const paths = checkGuardrails({ scenario: v.scenario, model, projection: v.projection }).filter((f) => f.kind === 'figureOutOfValidity').map((f) => f.path);
    expect(new Set(paths)).toEqual(new Set(['settings.rulesYear']));
  });
});

describe('picking a period', () => {
  const c: Constant = {
    label: 'x', value: 1, unit: 'share', source: { title: 'own' }, note: 'own', validFrom: '2015-01-01', validTo: '2015-12-31',
    periods: [
      { validFrom: '2019-01-01', validTo: '2020-12-31', value: 2, source: { title: 'p0' }, note: 'p0' },
      { validFrom: '2026-01-01', value: 3, source: { title: 'p1' }, note: 'p1' },
    ],
  };
  it('takes the period covering the year, the nearest when none does (the later on a tie), its own without a year', () => {
    const at = (year: number | null) => constantInForce(c, year).constant.value;
    expect([at(null), at(2010), at(2015), at(2016), at(2017), at(2018), at(2020), at(2023), at(2030)]).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3]);
    expect(constantInForce(c, 2017).choice).toMatchObject({ index: 1, count: 3, covers: false });
    expect(constantInForce(c, 2030).constant).toMatchObject({ source: { title: 'p1' }, note: 'p1', validFrom: '2026-01-01' });
    expect(constantInForce(c, 2030).constant.periods).toBeUndefined();
  });
  it('a constant without periods is used as it is', () => {
    const plain: Constant = { label: 'x', value: 7, unit: 'share', source: { title: 's' }, note: 'n' };
    expect(constantInForce(plain, 2027)).toEqual({ constant: plain, choice: null });
  });
  it('the rules year is settings.rulesYear, else firstYear', () => {
    expect(rulesYearOf({ firstYear: 2027, rulesYear: 2015 })).toEqual({ year: 2015, basis: 'rulesYear' });
    expect(rulesYearOf({ firstYear: 2027 })).toEqual({ year: 2027, basis: 'firstYear' });
    expect(rulesYearOf({})).toEqual({ year: null, basis: 'none' });
  });
});

describe('settings.rulesYear in a scenario file', () => {
  const file = (settings: object) => ({ kind: 'afkast.scenario', schemaVersion: 1, title: 't', settings: { horizonYears: 1, discount: { preset: 'none' }, discountTiming: 'start', ...settings }, targetGroups: [] });
  it('is an optional whole year', () => {
    const ok = parseScenarioJson(file({ firstYear: 2027, rulesYear: 2015 }));
    expect(ok.ok && ok.value.scenario.settings.rulesYear).toBe(2015);
    expect(parseScenarioJson(file({ rulesYear: 2015.5 })).ok).toBe(false);
    expect(parseScenarioJson(file({ rulesYear: '2015' })).ok).toBe(false);
  });
});

describe('the catalogue schema of periods', () => {
  const base = { label: 'x', value: 0.1, unit: 'share', source: { title: 's' }, note: 'n', validFrom: '2015-01-01', validTo: '2015-12-31' };
  const period = (validFrom: string, validTo?: string, extra: object = {}) => ({ validFrom, ...(validTo ? { validTo } : {}), value: 0.2, source: { title: 'p' }, note: 'p', ...extra });
  const parse = (c: object) => ModelOverridesSchema.safeParse({ constants: { x: c } });
  it('accepts dated periods that do not overlap', () => {
    expect(parse({ ...base, periods: [period('2019-01-01', '2025-12-31'), period('2026-01-01')] }).success).toBe(true);
  });
  it('refuses overlapping periods, a period over the constant\'s own, and a period ending before it starts', () => {
    expect(parse({ ...base, periods: [period('2019-01-01'), period('2026-01-01')] }).success).toBe(false);
    expect(parse({ ...base, periods: [period('2015-06-01', '2016-12-31')] }).success).toBe(false);
    expect(parse({ ...base, periods: [period('2020-01-01', '2019-12-31')] }).success).toBe(false);
  });
  it('needs the constant\'s own validFrom, a validFrom on each period, and a price year on a money period', () => {
    const { validFrom: _v, ...undated } = base;
    void _v;
    expect(parse({ ...undated, periods: [period('2026-01-01')] }).success).toBe(false);
    expect(parse({ ...base, periods: [{ value: 0.2, source: { title: 'p' }, note: 'p' }] }).success).toBe(false);
    const money = { ...base, unit: 'DKK/year', value: 26_800, priceYear: 2015 };
    expect(parse({ ...money, periods: [period('2026-01-01')] }).success).toBe(false);
    expect(parse({ ...money, periods: [period('2026-01-01', undefined, { priceYear: 2026 })] }).success).toBe(true);
  });
  it('the shipped dk catalogue\'s taxes carry the 2026 periods', () => {
    expect(model.constants.kommuneskat_sats!.periods!.map((p) => [p.validFrom, p.value])).toEqual([['2025-01-01', 0.25068], ['2026-01-01', 0.25049]]);
    expect(model.constants.beskaeftigelsesfradrag_max_aar!.periods![0]).toMatchObject({ value: 63_300, priceYear: 2026 });
  });
});

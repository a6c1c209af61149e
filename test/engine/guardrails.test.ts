/** Each guardrail with a case that triggers it and one that does not. */
import { describe, expect, it } from 'vitest';
import { checkGuardrails, runScenario, type EvidenceTemplate, type GuardrailKind, type Scenario } from '../../src/engine';
import { coreModel, cost, group, outcome, scenario } from './helpers';
import { figureValidityText } from '../../src/format/figure-validity';

const model = coreModel();

function kinds(s: Scenario, templates?: Record<string, EvidenceTemplate>): GuardrailKind[] {
  const run = runScenario(s, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return checkGuardrails({ scenario: s, model, projection: run.value, templates }).map((f) => f.kind);
}

/** A case that triggers nothing: deadweight, a decaying effect, discounting, a cash category. */
const clean = (o: Partial<Parameters<typeof outcome>[0]> = {}, settings = {}) => scenario([group({
  costs: [cost()],
  outcomes: [outcome({ treated: 0.5, counterfactual: 0.2, durationMonths: 36, ...o }, 1200, 'kommune')],
})], { horizonYears: 3, ...settings });
const benefits = (s: Scenario) => {
  const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
  if (v.type === 'direct') v.perPersonYear[0]!.category = 'benefits';
  return s;
};

describe('guardrails', () => {
  it('a careful case triggers none', () => expect(kinds(benefits(clean()))).toEqual([]));

  it('noDeadweight: a counterfactual of 0', () => {
    expect(kinds(benefits(clean({ counterfactual: 0 })))).toEqual(['noDeadweight']);
  });

  const template: EvidenceTemplate = {
    evidence: 'indication',
    parameters: { effekt: { value: 0.5, uncertainty: { type: 'pert', min: 0.4, mode: 0.5, max: 0.55 } } },
    intervention: { id: 'iv', label: 'Indsats', costs: [], outcomes: [outcome({ treated: 'effekt', counterfactual: 0.2, evidenceFollowUpMonths: 36 })] },
  };
  it('beyondEvidence: Δ above the template evidence\'s upper bound', () => {
    expect(kinds(benefits(clean({ treated: 0.6 })), { iv: template })).toContain('beyondEvidence');
    expect(kinds(benefits(clean({ treated: 0.55 })), { iv: template })).not.toContain('beyondEvidence');
  });

  it('effectBeyondFollowUp: the effect lasts past the evidence\'s follow-up', () => {
    expect(kinds(benefits(clean({ durationMonths: 48 }, { horizonYears: 3 })), { iv: template })).toContain('effectBeyondFollowUp');
    expect(kinds(benefits(clean({ durationMonths: 36 })), { iv: template })).not.toContain('effectBeyondFollowUp');
  });

  it('horizonBeyondData: the horizon runs past the last cohort\'s follow-up', () => {
    const s = benefits(clean({ evidenceFollowUpMonths: 24, durationMonths: 24 }, { horizonYears: 3 }));
    expect(kinds(s)).toContain('horizonBeyondData');
    expect(kinds(benefits(clean({ evidenceFollowUpMonths: 36 })))).not.toContain('horizonBeyondData');
  });

  it('noDecayLongEffect: no decay over more than 5 years', () => {
    const long = { durationMonths: 72 }, settings = { horizonYears: 6, discount: { preset: 'flat-5' } };
    expect(kinds(benefits(clean(long, settings)))).toContain('noDecayLongEffect');
    expect(kinds(benefits(clean({ ...long, decay: { type: 'exponential', ratePerYear: 0.1 } }, settings)))).not.toContain('noDecayLongEffect');
  });

  it('doubleCounting: direct and derived values on one state change', () => {
    const s = benefits(clean());
    const iv = s.targetGroups[0]!.interventions[0]!;
    iv.outcomes.push({ ...iv.outcomes[0]!, state: 'other' });
    expect(kinds(s)).not.toContain('doubleCounting');
    iv.outcomes[1]!.value = { type: 'derived', from: 'a', to: 'job' };
    model.states.a = { label: 'A', components: [] };
    model.states.job = { label: 'Job', components: [] };
    expect(kinds(s)).toContain('doubleCounting');
  });

  it('nonCashableSaving: a budget saving on freed capacity (health)', () => {
    const s = clean();
    const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
    if (v.type === 'direct') v.perPersonYear[0]!.category = 'health';
    expect(kinds(s)).toEqual(['nonCashableSaving']);
    expect(kinds(benefits(clean()))).not.toContain('nonCashableSaving');
  });

  it('averageUnitCost: a unit value from an average cost', () => {
    const s = benefits(clean());
    s.parameters.enhedspris = { value: 1200, note: 'Gennemsnitlig udgift pr. person-år (register)' };
    const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
    if (v.type === 'direct') v.perPersonYear[0]!.amount = 'enhedspris';
    expect(kinds(s)).toContain('averageUnitCost');
    s.parameters.enhedspris.note = 'Marginal udgift ved én person mere';
    expect(kinds(s)).not.toContain('averageUnitCost');
  });

  it('priceYearMixed: figures of two price years and no scenario price year', () => {
    const s = benefits(clean());
    s.parameters.pris = { value: 1200, priceYear: 2015 };
    s.parameters.vaerdi = { value: 1200, priceYear: 2018 };
    s.targetGroups[0]!.interventions[0]!.costs[0]!.amount = 'pris';
    const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
    if (v.type === 'direct') v.perPersonYear[0]!.amount = 'vaerdi';
    expect(kinds(s)).toContain('priceYearMixed');
    s.parameters.vaerdi.priceYear = 2015;
    expect(kinds(s)).not.toContain('priceYearMixed');
  });

  it('discountingOff: no discounting over more than a budget period', () => {
    const settings = { horizonYears: 5 };
    expect(kinds(benefits(clean({}, settings)))).toContain('discountingOff');
    expect(kinds(benefits(clean({}, { ...settings, discount: { preset: 'flat-5' } })))).not.toContain('discountingOff');
  });

  describe('figureOutOfValidity: a catalogue figure not in force in every year of the case', () => {
    /** A rate in force from 2021 (as the landsudligning's 75 %), used as the outcome's value per person-year. */
    const dated = coreModel({ constants: { ...model.constants, sats: { label: 'Sats', value: 1200, unit: 'DKK/year', priceYear: 2015, source: { title: 'T', publisher: 'P' }, note: 'n', validFrom: '2021-01-01' } } });
    const run = (firstYear: number | undefined) => {
      const s = benefits(clean({}, firstYear === undefined ? {} : { firstYear }));
      const v = s.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
      if (v.type === 'direct') v.perPersonYear[0]!.amount = 'sats';
      const r = runScenario(s, dated);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return checkGuardrails({ scenario: s, model: dated, projection: r.value }).filter((f) => f.kind === 'figureOutOfValidity');
    };
    it('a 2015 case (2015–2017) using a figure in force from 2021 is flagged, naming the figure and its validity', () => {
      expect(run(2015)).toEqual([{
        kind: 'figureOutOfValidity', path: 'settings.firstYear',
        numbers: { firstYear: 2015, lastYear: 2017, validFromYear: 2021 }, refs: { name: 'sats', validFrom: '2021-01-01' },
      }]);
      expect(figureValidityText(run(2015)[0]!, 'da', 'Sats')).toBe('Sats (sats) gælder fra 2021-01-01, men casen regner for 2015–2017');
      expect(figureValidityText(run(2015)[0]!, 'en')).toBe('sats is in force from 2021-01-01, but the case runs 2015–2017');
    });
    it('a case straddling the start (2020–2022) is flagged; one inside the period (2027–2029) is not', () => {
      expect(run(2020)).toHaveLength(1);
      expect(run(2021)).toEqual([]);
      expect(run(2027)).toEqual([]);
    });
    it('without firstYear the years are not calendar years: nothing is checked', () => expect(run(undefined)).toEqual([]));
    it('a validTo before the last year is flagged', () => {
      dated.constants.sats!.validFrom = '2014-01-01';
      dated.constants.sats!.validTo = '2016-12-31';
      expect(run(2015)[0]!.numbers).toEqual({ firstYear: 2015, lastYear: 2017, validFromYear: 2014, validToYear: 2016 });
      expect(run(2014)).toEqual([]);
      delete dated.constants.sats!.validTo;
      dated.constants.sats!.validFrom = '2021-01-01';
    });
  });
});

/**
 * Reading a scenario file (README "Scenario files"): the example validates; every problem comes
 * back as a field path and a message that says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadAndRun, parseScenarioText } from '../../src/io/load-scenario';
import { IPS_TEXT, ipsWith, parseErrors } from './helpers';

const COST = 'targetGroups[0].interventions[0].costs[0]';
const OUTCOME = 'targetGroups[0].interventions[0].outcomes[0]';

describe('the example scenario', () => {
  it('validates, needs no migration and computes', () => {
    const r = loadAndRun(IPS_TEXT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.migratedFrom).toBe(1);
    expect(r.value.warnings).toEqual([]);
    expect(r.value.scenario.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe('omkostning_pr_aar');
    expect(r.value.projection.horizonYears).toBe(7);
  });
});

describe('schema errors name the field and say what is wrong', () => {
  it('a cost amount of true', () => {
    expect(parseErrors(ipsWith((f) => { f.targetGroups[0].interventions[0].costs[0].amount = true; }))).toEqual([
      { path: `${COST}.amount`, message: 'expected a number or an expression, got true' },
    ]);
  });

  it('an unknown field, in a cost and at the top', () => {
    expect(parseErrors(ipsWith((f) => { f.targetGroups[0].interventions[0].costs[0].colour = 'blå'; }))).toEqual([
      { path: COST, message: "unknown field 'colour'" },
    ]);
    expect(parseErrors(ipsWith((f) => { f.horizon = 7; }))).toEqual([{ path: '(file)', message: "unknown field 'horizon'" }]);
  });

  it('a wrong enum value (basis)', () => {
    const [error] = parseErrors(ipsWith((f) => { f.targetGroups[0].interventions[0].costs[0].basis = 'weekly'; }));
    expect(error!.path).toBe(`${COST}.basis`);
    expect(error!.message).toContain('"perParticipantPerYear"');
    expect(error!.message).toContain('"fixedOnce"');
    expect(error!.message).toMatch(/got 'weekly'$/);
  });

  it('a missing required field', () => {
    expect(parseErrors(ipsWith((f) => { delete f.targetGroups[0].interventions[0].costs[0].label; }))).toEqual([
      { path: `${COST}.label`, message: 'is missing (expected string)' },
    ]);
    expect(parseErrors(ipsWith((f) => { delete f.settings.horizonYears; }))).toEqual([
      { path: 'settings.horizonYears', message: 'is missing (expected number)' },
    ]);
  });

  it('a value out of range and a list that is not a list', () => {
    expect(parseErrors(ipsWith((f) => { f.settings.horizonYears = 0; }))).toEqual([
      { path: 'settings.horizonYears', message: 'expected 1 or more, got 0' },
    ]);
    expect(parseErrors(ipsWith((f) => { f.targetGroups[0].cohorts = 'alle'; }))).toEqual([
      { path: 'targetGroups[0].cohorts', message: "expected array, got 'alle'" },
    ]);
  });

  it('a discount that is neither a preset nor bands', () => {
    const [error] = parseErrors(ipsWith((f) => { f.settings.discount = 'fm-2021'; }));
    expect(error!.path).toBe('settings.discount');
    expect(error!.message).toContain('"preset"');
  });

  it('reports every broken field, not only the first', () => {
    const errors = parseErrors(ipsWith((f) => {
      f.targetGroups[0].interventions[0].costs[0].amount = null;
      f.targetGroups[0].interventions[0].outcomes[0].treated = [];
    }));
    expect(errors.map((e) => e.path)).toEqual([`${COST}.amount`, `${OUTCOME}.treated`]);
    expect(errors[0]!.message).toBe('expected a number or an expression, got null');
    expect(errors[1]!.message).toBe('expected a number or an expression, got a list');
  });

  it('a wrong decay type names the type given', () => {
    expect(parseErrors(ipsWith((f) => { f.targetGroups[0].interventions[0].outcomes[0].decay = { type: 'cubic' }; }))).toEqual([
      { path: `${OUTCOME}.decay.type`, message: "expected type to be one of 'none', 'exponential', 'linear', got 'cubic'" },
    ]);
  });

  it('a parameter name that cannot be read in an expression says what a name must be', () => {
    const [error] = parseErrors(ipsWith((f) => { f.parameters['Effekt Job'] = { value: 1 }; }));
    expect(error!.path).toBe('parameters.Effekt Job');
    expect(error!.message).toBe("expected a name of lower-case letters, digits and '_' that does not start with a digit (it is used in expressions), got 'Effekt Job'");
    const [dashed] = parseErrors(ipsWith((f) => { f.parameters['effekt-job'] = { value: 1 }; }));
    expect(dashed!.message).toContain("got 'effekt-job'");
  });
});

describe('engine errors after a valid schema', () => {
  it('an expression with an unknown name gives the path from the engine', () => {
    const r = loadAndRun(ipsWith((f) => { f.targetGroups[0].interventions[0].costs[0].amount = 'omkostning * 2'; }));
    expect(r).toEqual({ ok: false, errors: [{ path: `${COST}.amount`, message: "unknown name 'omkostning' in 'omkostning * 2'" }] });
  });

  it('a share out of range gives the path from the engine', () => {
    const r = loadAndRun(ipsWith((f) => { f.parameters.andel_job_med_ips.value = 1.58; }));
    expect(!r.ok && r.errors).toEqual([{ path: `${OUTCOME}.treated`, message: 'expected a value from 0 to 1, got 1.58' }]);
  });
});

describe('files that are not scenarios', () => {
  it('not JSON', () => {
    const [error] = parseErrors('{ "title": ');
    expect(error!.path).toBe('(file)');
    expect(error!.message).toMatch(/^not valid JSON: /);
  });

  it('not an object', () => {
    for (const text of ['[]', '42', 'null', '"afkast"']) {
      expect(parseErrors(text)).toEqual([{ path: '(file)', message: 'expected a JSON object' }]);
    }
  });

  it('an object of another kind', () => {
    expect(parseErrors('{ "kind": "afkast.catalogue", "schemaVersion": 1 }')[0]!.message)
      .toBe('not an Afkast scenario: expected "kind": "afkast.scenario" and a schemaVersion');
  });

  it('a future schemaVersion is refused with a clear message', () => {
    expect(parseErrors(ipsWith((f) => { f.schemaVersion = 2; }))).toEqual([
      { path: '(file)', message: 'schemaVersion 2 is newer than this version of Afkast reads (1); update Afkast' },
    ]);
  });
});

describe('catalogues and defaults', () => {
  it('refuses an unknown catalogue and warns about a different catalogue version', () => {
    expect(parseErrors(ipsWith((f) => { f.catalogue = { id: 'dk-fuld', version: '1.0.0' }; }))[0]!.path).toBe('catalogue.id');
    const r = parseScenarioText(ipsWith((f) => { f.catalogue = { id: 'dk-minimal', version: '0.0.9' }; }));
    expect(r.ok && r.value.warnings).toEqual(['the scenario was made with catalogue dk-minimal 0.0.9; computed with 0.1.0']);
    expect(r.ok && r.value.model.constants.kommuneskat_sats?.value).toBe(0.25);
  });

  it('fills in the budget perspective, no discounting and start timing when the settings leave them out', () => {
    const r = parseScenarioText(ipsWith((f) => { f.settings = { horizonYears: 7 }; }));
    expect(r.ok && r.value.scenario.settings).toEqual({
      horizonYears: 7, perspective: 'budget', discount: { preset: 'none' }, discountTiming: 'start',
    });
  });
});

/** Variants saved with a scenario: applying their changes, deriving them from an edited copy, and keeping them in the file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../src/io/load-scenario';
import { ScenarioFileSchema, type ScenarioFile } from '../../src/io/scenario-schema';
import { applyVariant, parseFieldPath, variantAsFile, variantFromScenarios, variantValue, withoutVariants } from '../../src/io/variants';
import { scenarioArb } from '../invariants/arbitraries';
import { IPS_TEXT } from './helpers';

function ips(): ScenarioFile {
  const r = parseScenarioText(IPS_TEXT);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.scenario;
}

function applied(baseline: ScenarioFile, changes: { path: string; value?: unknown }[]): ScenarioFile {
  const r = applyVariant(baseline, { changes });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('field paths', () => {
  it('reads dotted names and list indexes', () => {
    expect(parseFieldPath('targetGroups[0].cohorts[12].count')).toEqual(['targetGroups', 0, 'cohorts', 12, 'count']);
    expect(parseFieldPath('settings.discount.preset')).toEqual(['settings', 'discount', 'preset']);
  });

  it('refuses text that is not a path', () => {
    for (const bad of ['', '.title', 'a..b', 'a[x]', 'a[0']) expect(parseFieldPath(bad)).toBeNull();
  });
});

describe('applying a variant', () => {
  it('sets a parameter and the discount preset, and leaves the baseline untouched', () => {
    const baseline = ips();
    const variant = applied(baseline, [
      { path: 'parameters.andel_job_med_ips.value', value: 0.4 },
      { path: 'settings.discount.preset', value: 'fm-2021' },
    ]);
    expect(variant.parameters.andel_job_med_ips!.value).toBe(0.4);
    expect(variant.settings.discount).toEqual({ preset: 'fm-2021' });
    expect(baseline.parameters.andel_job_med_ips!.value).toBe(0.58);
    expect(baseline.settings.discount).toEqual({ preset: 'none' });
  });

  it('adds an optional field, appends to a list, and removes a field when the change has no value', () => {
    const variant = applied(ips(), [
      { path: 'parameters.effekt_aar.uncertainty', value: { type: 'uniform', min: 2, max: 6 } },
      { path: 'targetGroups[0].cohorts[1]', value: { count: 2, startMonth: 12 } },
      { path: 'parameters.effekt_aar.note' },
    ]);
    expect(variant.parameters.effekt_aar!.uncertainty).toEqual({ type: 'uniform', min: 2, max: 6 });
    expect(variant.targetGroups[0]!.cohorts).toHaveLength(2);
    expect(variant.parameters.effekt_aar).not.toHaveProperty('note');
  });

  it('names the change whose field is not in the scenario', () => {
    const r = applyVariant(ips(), { changes: [
      { path: 'parameters.andel_job_med_ips.value', value: 0.4 },
      { path: 'parameters.no_such_parameter.value', value: 1 },
    ] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ path: 'parameters.no_such_parameter.value', message: 'the scenario has no field parameters.no_such_parameter' }]);
  });

  it('refuses an index that would leave a gap in a list, and a name used on a list', () => {
    const r = applyVariant(ips(), { changes: [
      { path: 'targetGroups[0].cohorts[5]', value: { count: 1, startMonth: 0 } },
      { path: 'targetGroups.first', value: 1 },
    ] });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['targetGroups[0].cohorts[5]', 'targetGroups.first']);
  });

  it('reports a value the file format refuses at the field it names', () => {
    const r = applyVariant(ips(), { changes: [{ path: 'settings.horizonYears', value: 'seven' }] });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['settings.horizonYears']);
  });

  it('gives the variant no variants of its own', () => {
    const baseline = { ...ips(), variants: [{ id: 'v', title: 'V', changes: [] }] };
    expect(applied(baseline, [])).not.toHaveProperty('variants');
    expect(withoutVariants(baseline)).toEqual(ips());
  });
});

describe('deriving a variant from an edited copy', () => {
  it('lists one change per differing field, and applying them gives the edited copy back', () => {
    const baseline = ips();
    const edited = structuredClone(baseline);
    edited.parameters.effekt_aar!.value = 3;
    edited.settings.perspective = 'fiscal';
    edited.targetGroups[0]!.cohorts.push({ count: 4, startMonth: 12 });
    const changes = variantFromScenarios(baseline, edited);
    expect(changes).toEqual([
      { path: 'settings.perspective', value: 'fiscal' },
      { path: 'parameters.effekt_aar.value', value: 3 },
      { path: 'targetGroups[0].cohorts[1]', value: { count: 4, startMonth: 12 } },
    ]);
    expect(applied(baseline, changes)).toEqual(edited);
  });

  it('round-trips a shorter list: the removed tail is cut off', () => {
    const baseline = ips();
    baseline.targetGroups[0]!.cohorts.push({ count: 4, startMonth: 12 }, { count: 5, startMonth: 24 });
    const edited = structuredClone(baseline);
    edited.targetGroups[0]!.cohorts.splice(1, 2);
    const changes = variantFromScenarios(baseline, edited);
    expect(changes).toEqual([{ path: 'targetGroups[0].cohorts[1]' }, { path: 'targetGroups[0].cohorts[2]' }]);
    expect(applied(baseline, changes)).toEqual(edited);
  });

  it('round-trips between any two generated scenarios', () => {
    const asFile = (s: unknown) => ScenarioFileSchema.parse({ kind: 'afkast.scenario', schemaVersion: 1, title: 'x', ...(s as object) });
    fc.assert(fc.property(scenarioArb, scenarioArb, (a, b) => {
      const [base, edited] = [asFile(a), asFile(b)];
      expect(applied(base, variantFromScenarios(base, edited))).toEqual(edited);
    }), { numRuns: 60 });
  });
});

describe('variants in the file', () => {
  it('survive serializeScenario → parseScenarioText', () => {
    const scenario: ScenarioFile = { ...ips(), variants: [
      { id: 'variant-1', title: 'Kortere effekt', note: 'Hvad hvis effekten kun holder 3 år?', changes: [{ path: 'parameters.effekt_aar.value', value: 3 }] },
      { id: 'variant-2', title: 'Uden note', changes: [{ path: 'parameters.effekt_aar.note' }] },
    ] };
    const again = parseScenarioText(serializeScenario(scenario));
    expect(again.ok && again.value.scenario).toEqual(scenario);
  });

  it('refuses a fourth variant', () => {
    const variants = [1, 2, 3, 4].map((n) => ({ id: `v${n}`, title: `V${n}`, changes: [] }));
    const r = parseScenarioText(JSON.stringify({ ...JSON.parse(IPS_TEXT), variants }));
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['variants']);
  });

  it('saves a variant as a file of its own, titled after baseline and variant', () => {
    const baseline = ips();
    const r = variantAsFile(baseline, { id: 'v', title: 'Kortere effekt', changes: [{ path: 'parameters.effekt_aar.value', value: 3 }] });
    expect(r.ok && r.value.title).toBe(`${baseline.title} – Kortere effekt`);
    expect(r.ok && r.value.parameters.effekt_aar!.value).toBe(3);
  });

  it('reads the variant\'s value of a field, or the baseline\'s where the variant does not change it', () => {
    const variant = { changes: [{ path: 'parameters.effekt_aar.value', value: 3 }] };
    expect(variantValue(ips(), variant, 'parameters.effekt_aar.value')).toBe(3);
    expect(variantValue(ips(), variant, 'parameters.andel_job_med_ips.value')).toBe(0.58);
  });
});

/** The guided start's scenario: every target group × template pair, with the suggestions, loads and runs. */
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../src/io/catalogues';
import { parseScenarioJson } from '../../src/io/load-scenario';
import { guidedResult, guidedScenario, guidedSuggestion, guidedTargetGroups, templatesForGroup } from '../../src/state/edits/guided-start';
import type { ItemNames } from '../../src/state/edits';

const names: ItemNames = {
  targetGroup: 'g', intervention: 'i', cost: 'c', outcome: 'o', participants: 'p',
  intakeYear: (year) => `y${year}`, copy: (label) => label, variant: (n) => `v${n}`,
};
const dk = shippedCatalogue('dk')!;

describe('guided scenario', () => {
  const pairs = guidedTargetGroups(dk).flatMap((g) => templatesForGroup(dk, g).map((t) => [g, t] as const));

  it('offers every template that names a target group', () => {
    expect(new Set(pairs.map(([, t]) => t)).size).toBe(Object.values(dk.interventionTemplates ?? {}).filter((t) => (t.targetGroups ?? []).length > 0).length);
  });

  for (const [group, template] of pairs) {
    it(`${group} × ${template}: loads and runs with the suggestions`, () => {
      const s = guidedSuggestion(dk, template);
      const scenario = guidedScenario(dk, {
        targetGroup: group, template, perYear: 20, years: 3, firstYear: 2,
        price: s.price?.value ?? null, treated: s.treated?.value ?? null, deadweight: s.deadweight?.value ?? null,
      }, names)!;
      expect(scenario.targetGroups[0]!.id).toBe(group);
      expect(scenario.targetGroups[0]!.cohorts.map((c) => c.startMonth)).toEqual([12, 24, 36]);
      const loaded = parseScenarioJson(scenario);
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
      const result = guidedResult(scenario);
      expect(result.ok ? result.value.participants : result.errors).toBe(60);
    });
  }
});

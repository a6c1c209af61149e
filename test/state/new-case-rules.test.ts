/**
 * A new case from a template gets current rules (docs/semantics.md §7a, "Which rules a case gets"):
 * the dk catalogue's newCaseRulesYear (2026) as settings.rulesYear, so its kommuneskat is the 2026
 * average 25.049 %, not the 2015 24.9 % a file without a rules year uses. Setting the field to 2015
 * gives the 2015 figure back: both rule sets are one field apart.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine';
import { assembleModel, shippedCatalogue } from '../../src/io/catalogues';
import { newScenarioFromTemplate } from '../../src/state/edits/new-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';
import { loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';

// A new case's template words come from the catalogue texts, which the page loads on demand (src/io/catalogue-texts-loader.ts).
await loadCatalogueTexts();

function kommuneskatOf(scenario: ScenarioFile): number | undefined {
  const model = assembleModel(scenario.catalogue!, scenario.model);
  if (!model.ok) throw new Error('model');
  const run = runScenario(scenario, model.value.model);
  if (!run.ok) throw new Error(run.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return run.value.values.kommuneskat_sats;
}

describe('a new case gets the current rules', () => {
  const dk = shippedCatalogue('dk')!;

  it('the dk catalogue names 2026 as the rules year of new cases', () => {
    expect(dk.newCaseRulesYear).toBe(2026);
  });

  it('a case from the mentor template computes with the 2026 kommuneskat, and with 2015 when asked', () => {
    const made = newScenarioFromTemplate(dk, 'mentor', ITEM_NAMES.da)!;
    expect(made.settings.rulesYear).toBe(2026);
    expect(kommuneskatOf(made)).toBe(0.25049);
    const older = { ...made, settings: { ...made.settings, rulesYear: 2015 } };
    expect(kommuneskatOf(older)).toBe(0.249);
  });
});

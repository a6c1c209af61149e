/** Parameters (rename follows references), catalogue templates (rename on clash), a new case from a template, and validation. */
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';
import { describe, expect, it } from 'vitest';
import type { CatalogueFile } from '../../src/io/catalogue-schema';
import { parseScenarioJson } from '../../src/io/load-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import {
  addParameter, applyTemplate, deleteParameter, newScenarioFromTemplate, problemsOfEdit, renameInExpression, renameParameter,
  selectEditorErrors, setField, type InterventionTemplate,
} from '../../src/state/edits';
import { IPS_EXAMPLE } from '../../src/state/examples';
import { selectRun } from '../../src/state/selectors/view';
import { loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';

// A new case's template words come from the catalogue texts, which the page loads on demand (src/io/catalogue-texts-loader.ts).
await loadCatalogueTexts();

function ips(): ScenarioFile {
  const loaded = parseScenarioJson(IPS_EXAMPLE.json);
  if (!loaded.ok) throw new Error('the IPS example does not load');
  return loaded.value.scenario;
}

/** A template whose parameter `forloeb_maaneder` clashes with the IPS case's (18 months) and whose `mentor_pris` does not. */
const MENTOR: InterventionTemplate = {
  label: 'Mentor', description: 'Mentorstøtte', evidence: 'moderate', targetGroups: ['ledige'],
  parameters: {
    forloeb_maaneder: { value: 6, label: 'Mentorforløb', unit: 'months' },
    mentor_pris: { value: 'forloeb_maaneder * 1000', unit: 'DKK' },
  },
  intervention: {
    id: 'ips', label: 'Mentor',
    costs: [{ label: 'Mentor', amount: 'mentor_pris', basis: 'perParticipantOnce', payer: { ledger: 'kommune' }, category: 'intervention', durationMonths: 'forloeb_maaneder' }],
    outcomes: [],
  },
  source: { title: 'Testkilde' }, note: 'Til test.',
};

const CATALOGUE = {
  kind: 'afkast.catalogue', schemaVersion: 1, id: 'dk', version: '1.0.0', title: 'Test', priceYear: 2015, changelog: [],
  targetGroups: { ledige: { label: 'Ledige', startingSeniorityWeeks: 26, source: { title: 'Testkilde' }, note: 'Til test.' } },
  interventionTemplates: { mentor: MENTOR },
} as CatalogueFile;

describe('parameters', () => {
  it('renames a parameter and every expression that uses it, but not names that merely contain it', () => {
    const after = renameParameter(ips(), 'forloeb_maaneder', 'varighed');
    expect(Object.keys(after.parameters)[1]).toBe('varighed');
    expect('forloeb_maaneder' in after.parameters).toBe(false);
    const iv = after.targetGroups[0]!.interventions[0]!;
    expect(iv.costs[0]!.durationMonths).toBe('varighed');
    expect(iv.outcomes[0]!.startMonth).toBe('varighed');
    expect(renameInExpression('effekt_aar * effekt + x.effekt', 'effekt', 'e')).toBe('effekt_aar * e + x.effekt');
  });

  it('refuses a rename onto a name that is taken', () => {
    const s = ips();
    expect(renameParameter(s, 'effekt_aar', 'forloeb_maaneder')).toBe(s);
  });

  it('adds a parameter with a free name, and deleting one in use is reported by the engine at the field that uses it', () => {
    const added = addParameter(addParameter(ips()));
    expect(Object.keys(added.parameters).slice(-2)).toEqual(['ny_parameter', 'ny_parameter_2']);
    const errors = selectEditorErrors({ scenario: deleteParameter(ips(), 'effekt_aar') });
    expect(errors.map((e) => e.path)).toContain('targetGroups[0].interventions[0].outcomes[0].durationMonths');
  });
});

describe('catalogue templates', () => {
  it('copies the intervention into the group, renames a clashing parameter and rewrites the copy’s expressions', () => {
    const after = applyTemplate(ips(), 0, MENTOR, { id: 'dk', version: '1.0.0' });
    // The IPS case's own forloeb_maaneder (18) stays; the template's (6) becomes forloeb_maaneder_2.
    expect(after.parameters.forloeb_maaneder!.value).toBe(18);
    expect(after.parameters.forloeb_maaneder_2!.value).toBe(6);
    expect(after.parameters.mentor_pris!.value).toBe('forloeb_maaneder_2 * 1000');
    const copy = after.targetGroups[0]!.interventions[1]!;
    expect(copy.id).toBe('ips-2');
    expect(copy.costs[0]!.durationMonths).toBe('forloeb_maaneder_2');
    expect(copy.costs[0]!.amount).toBe('mentor_pris');
    // The IPS case names no catalogue: the template's becomes its catalogue.
    expect(after.catalogue).toEqual({ id: 'dk', version: '1.0.0' });
    // The template in the catalogue is not changed by the copy.
    expect(MENTOR.intervention.id).toBe('ips');
  });

  it('gives a second copy of the same template parameters of its own, so the two can differ', () => {
    const twice = applyTemplate(applyTemplate(ips(), 0, MENTOR), 0, MENTOR);
    expect(Object.keys(twice.parameters).filter((n) => n.startsWith('forloeb_maaneder'))).toEqual(['forloeb_maaneder', 'forloeb_maaneder_2', 'forloeb_maaneder_3']);
    expect(twice.parameters.mentor_pris_2!.value).toBe('forloeb_maaneder_3 * 1000');
    const third = twice.targetGroups[0]!.interventions[2]!;
    expect([third.id, third.costs[0]!.amount, third.costs[0]!.durationMonths]).toEqual(['ips-3', 'mentor_pris_2', 'forloeb_maaneder_3']);
  });

  it('builds a new case: the catalogue, the template’s target group with its seniority, one cohort of 100, 10 years', () => {
    const s = newScenarioFromTemplate(CATALOGUE, 'mentor', ITEM_NAMES.da)!;
    expect(s.catalogue).toEqual({ id: 'dk', version: '1.0.0' });
    expect(s.title).toBe('Mentor');
    expect(s.settings).toMatchObject({ horizonYears: 10, priceYear: 2015, discount: { preset: 'fm-2021' } });
    expect(s.targetGroups).toHaveLength(1);
    expect(s.targetGroups[0]).toMatchObject({ id: 'ledige', label: 'Ledige', startingSeniorityWeeks: 26, cohorts: [{ count: 100, startMonth: 0 }] });
    expect(s.targetGroups[0]!.interventions[0]!.label).toBe('Mentor');
    expect(Object.keys(s.parameters)).toEqual(['forloeb_maaneder', 'mentor_pris']);
    expect(newScenarioFromTemplate(CATALOGUE, 'unknown', ITEM_NAMES.da)).toBeNull();
  });
});

describe('validation with the file format’s messages', () => {
  it('refuses to commit a horizon the file format refuses, with the schema’s message and path', () => {
    const s = ips();
    expect(problemsOfEdit(s, setField(s, ['settings', 'horizonYears'], 0))).toEqual([
      { path: 'settings.horizonYears', message: 'expected 1 or more, got 0' },
    ]);
    expect(problemsOfEdit(s, setField(s, ['settings', 'horizonYears'], 12))).toEqual([]);
  });

  it('lets an expression with an unknown name through the schema and reports the engine’s message at its path', () => {
    const s = setField(ips(), ['targetGroups', 0, 'interventions', 0, 'outcomes', 0, 'treated'], 'andel_job * 2');
    expect(problemsOfEdit(ips(), s)).toEqual([]);
    const run = selectRun({ scenario: s });
    expect(run?.ok).toBe(false);
    const errors = selectEditorErrors({ scenario: s });
    expect(errors[0]!.path).toBe('targetGroups[0].interventions[0].outcomes[0].treated');
    expect(errors[0]!.message).toContain('andel_job');
  });
});

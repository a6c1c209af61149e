/**
 * Catalogue templates: an intervention (and the parameters its amounts use) copied into a target
 * group. A parameter whose name is taken is renamed (`name_2`) and the copied intervention's and
 * parameters' expressions follow. Never shared, even when identical: each copy can then be changed
 * on its own (apply a template twice to compare two variants).
 */
import type { CatalogueFile } from '../../io/catalogue-schema';
import type { ScenarioFile } from '../../io/scenario-schema';
import { shippedCatalogue, shippedCatalogues } from '../../io/catalogues';
import { defineEdit, uniqueName } from './define-edit';
import { renameInAmounts } from './expressions';
import { interventionIds } from './intervention-edits';

export type InterventionTemplate = NonNullable<CatalogueFile['interventionTemplates']>[string];

export interface TemplateChoice {
  catalogue: { id: string; version: string; title: string };
  id: string;
  template: InterventionTemplate;
}

/**
 * The templates a scenario can use: those of the catalogue it names; a scenario that names none (it
 * computes with the core only) may take any shipped catalogue's, which then becomes its catalogue.
 */
export function availableTemplates(scenario: Pick<ScenarioFile, 'catalogue'> | null): TemplateChoice[] {
  const named = scenario?.catalogue ? shippedCatalogue(scenario.catalogue.id) : null;
  const catalogues = scenario?.catalogue ? (named ? [named] : []) : shippedCatalogues();
  return catalogues.flatMap((c) => Object.entries(c.interventionTemplates ?? {}).map(([id, template]) => ({
    catalogue: { id: c.id, version: c.version, title: c.title }, id, template,
  })));
}

export const applyTemplate = defineEdit('applyTemplate', (
  draft, g: number, template: InterventionTemplate, catalogue?: { id: string; version: string },
) => {
  const group = draft.targetGroups[g];
  if (!group) return;
  if (catalogue && !draft.catalogue && catalogue.id !== 'core') draft.catalogue = { id: catalogue.id, version: catalogue.version };
  const renames = new Map<string, string>();
  const taken = new Set(Object.keys(draft.parameters));
  const added: string[] = [];
  for (const [name, parameter] of Object.entries(template.parameters ?? {})) {
    const target = uniqueName(name, taken);
    taken.add(target);
    added.push(target);
    if (target !== name) renames.set(name, target);
    draft.parameters[target] = structuredClone(parameter);
  }
  // The template's parameters may refer to each other: their expressions follow the renames too.
  for (const target of added) renameInAmounts(draft.parameters[target], renames);
  const intervention = structuredClone(template.intervention);
  renameInAmounts(intervention, renames);
  intervention.id = uniqueName(intervention.id, interventionIds(draft), '-');
  group.interventions.push(intervention);
});

/**
 * »Ny investeringscase« from a catalogue template: a new scenario with the catalogue, one target group
 * (the template's first one from the catalogue's target groups, when it names one) with one cohort,
 * and the chosen intervention with its parameters. The library toolbar and the editor both call
 * `openNewCaseFromTemplate`; it opens like a file (openDocument), so it is a new document, not an edit.
 * The template's words in the user's language come from the catalogue texts, which are not in the
 * first load (src/io/catalogue-texts-loader.ts): openNewCaseFromTemplate waits for them, and a caller
 * of newScenarioFromTemplate with a language has awaited loadCatalogueTexts() before.
 */
import type { ItemNames } from './item-names';
import { shippedCatalogue } from '../../io/catalogues';
import { loadCatalogueTexts, loadedCatalogueTexts } from '../../io/catalogue-texts-loader';
import { loadCatalogueMetadata } from '../../io/catalogue-metadata-loader';
import type { CatalogueFile } from '../../io/catalogue-schema';
import { SCENARIO_KIND, SCENARIO_SCHEMA_VERSION, type ScenarioFile } from '../../io/scenario-schema';
import type { EngineError } from '../../engine';
import type { AppState } from '../app-store';
import { DEFAULT_COHORT_COUNT } from './group-edits';

export const NEW_CASE_CATALOGUE = 'dk';
/** A new case looks ten budget years ahead, discounted as Finansministeriet prescribes since 2021 (docs/financing-rules.md §6). */
export const NEW_CASE_HORIZON_YEARS = 10;
export const NEW_CASE_DISCOUNT_PRESET = 'fm-2021';

/** The new scenario, or null when the catalogue or template does not exist. */
export function newScenarioFromTemplate(catalogue: CatalogueFile, templateId: string, names: ItemNames): ScenarioFile | null {
  const shipped = catalogue.interventionTemplates?.[templateId];
  if (!shipped) return null;
  // The template's words in the user's language, while they are the shipped catalogue's own.
  const texts = names.language ? loadedCatalogueTexts() : null;
  const template = texts && names.language ? texts.localizeTemplate(templateId, shipped, names.language) : shipped;
  const groupId = template.targetGroups?.find((id) => catalogue.targetGroups?.[id]);
  const found = groupId ? catalogue.targetGroups?.[groupId] : undefined;
  const group = found && groupId && texts && names.language ? texts.localizeTargetGroup(groupId, found, names.language) : found;
  const intervention = structuredClone(template.intervention);
  return {
    kind: SCENARIO_KIND,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    title: template.label,
    description: template.description,
    catalogue: { id: catalogue.id, version: catalogue.version },
    settings: {
      horizonYears: NEW_CASE_HORIZON_YEARS,
      ...(catalogue.priceYear ? { priceYear: catalogue.priceYear } : {}),
      // Current rules for a new case (docs/semantics.md, "Dated rules"); an example keeps its own.
      ...(catalogue.newCaseRulesYear ? { rulesYear: catalogue.newCaseRulesYear } : {}),
      perspective: 'budget',
      discount: { preset: NEW_CASE_DISCOUNT_PRESET },
      discountTiming: 'start',
    },
    parameters: structuredClone(template.parameters ?? {}),
    targetGroups: [{
      id: groupId ?? 'maalgruppe',
      label: group?.label ?? names.targetGroup,
      ...(group?.description ? { description: group.description } : {}),
      ...(group?.startingSeniorityWeeks !== undefined ? { startingSeniorityWeeks: group.startingSeniorityWeeks } : {}),
      cohorts: [{ label: names.participants, count: DEFAULT_COHORT_COUNT, startMonth: 0 }],
      interventions: [intervention],
    }],
  };
}

/**
 * Opens a new case from a shipped catalogue's template as a new document (the work being left
 * stays in the library, with a way back), once the catalogue texts and the full catalogue (the
 * template's sources and notes, which the case copies) have arrived; resolves to the problems if it
 * could not.
 */
export async function openNewCaseFromTemplate(
  store: Pick<AppState, 'openDocument'>, templateId: string, names: ItemNames, catalogueId: string = NEW_CASE_CATALOGUE,
): Promise<EngineError[]> {
  await Promise.all([names.language ? loadCatalogueTexts() : undefined, loadCatalogueMetadata()]);
  const catalogue = shippedCatalogue(catalogueId);
  const scenario = catalogue ? newScenarioFromTemplate(catalogue, templateId, names) : null;
  if (!scenario) return [{ path: 'catalogue', message: `no template '${templateId}' in catalogue '${catalogueId}'` }];
  return store.openDocument(scenario, 'template', scenario.title) ? [] : [{ path: '(template)', message: 'the new case could not be opened' }];
}

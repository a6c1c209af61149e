/**
 * »Ny case«, the guided start: a new scenario from the answers to a few questions (target group,
 * cohorts, price, effect with deadweight), each with the catalogue's suggestion. It is built from the
 * chosen template (newScenarioFromTemplate) and then given the answers: the price is the template's
 * first cost when that is one parameter, the effect and deadweight its first outcome's treated and
 * counterfactual shares when they are parameters. Finishing opens it like »Start fra skabelon«
 * (openDocument): the current work stays in the library with a way back.
 */
import { runScenario, type EngineError } from '../../engine';
import { shippedCatalogue } from '../../io/catalogues';
import { loadedCatalogueTexts } from '../../io/catalogue-texts-loader';
import type { CatalogueFile } from '../../io/catalogue-schema';
import type { ScenarioFile } from '../../io/scenario-schema';
import type { AppState } from '../app-store';
import { selectModel } from '../selectors/view';
import type { ItemNames } from './item-names';
import { DEFAULT_COHORT_COUNT } from './group-edits';
import { NEW_CASE_CATALOGUE, NEW_CASE_HORIZON_YEARS, newScenarioFromTemplate } from './new-scenario';

export interface GuidedAnswers {
  targetGroup: string;
  template: string;
  /** Participants starting each year. */
  perYear: number;
  /** How many yearly cohorts start. */
  years: number;
  /** The horizon year (1 = the first) the first cohort starts in. */
  firstYear: number;
  /** The template's price parameter's value (null: keep the template's). */
  price: number | null;
  /** The treated share and the share that would get there anyway (deadweight). */
  treated: number | null;
  deadweight: number | null;
}

/** A parameter the guide asks about, with the template's value and source as the suggestion. */
export interface GuidedParameter { name: string; label: string; unit: string | undefined; value: number; source: string | undefined; note: string | undefined }

export interface GuidedSuggestion {
  perYear: number;
  years: number;
  firstYear: number;
  price: GuidedParameter | null;
  treated: GuidedParameter | null;
  deadweight: GuidedParameter | null;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parameterOf(catalogue: CatalogueFile, templateId: string, amount: unknown): GuidedParameter | null {
  const template = catalogue.interventionTemplates?.[templateId];
  if (typeof amount !== 'string' || !NAME.test(amount.trim())) return null;
  const name = amount.trim();
  const p = template?.parameters?.[name];
  if (!p || typeof p.value !== 'number') return null;
  return { name, label: p.label ?? name, unit: p.unit, value: p.value, source: p.source, note: p.note };
}

/** The catalogue's templates for a target group (those naming it), in catalogue order. */
export function templatesForGroup(catalogue: CatalogueFile, groupId: string): string[] {
  return Object.entries(catalogue.interventionTemplates ?? {}).filter(([, t]) => t.targetGroups?.includes(groupId)).map(([id]) => id);
}

/** Target groups that at least one template is for, in catalogue order. */
export function guidedTargetGroups(catalogue: CatalogueFile): string[] {
  return Object.keys(catalogue.targetGroups ?? {}).filter((id) => templatesForGroup(catalogue, id).length > 0);
}

/** What the guide suggests for a template: one yearly cohort of the default size from year 1, and the template's price and effect. */
export function guidedSuggestion(catalogue: CatalogueFile, templateId: string): GuidedSuggestion {
  const iv = catalogue.interventionTemplates?.[templateId]?.intervention;
  const outcome = iv?.outcomes[0];
  return {
    perYear: DEFAULT_COHORT_COUNT, years: 1, firstYear: 1,
    price: parameterOf(catalogue, templateId, iv?.costs[0]?.amount),
    treated: outcome && 'treated' in outcome ? parameterOf(catalogue, templateId, outcome.treated) : null,
    deadweight: outcome && 'counterfactual' in outcome ? parameterOf(catalogue, templateId, outcome.counterfactual) : null,
  };
}

/** The scenario the answers describe, or null when the catalogue has no such template. */
export function guidedScenario(catalogue: CatalogueFile, answers: GuidedAnswers, names: ItemNames): ScenarioFile | null {
  const base = newScenarioFromTemplate(catalogue, answers.template, names);
  const found = catalogue.targetGroups?.[answers.targetGroup];
  if (!base || !found) return null;
  const group = names.language ? loadedCatalogueTexts().localizeTargetGroup(answers.targetGroup, found, names.language) : found;
  const suggestion = guidedSuggestion(catalogue, answers.template);
  const parameters = structuredClone(base.parameters);
  const set = (p: GuidedParameter | null, value: number | null) => {
    if (p && value !== null && parameters[p.name]) parameters[p.name] = { ...parameters[p.name]!, value };
  };
  set(suggestion.price, answers.price);
  set(suggestion.treated, answers.treated);
  set(suggestion.deadweight, answers.deadweight);
  const years = Math.max(1, Math.floor(answers.years));
  const first = Math.max(1, Math.floor(answers.firstYear));
  const cohorts = Array.from({ length: years }, (_, k) => ({
    label: names.intakeYear(first + k), count: answers.perYear, startMonth: (first - 1 + k) * 12,
  }));
  const [template] = base.targetGroups;
  return {
    ...base,
    settings: { ...base.settings, horizonYears: Math.max(NEW_CASE_HORIZON_YEARS, first - 1 + years) },
    parameters,
    targetGroups: [{
      ...template!,
      id: answers.targetGroup,
      label: group.label,
      ...(group.description ? { description: group.description } : {}),
      ...(group.startingSeniorityWeeks !== undefined ? { startingSeniorityWeeks: group.startingSeniorityWeeks } : {}),
      cohorts,
    }],
  };
}

export interface GuidedResult { npv: number; paybackYears: number | null; participants: number }

/** The new case's NPV in total and payback, or the engine's errors. */
export function guidedResult(scenario: ScenarioFile): { ok: true; value: GuidedResult } | { ok: false; errors: EngineError[] } {
  const model = selectModel({ scenario });
  if (!model) return { ok: false, errors: [{ path: 'catalogue', message: 'the catalogue could not be assembled' }] };
  const run = runScenario(scenario, model);
  return run.ok ? { ok: true, value: { npv: run.value.total.npv, paybackYears: run.value.total.paybackYears, participants: run.value.participants } } : run;
}

/** Opens the guided case as a new document (the current work stays in the library); returns the problems if it could not. */
export function openGuidedCase(
  store: Pick<AppState, 'openDocument'>, answers: GuidedAnswers, names: ItemNames, catalogueId: string = NEW_CASE_CATALOGUE,
): EngineError[] {
  const catalogue = shippedCatalogue(catalogueId);
  const scenario = catalogue ? guidedScenario(catalogue, answers, names) : null;
  if (!scenario) return [{ path: 'catalogue', message: `no template '${answers.template}' for '${answers.targetGroup}' in catalogue '${catalogueId}'` }];
  return store.openDocument(scenario, 'template', scenario.title) ? [] : [{ path: '(guided)', message: 'the new case could not be opened' }];
}

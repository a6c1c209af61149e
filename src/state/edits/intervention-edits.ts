/** Interventions of a target group: add, duplicate, reorder, delete. Ids are kept unique in the scenario. */
import type { ItemNames } from './item-names';
import type { ScenarioFile } from '../../io/scenario-schema';
import { defineEdit, uniqueName, type ScenarioDraft } from './define-edit';
import { copyOf, moveWithin, removeAt } from './list-helpers';

/** Every intervention id in the scenario (the engine's lines name group and intervention). */
export function interventionIds(scenario: ScenarioFile | ScenarioDraft): string[] {
  return scenario.targetGroups.flatMap((g) => g.interventions.map((iv) => iv.id));
}

export const addIntervention = defineEdit('addIntervention', (draft, names: ItemNames, g: number) => {
  const label = names.intervention;
  const group = draft.targetGroups[g];
  if (!group) return;
  group.interventions.push({ id: uniqueName('indsats', interventionIds(draft), '-'), label, costs: [], outcomes: [] });
});

export const duplicateIntervention = defineEdit('duplicateIntervention', (draft, names: ItemNames, g: number, i: number) => {
  const list = draft.targetGroups[g]?.interventions;
  const source = list?.[i];
  if (!list || !source) return;
  const copy = copyOf(source);
  copy.id = uniqueName(source.id, interventionIds(draft), '-');
  copy.label = names.copy(source.label);
  list.splice(i + 1, 0, copy);
});

export const moveIntervention = defineEdit('moveIntervention', (draft, g: number, i: number, delta: number) => {
  const list = draft.targetGroups[g]?.interventions;
  if (list) moveWithin(list, i, delta);
});

export const deleteIntervention = defineEdit('deleteIntervention', (draft, g: number, i: number) => {
  const list = draft.targetGroups[g]?.interventions;
  if (list) removeAt(list, i);
});

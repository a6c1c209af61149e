/** Interventions of a target group: add, duplicate, reorder, delete. Ids are kept unique in the scenario. */
import type { ScenarioFile } from '../../io/scenario-schema';
import { defineEdit, uniqueName, type ScenarioDraft } from './define-edit';
import { copyLabel, copyOf, moveWithin, removeAt } from './list-helpers';

/** Every intervention id in the scenario (the engine's lines name group and intervention). */
export function interventionIds(scenario: ScenarioFile | ScenarioDraft): string[] {
  return scenario.targetGroups.flatMap((g) => g.interventions.map((iv) => iv.id));
}

export const addIntervention = defineEdit('Tilføj indsats', (draft, g: number, label: string = 'Ny indsats') => {
  const group = draft.targetGroups[g];
  if (!group) return;
  group.interventions.push({ id: uniqueName('indsats', interventionIds(draft), '-'), label, costs: [], outcomes: [] });
});

export const duplicateIntervention = defineEdit('Kopiér indsats', (draft, g: number, i: number) => {
  const list = draft.targetGroups[g]?.interventions;
  const source = list?.[i];
  if (!list || !source) return;
  const copy = copyOf(source);
  copy.id = uniqueName(source.id, interventionIds(draft), '-');
  copy.label = copyLabel(source.label);
  list.splice(i + 1, 0, copy);
});

export const moveIntervention = defineEdit('Flyt indsats', (draft, g: number, i: number, delta: number) => {
  const list = draft.targetGroups[g]?.interventions;
  if (list) moveWithin(list, i, delta);
});

export const deleteIntervention = defineEdit('Slet indsats', (draft, g: number, i: number) => {
  const list = draft.targetGroups[g]?.interventions;
  if (list) removeAt(list, i);
});

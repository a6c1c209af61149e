/** Cost items, outcomes and an outcome's value lines: add, duplicate, reorder, delete. */
import type { ItemNames } from './item-names';
import { defineEdit, uniqueName, type ScenarioDraft } from './define-edit';
import { copyOf, moveWithin, removeAt } from './list-helpers';

type At = [group: number, intervention: number];

function interventionAt(draft: ScenarioDraft, [g, i]: At) {
  return draft.targetGroups[g]?.interventions[i];
}

/** Items with an optional id: a copy gets a fresh one so explanations can tell them apart. */
function duplicateIn<T extends { id?: string; label: string }>(list: T[] | undefined, index: number, names: ItemNames): void {
  const source = list?.[index];
  if (!list || !source) return;
  const copy = copyOf(source);
  if (source.id) copy.id = uniqueName(source.id, list.map((x) => x.id ?? ''), '-');
  copy.label = names.copy(source.label);
  list.splice(index + 1, 0, copy);
}

export const addCostItem = defineEdit('addCostItem', (draft, names: ItemNames, at: At, ledger: string = 'kommune') => {
  interventionAt(draft, at)?.costs.push({
    label: names.cost, amount: 0, basis: 'perParticipantPerYear', payer: { ledger }, category: 'intervention', startMonth: 0, durationMonths: 12,
  });
});
export const duplicateCostItem = defineEdit('duplicateCostItem', (draft, names: ItemNames, at: At, c: number) => duplicateIn(interventionAt(draft, at)?.costs, c, names));
export const moveCostItem = defineEdit('moveCostItem', (draft, at: At, c: number, delta: number) => {
  const list = interventionAt(draft, at)?.costs;
  if (list) moveWithin(list, c, delta);
});
export const deleteCostItem = defineEdit('deleteCostItem', (draft, at: At, c: number) => {
  const list = interventionAt(draft, at)?.costs;
  if (list) removeAt(list, c);
});

export const addOutcome = defineEdit('addOutcome', (draft, names: ItemNames, at: At, ledger: string = 'kommune') => {
  interventionAt(draft, at)?.outcomes.push({
    label: names.outcome, state: 'job', treated: 0, counterfactual: 0, startMonth: 12, durationMonths: 60, decay: { type: 'none' },
    value: { type: 'direct', perPersonYear: [{ ledger, category: 'unspecified', amount: 0 }] },
  });
});
export const duplicateOutcome = defineEdit('duplicateOutcome', (draft, names: ItemNames, at: At, o: number) => duplicateIn(interventionAt(draft, at)?.outcomes, o, names));
export const moveOutcome = defineEdit('moveOutcome', (draft, at: At, o: number, delta: number) => {
  const list = interventionAt(draft, at)?.outcomes;
  if (list) moveWithin(list, o, delta);
});
export const deleteOutcome = defineEdit('deleteOutcome', (draft, at: At, o: number) => {
  const list = interventionAt(draft, at)?.outcomes;
  if (list) removeAt(list, o);
});

function directLines(draft: ScenarioDraft, at: At, o: number) {
  const value = interventionAt(draft, at)?.outcomes[o]?.value;
  return value?.type === 'direct' ? value.perPersonYear : undefined;
}

export const addValueLine = defineEdit('addValueLine', (draft, at: At, o: number, ledger: string = 'kommune') => {
  directLines(draft, at, o)?.push({ ledger, category: 'unspecified', amount: 0 });
});
export const deleteValueLine = defineEdit('deleteValueLine', (draft, at: At, o: number, line: number) => {
  const lines = directLines(draft, at, o);
  if (lines) removeAt(lines, line);
});

/** Named parameters: add, rename (references follow), delete. */
import { defineEdit, uniqueName } from './define-edit';
import { renameInAmounts } from './expressions';

/** Adds a parameter `ny_parameter` (or `ny_parameter_2` …) with value 0. */
export const addParameter = defineEdit('addParameter', (draft, name: string = 'ny_parameter') => {
  draft.parameters[uniqueName(name, Object.keys(draft.parameters))] = { value: 0, label: '' };
});

/**
 * Renames a parameter and every reference to it in the scenario's expressions; keeps its place in
 * the list. A name that is taken is refused (nothing changes); a malformed one is left to the schema.
 */
export const renameParameter = defineEdit('renameParameter', (draft, from: string, to: string) => {
  if (from === to || !(from in draft.parameters) || to in draft.parameters) return;
  const entries = Object.entries(draft.parameters).map(([name, p]) => [name === from ? to : name, p] as const);
  for (const name of Object.keys(draft.parameters)) delete draft.parameters[name];
  for (const [name, p] of entries) draft.parameters[name] = p;
  const renames = new Map([[from, to]]);
  renameInAmounts(draft.parameters, renames);
  renameInAmounts(draft.targetGroups, renames);
});

/** Deletes a parameter; fields that still use it are then reported by the engine (unknown name). */
export const deleteParameter = defineEdit('deleteParameter', (draft, name: string) => {
  delete draft.parameters[name];
});

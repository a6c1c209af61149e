/** Named parameters: add, rename (references follow), delete, and make one of a number field. */
import { defineEdit, uniqueName } from './define-edit';
import { renameInAmounts } from './expressions';
import { getAt, setAt, type FieldPath } from './paths';

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

/** The unit of a cost's amount by its basis (the engine's units: calc/pricing.ts reads DKK… as money). */
const COST_UNITS: Record<string, string> = {
  perParticipantPerYear: 'DKK/person/year', perParticipantPerMonth: 'DKK/person/month', perParticipantOnce: 'DKK/person',
  fixedPerYear: 'DKK/year', fixedOnce: 'DKK',
};
const FIELD_UNITS: Record<string, string> = {
  startMonth: 'months', durationMonths: 'months', rampMonths: 'months', monthsToZero: 'months',
  treated: 'share', counterfactual: 'share', share: 'share', ratePerYear: 'share', count: 'persons',
};

/** The unit of the number at `path`, where the field's kind says it; undefined where it does not. */
export function fieldUnit(scenario: unknown, path: FieldPath): string | undefined {
  const last = String(path[path.length - 1]);
  if (FIELD_UNITS[last]) return FIELD_UNITS[last];
  if (last !== 'amount') return undefined;
  if (path.includes('perPersonYear')) return 'DKK/person/year';
  const basis = getAt(scenario, [...path.slice(0, -1), 'basis']);
  return typeof basis === 'string' ? COST_UNITS[basis] : undefined;
}

/** A parameter name from a label: lower case ASCII letters, digits and '_' (»Beløb« → beloeb). */
export function parameterNameFrom(label: string): string {
  const ascii = label.toLowerCase()
    .replace(/\u00e6/g, 'ae').replace(/\u00f8/g, 'oe').replace(/\u00e5/g, 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return ascii === '' ? 'parameter' : /^[0-9]/.test(ascii) ? `p_${ascii}` : ascii;
}

/**
 * »Gør til parameter«: a number field becomes a parameter in one step — a new parameter with the
 * field's value, its unit and the given label, named from `name` (made unique), and the field then
 * reads it. A field that holds no number (an expression already) is left alone.
 */
export const makeParameter = defineEdit('makeParameter', (draft, path: FieldPath, label: string, name: string) => {
  const value = getAt(draft, path);
  if (typeof value !== 'number') return;
  const unit = fieldUnit(draft, path);
  const chosen = uniqueName(parameterNameFrom(name), Object.keys(draft.parameters));
  draft.parameters[chosen] = { value, label, ...(unit ? { unit } : {}) };
  setAt(draft, path, chosen);
});

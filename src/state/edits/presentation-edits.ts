/**
 * Presentation mode's levers (src/ui/features/presentation): which parameters the wall may move, with
 * their ranges, and a lever setting kept as a variant for the minutes. Named edits of the scenario,
 * so they are undone, autosaved and saved to file with it.
 */
import { MAX_LEVERS, MAX_VARIANTS, type ScenarioFile } from '../../io/scenario-schema';
import type { Lever } from '../../engine';
import { defineEdit } from './define-edit';

export { MAX_LEVERS };

/** The numeric parameters, which a lever can move (an expression has no single value to slide). */
export function leverCandidates(scenario: ScenarioFile): string[] {
  return Object.entries(scenario.parameters).filter(([, p]) => typeof p.value === 'number').map(([name]) => name);
}

/**
 * A first range for a parameter's slider: its own min/max if it has them; a share (0 < value ≤ 1)
 * from 0 to 1 in steps of 0,01; otherwise 0 to twice the value in a hundred steps (2 × value for a
 * negative one, from twice the value to 0). The economist narrows it in the editor.
 */
export function defaultLever(scenario: ScenarioFile, parameter: string): Lever | null {
  const p = scenario.parameters[parameter];
  if (!p || typeof p.value !== 'number') return null;
  const v = p.value;
  if (p.min !== undefined && p.max !== undefined && p.min < p.max) return { parameter, min: p.min, max: p.max, step: niceStep((p.max - p.min) / 100) };
  if (v > 0 && v <= 1) return { parameter, min: 0, max: 1, step: 0.01 };
  if (v === 0) return { parameter, min: 0, max: 1, step: 0.01 };
  const [min, max] = v > 0 ? [0, 2 * v] : [2 * v, 0];
  return { parameter, min, max, step: niceStep((max - min) / 100) };
}

/** 1, 2 or 5 times a power of ten, at most `raw`: 1.234 → 1, 340 → 200. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
}

export const addLever = defineEdit('addLever', (draft, parameter: string) => {
  const levers = (draft.presentation ??= { levers: [] }).levers;
  if (levers.length >= MAX_LEVERS || levers.some((l) => l.parameter === parameter)) return;
  const lever = defaultLever(draft, parameter);
  if (lever) levers.push(lever);
});

export const removeLever = defineEdit('removeLever', (draft, parameter: string) => {
  if (!draft.presentation) return;
  draft.presentation.levers = draft.presentation.levers.filter((l) => l.parameter !== parameter);
  if (draft.presentation.levers.length === 0) delete draft.presentation;
});

/** Sets a lever's range; one that is not a range (min ≥ max, step ≤ 0) is ignored. */
export const setLeverRange = defineEdit('setLeverRange', (draft, parameter: string, range: Omit<Lever, 'parameter'>) => {
  const lever = draft.presentation?.levers.find((l) => l.parameter === parameter);
  if (!lever || !(range.min < range.max) || !(range.step > 0)) return;
  Object.assign(lever, range);
});

/** The scenario with the levers' values in place of its parameters' (what the wall computes). */
export function withLeverValues(scenario: ScenarioFile, values: Record<string, number>): ScenarioFile {
  const parameters = { ...scenario.parameters };
  for (const [name, value] of Object.entries(values)) {
    const p = parameters[name];
    if (p && typeof p.value === 'number') parameters[name] = { ...p, value };
  }
  return { ...scenario, parameters };
}

/**
 * Keeps a lever setting as a variant »Præsentation 1« … with one change per lever moved away from the
 * baseline. Nothing happens when three variants exist already or no lever was moved.
 */
export const saveLeversAsVariant = defineEdit('saveLeversAsVariant', (draft, values: Record<string, number>, title: string) => {
  const variants = (draft.variants ??= []);
  const changes = Object.entries(values)
    .filter(([name, value]) => typeof draft.parameters[name]?.value === 'number' && draft.parameters[name].value !== value)
    .map(([name, value]) => ({ path: `parameters.${name}.value`, value }));
  if (variants.length >= MAX_VARIANTS || changes.length === 0) {
    if (variants.length === 0) delete draft.variants;
    return;
  }
  let n = 1;
  while (variants.some((v) => v.id === `presentation-${n}`)) n++;
  variants.push({ id: `presentation-${n}`, title: `${title} ${n}`, changes });
});

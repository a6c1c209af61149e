/**
 * Variants of a scenario (README, "Variants"). A variant is saved WITH the scenario, as
 *
 *   "variants": [{ "id": "variant-1", "title": "Variant 1", "note": "…",
 *                  "changes": [{ "path": "parameters.andel_job_med_ips.value", "value": 0.4 }] }]
 *
 * (at most three). The variant's scenario is the baseline with its changes applied in order; it has
 * no `variants` of its own. Only the changes are stored, not a second copy of the scenario, so an
 * edit of the baseline carries through to every variant that does not change the same field, and
 * the file says in one line per change what the variant assumes differently.
 *
 * A `path` is a field of the scenario in the notation the file format's errors use
 * (`settings.discount.preset`, `targetGroups[0].cohorts[0].count`). A change
 * - sets the field, or adds it if its object exists but lacks it (an optional field such as an
 *   uncertainty); a list element may be set at an existing index or appended at the list's end;
 * - without `value` removes the field; on a list, it cuts the list at that index (that is how
 *   `differences` lists the tail of a shorter list, so derive → apply gives the edited scenario back).
 * A change whose object or list does not exist in the baseline is an error naming the change's path;
 * so is a result the file format refuses. A variant can also be saved as a file of its own
 * (variantAsFile): the applied scenario, titled after baseline and variant.
 */
import { differences, type EngineError, type Result } from '../engine';
import { ScenarioFileSchema, type ScenarioFile } from './scenario-schema';
import { RESERVED_NAMES } from './json-guard';
import { formatPath, issuesToErrors } from './validation-errors';

export type ScenarioVariant = NonNullable<ScenarioFile['variants']>[number];
export type VariantChange = ScenarioVariant['changes'][number];
type Step = string | number;

const STEP = /\.?([^.[\]]+)|\[(\d+)\]/y;

/** ['targetGroups', 0, 'count'] from 'targetGroups[0].count'; null if the text is not a path. */
export function parseFieldPath(path: string): Step[] | null {
  const steps: Step[] = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const match = STEP.exec(path);
    if (!match || (at === 0 && path.startsWith('.'))) return null;
    steps.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return steps.length > 0 ? steps : null;
}

/**
 * Why a change's path cannot be applied, or null: it must be a field path, and no step may be a
 * name of the prototype machinery (`__proto__.polluted` would otherwise change every object).
 */
export function fieldPathProblem(path: string): string | null {
  const steps = parseFieldPath(path);
  if (!steps) return 'is not a field path (e.g. parameters.name.value)';
  const reserved = steps.find((s) => typeof s === 'string' && RESERVED_NAMES.has(s));
  return reserved === undefined ? null : `'${String(reserved)}' cannot be a step of a field path`;
}

/** The scenario without its variants: what the baseline column computes and what variants are compared with. */
export function withoutVariants(scenario: ScenarioFile): ScenarioFile {
  if (!('variants' in scenario)) return scenario;
  const { variants: _variants, ...rest } = scenario;
  return rest;
}

type Node = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/** Applies one change in place (on a copy); returns a message if it cannot. */
function applyChange(root: Node, steps: Step[], value: unknown): string | null {
  let node: unknown = root;
  for (const [i, step] of steps.slice(0, -1).entries()) {
    node = fits(node, step) && Object.hasOwn(node as object, step) ? (node as Record<Step, unknown>)[step] : undefined;
    if (!isContainer(node)) return `the scenario has no field ${formatPath(steps.slice(0, i + 1))}`;
  }
  const last = steps[steps.length - 1]!;
  if (!fits(node, last)) return `the scenario has no field ${formatPath(steps)}`;
  if (Array.isArray(node)) {
    const index = last as number;
    if (value === undefined) node.length = Math.min(node.length, index);
    else if (index > node.length) return `the list ${formatPath(steps.slice(0, -1))} has ${node.length} item(s); index ${index} would leave a gap`;
    else node[index] = value;
  } else if (value === undefined) {
    delete (node as Record<string, unknown>)[last];
  } else {
    (node as Record<string, unknown>)[last] = value;
  }
  return null;
}

/** A number step indexes a list, a name step an object (not a list). */
function fits(node: unknown, step: Step): boolean {
  return typeof step === 'number' ? Array.isArray(node) : isContainer(node) && !Array.isArray(node);
}

/** The variant's scenario: the baseline (without its variants) with the variant's changes, checked by the file format. */
export function applyVariant(baseline: ScenarioFile, variant: Pick<ScenarioVariant, 'changes'>): Result<ScenarioFile, EngineError> {
  // A scenario is JSON: this copy is deep, and the changes never touch the caller's object.
  const copy = JSON.parse(JSON.stringify(withoutVariants(baseline))) as Node;
  const errors: EngineError[] = [];
  for (const change of variant.changes) {
    const problem = fieldPathProblem(change.path) ?? applyChange(copy, parseFieldPath(change.path)!, change.value);
    if (problem) errors.push({ path: change.path, message: problem });
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = ScenarioFileSchema.safeParse(copy, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  return { ok: true, value: parsed.data };
}

/** The changes that turn `baseline` into `edited` (their variants aside), one per differing field. */
export function variantFromScenarios(baseline: ScenarioFile, edited: ScenarioFile): VariantChange[] {
  return differences(withoutVariants(baseline), withoutVariants(edited)).map(({ path, variant }) =>
    (variant === undefined ? { path } : { path, value: variant }));
}

/** The value the variant gives the field at `path`: its own change, or else the baseline's. */
export function variantValue(baseline: ScenarioFile, variant: Pick<ScenarioVariant, 'changes'>, path: string): unknown {
  const change = variant.changes.findLast((c) => c.path === path);
  if (change) return change.value;
  const steps = fieldPathProblem(path) ? [] : parseFieldPath(path)!;
  return steps.reduce<unknown>((node, step) => (isContainer(node) && Object.hasOwn(node, step) ? (node as Record<Step, unknown>)[step] : undefined), baseline);
}

/** The variant as a scenario file of its own: applied, without variants, titled »baseline – variant« unless it sets a title. */
export function variantAsFile(baseline: ScenarioFile, variant: ScenarioVariant): Result<ScenarioFile, EngineError> {
  const applied = applyVariant(baseline, variant);
  if (!applied.ok || variant.changes.some((c) => c.path === 'title')) return applied;
  return { ok: true, value: { ...applied.value, title: `${baseline.title} – ${variant.title}` } };
}

/**
 * Paths into the scenario, as arrays (['targetGroups', 0, 'cohorts', 1, 'count']). Their text form
 * is the one the file format's and the engine's errors use (formatPath: targetGroups[0].cohorts[1].count),
 * so an error can be shown next to the field it names.
 */
import { RESERVED_NAMES } from '../../io/json-guard';
import { formatPath } from '../../io/validation-errors';

export type FieldPath = readonly (string | number)[];

export function pathKey(path: FieldPath): string {
  return formatPath(path);
}

/** The value at `path`, or undefined if any step is missing (own fields only, never a prototype's). */
export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** Sets (or, for undefined, deletes) the value at `path` inside a mutable draft; creates missing objects. */
export function setAt(root: object, path: FieldPath, value: unknown): void {
  if (path.length === 0) throw new Error('setAt needs a non-empty path');
  // A step such as '__proto__' would write to every object's prototype.
  if (path.some((step) => RESERVED_NAMES.has(String(step)))) throw new Error(`setAt refuses the path ${formatPath(path)}`);
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    if (!Object.hasOwn(node, step) || node[step] === null || typeof node[step] !== 'object') node[step] = {};
    node = node[step] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

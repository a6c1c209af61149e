/**
 * Checks on the raw JSON of a file before anything else reads it. JSON.parse gives an object an own
 * `__proto__` property, which zod's records drop and plain assignment turns into a prototype: such
 * a key is refused at its path rather than lost or let loose. Nesting deeper than any scenario
 * needs is refused too, so later recursive steps (schema, comparison, copies) cannot overflow the
 * stack. The walk is iterative, so the check itself cannot.
 */
import type { EngineError } from '../engine';
import { formatPath } from './validation-errors';

/** Deeper than any scenario needs (the deepest field is about ten levels down). */
export const MAX_JSON_DEPTH = 64;

/** Names that reach an object's prototype machinery when used as a key or a path step. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function checkJsonShape(root: unknown): EngineError[] {
  const errors: EngineError[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && errors.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      errors.push({ path: formatPath(path), message: `nested more than ${MAX_JSON_DEPTH} levels deep; a scenario never needs that` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        errors.push({ path: formatPath([...path, key]), message: "'__proto__' is not allowed as a name or key" });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}

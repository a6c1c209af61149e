/**
 * Hostile mutations of the shipped example scenarios, for the fuzz tests (issue 9): wrong types,
 * prototype names as ids and keys, deep nesting, huge and non-finite numbers, long expressions,
 * dropped and duplicated entries. A case is an example file plus up to four mutations, written
 * out as file text (non-finite numbers and deep nesting are spliced into the text, as a file can
 * carry them: `1e999` reads as Infinity).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

const DIR = new URL('../../scenarios/', import.meta.url);
export const EXAMPLES: { name: string; json: unknown }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, json: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as unknown }));

export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

// Tokens replaced in the file text by what JSON.stringify cannot write.
const TEXT_TOKENS: Record<string, string> = {
  '"\u0001INF\u0001"': '1e999',
  '"\u0001NINF\u0001"': '-1e999',
  '"\u0001DEEP\u0001"': `${'['.repeat(20_000)}1${']'.repeat(20_000)}`,
  '"\u0001DEEPOBJ\u0001"': `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
};
const TOKEN_NAMES = ['\u0001INF\u0001', '\u0001NINF\u0001', '\u0001DEEP\u0001', '\u0001DEEPOBJ\u0001'];

const nested = (depth: number, leaf: unknown, asObject: boolean): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { x: v } : [v];
  return v;
};

const sum = (terms: number) => Array.from({ length: terms }, () => '1').join('+');

/** A value that should not be where it is put. */
const hugeNumber = fc.constantFrom(1e308, -1e308, 1e300, 1e200, 1e160, -1e160, Number.MAX_VALUE, 1e20, '1e308', '1e200 * 1e200', 'omkostning_pr_aar * 1e305');

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hugeNumber, weight: 3 },
  fc.constantFrom(null, true, false, 0, -0, -1, 0.5, 1e308, -1e308, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 31), [], {}, '', ' '),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom(...TOKEN_NAMES),
  { arbitrary: fc.constantFrom(sum(5_000), sum(2_000), `${'2^'.repeat(3_000)}1`), weight: 2 },
  fc.constantFrom(sum(101), `${'('.repeat(150)}1${')'.repeat(150)}`, `${'-'.repeat(500)}1`, '1/0', '0/0', '10^400', '2^1024 - 2^1024', 'x.y', 'a = 1', 'import("fs")', '"s"'),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.tuple(fc.integer({ min: 1, max: 120 }), fc.boolean(), fc.constantFrom<unknown>(1, 'x', null, {})).map(([d, o, leaf]) => nested(d, leaf, o)),
  fc.array(fc.constantFrom<unknown>(1, 'a', null, {}), { maxLength: 3 }),
);

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown; numeric: boolean }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'setId'; at: number; id: string }
  | { kind: 'variant'; at: number; hostilePath: string | null; value: unknown };

const keyName = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 8 }), fc.constantFrom('bad\nsettings.horizonYears: forged', '\u001b[2J', 'id'));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue, numeric: fc.boolean() }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: keyName }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: keyName, value: hostileValue }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('variant' as const), at: fc.nat(), value: hostileValue,
      hostilePath: fc.option(fc.constantFrom('__proto__.polluted', 'constructor.prototype.polluted', 'settings.__proto__.x', 'parameters.toString.value', 'targetGroups[99].label', 'a..b', '', 'targetGroups[-1]'), { freq: 3 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('setId' as const), at: fc.nat(), id: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('', 'kommune', 'stat', 'total')) }), weight: 2 },
);

export interface FuzzCase { example: number; mutations: Mutation[] }

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  example: fc.nat({ max: EXAMPLES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

type Container = Record<string, unknown> | unknown[];
interface Slot { parent: Container; key: string | number; path: string }

/** Every place in the tree a value sits, in document order. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      const path = typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key;
      out.push({ parent: node as Container, key, path });
      stack.push([value, path]);
    }
  }
  return out;
}

/** Sets an own property, `__proto__` included (plain assignment would set the prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(root: Container, m: Mutation): void {
  let all = slots(root);
  // Half the replacements hit a number or an expression (the fields a calculation reads).
  if (m.kind === 'replace' && m.numeric) {
    const numeric = all.filter((x) => typeof (x.parent as Record<string | number, unknown>)[x.key] === 'number' || /^(amount|value|count|treated|counterfactual|durationMonths|startMonth|rate)$/.test(String(x.key)));
    if (numeric.length > 0) all = numeric;
  }
  if (all.length === 0) return;
  const { parent, key, path } = all[m.at % all.length]!;
  const value = (parent as Record<string | number, unknown>)[key];
  switch (m.kind) {
    case 'replace':
      if (Array.isArray(parent)) parent[key as number] = m.value;
      else define(parent, key as string, m.value);
      return;
    case 'rename':
      if (Array.isArray(parent)) return;
      delete parent[key as string];
      define(parent, m.key, value);
      return;
    case 'add':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) define(value as Record<string, unknown>, m.key, m.value);
      else if (Array.isArray(value)) value.push(m.value);
      return;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(value));
      return;
    case 'variant': {
      // A variant that changes one field (a real one, or a path aimed at the prototype) to a hostile value.
      const file = root as Record<string, unknown>;
      const variants = Array.isArray(file.variants) ? file.variants : (file.variants = []) as unknown[];
      variants.push({ id: `v${variants.length}`, title: 'Fuzz', changes: [{ path: m.hostilePath ?? path, value: m.value }] });
      return;
    }
    case 'setId': {
      // The nearest object with an id (a ledger, a variant, a target group …) gets a hostile one.
      const withId = all.filter((s) => s.key === 'id' && !Array.isArray(s.parent));
      if (withId.length === 0) return;
      define(withId[m.at % withId.length]!.parent as Record<string, unknown>, 'id', m.id);
      return;
    }
  }
}

/** The case as file text. */
export function caseText(c: FuzzCase): string {
  const root = structuredClone(EXAMPLES[c.example]!.json) as Container;
  for (const m of c.mutations) apply(root, m);
  let text = JSON.stringify(root);
  for (const [token, replacement] of Object.entries(TEXT_TOKENS)) text = text.split(token).join(replacement);
  return text;
}

/** Numbers in a result that are not finite, by path (iterative: results can be large). */
export function nonFinite(root: unknown, limit = 5): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0 && found.length < limit) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') { if (!Number.isFinite(v)) found.push(path); continue; }
    if (typeof v !== 'object' || v === null) continue;
    if (ArrayBuffer.isView(v)) {
      const arr = v as unknown as ArrayLike<number>;
      for (let i = 0; i < arr.length; i++) if (!Number.isFinite(arr[i])) { found.push(`${path}[${i}]`); break; }
      continue;
    }
    for (const [k, child] of Object.entries(v)) stack.push([child, `${path}.${k}`]);
  }
  return found;
}

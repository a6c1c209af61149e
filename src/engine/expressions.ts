/**
 * Expressions in numeric fields (docs/semantics.md, "Parameters and expressions"): parsed by mathjs
 * and allowed only arithmetic, comparison, logic, conditionals and a few named functions over
 * names in scope. Anything else (assignment, function definition, property access, matrices,
 * strings, units) is refused, so an expression cannot reach JavaScript or the outside world.
 */
import {
  absDependencies, addDependencies, andDependencies, ceilDependencies, compileDependencies, create, divideDependencies,
  equalDependencies, floorDependencies, largerDependencies, largerEqDependencies, maxDependencies, minDependencies,
  multiplyDependencies, notDependencies, orDependencies, parseDependencies, powDependencies, roundDependencies,
  smallerDependencies, smallerEqDependencies, subtractDependencies, unaryMinusDependencies, unaryPlusDependencies,
  unequalDependencies, type FactoryFunctionMap, type MathNode,
  isConditionalNode, isConstantNode, isFunctionNode, isOperatorNode, isParenthesisNode, isSymbolNode,
} from 'mathjs/number';

// A mathjs instance with only what an expression may use: it keeps the bundle small (the full
// library is ~100 kB gzip) and leaves nothing else in reach of a compiled expression.
const { parse } = create(({
  parseDependencies, compileDependencies,
  addDependencies, subtractDependencies, multiplyDependencies, divideDependencies, powDependencies,
  unaryMinusDependencies, unaryPlusDependencies, smallerDependencies, largerDependencies, smallerEqDependencies,
  largerEqDependencies, equalDependencies, unequalDependencies, andDependencies, orDependencies, notDependencies,
  minDependencies, maxDependencies, roundDependencies, floorDependencies, ceilDependencies, absDependencies,
  // mathjs/number types each dependency map as possibly undefined; they are all defined.
}) as FactoryFunctionMap);

const ALLOWED_FUNCTIONS = new Set(['min', 'max', 'round', 'floor', 'ceil', 'abs']);
const ALLOWED_OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus',
  'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);

export interface CompiledExpression {
  /** Names of parameters and constants the expression reads. */
  names: string[];
  evaluate(scope: Record<string, number>): unknown;
}

/**
 * Limits that keep parsing, checking, compiling and evaluating (all recursive in mathjs) far from
 * the stack's end: a 5,000-term sum or 20,000 nested brackets would overflow it. Real expressions
 * are under 100 characters and a few levels deep.
 */
export const MAX_EXPRESSION_CHARS = 1_000;
export const MAX_EXPRESSION_DEPTH = 100;

export type CompileOutcome = { ok: true; value: CompiledExpression } | { ok: false; message: string };

const cache = new Map<string, CompileOutcome>();

/** Parses and checks an expression once; later calls with the same text reuse the result. */
export function compileExpression(text: string): CompileOutcome {
  if (text.length > MAX_EXPRESSION_CHARS) {
    // Not cached: the key alone could be megabytes.
    return { ok: false, message: `the expression is too long (${text.length} characters; at most ${MAX_EXPRESSION_CHARS})` };
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const outcome = compileUncached(text);
  if (cache.size > 10_000) cache.clear();
  cache.set(text, outcome);
  return outcome;
}

function compileUncached(text: string): CompileOutcome {
  if (text.trim() === '') return { ok: false, message: 'expected a number or an expression, got an empty text' };
  if (bracketDepth(text) > MAX_EXPRESSION_DEPTH) return { ok: false, message: tooDeep(text) };
  let root: MathNode;
  try {
    root = parse(text);
  } catch (error) {
    return { ok: false, message: `cannot read the expression '${text}': ${(error as Error).message}` };
  }
  if (treeDepth(root) > MAX_EXPRESSION_DEPTH) return { ok: false, message: tooDeep(text) };
  const names = new Set<string>();
  const problem = check(root, names);
  if (problem) return { ok: false, message: `${problem} in '${text}'` };
  const code = root.compile();
  return {
    ok: true,
    value: { names: [...names], evaluate: (scope): unknown => code.evaluate(mapView(scope)) },
  };
}

const tooDeep = (text: string) =>
  `the expression is nested or chained too deeply (at most ${MAX_EXPRESSION_DEPTH} levels of brackets or operators) in '${text}'`;

/** The deepest bracket nesting, so that the (recursive) parser never meets a deep one. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return deepest;
}

/** The depth of the parsed tree, walked with an explicit stack so that the walk cannot overflow. */
function treeDepth(root: MathNode): number {
  let deepest = 0;
  const stack: [MathNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_EXPRESSION_DEPTH) break;
    node.forEach((child) => { stack.push([child, depth + 1]); });
  }
  return deepest;
}

const views = new WeakMap<Record<string, number>, Map<string, number>>();

/**
 * A read-only Map view of the scope for mathjs (which takes Maps, but not prototype-free objects):
 * one view per scope object, instead of copying every name for every evaluation.
 */
function mapView(values: Record<string, number>): Map<string, number> {
  let view = views.get(values);
  if (!view) {
    const names = () => Object.keys(values);
    view = {
      get: (name: string) => values[name],
      has: (name: string) => Object.hasOwn(values, name),
      set: () => { throw new Error('an expression cannot assign'); },
      keys: () => names()[Symbol.iterator](),
      forEach: (visit: (value: number, name: string) => void) => names().forEach((n) => visit(values[n]!, n)),
    } as unknown as Map<string, number>; // the Map methods mathjs reads
    views.set(values, view);
  }
  return view;
}

/** Returns what is not allowed in the tree, or null; collects the names it reads. */
function check(node: MathNode, names: Set<string>): string | null {
  // mathjs's own type guards narrow the node (ConstantNode, SymbolNode …) without casts.
  if (isConstantNode(node)) {
    const value: unknown = node.value;
    return typeof value === 'number' ? null : `only numbers are allowed, not ${JSON.stringify(value)}`;
  }
  if (isSymbolNode(node)) {
    names.add(node.name);
    return null;
  }
  if (isParenthesisNode(node)) return check(node.content, names);
  if (isOperatorNode(node)) {
    if (!ALLOWED_OPERATORS.has(node.fn)) return `the operator '${node.op}' is not allowed`;
    return firstProblem(node.args, names);
  }
  if (isConditionalNode(node)) return firstProblem([node.condition, node.trueExpr, node.falseExpr], names);
  if (isFunctionNode(node)) {
    const name = isSymbolNode(node.fn) ? node.fn.name : undefined;
    if (!name || !ALLOWED_FUNCTIONS.has(name)) {
      return `the function '${name ?? '?'}' is not allowed (allowed: ${[...ALLOWED_FUNCTIONS].join(', ')})`;
    }
    return firstProblem(node.args, names);
  }
  return `'${node.toString()}' is not allowed (${node.type})`;
}

function firstProblem(nodes: MathNode[], names: Set<string>): string | null {
  for (const n of nodes) {
    const p = check(n, names);
    if (p) return p;
  }
  return null;
}

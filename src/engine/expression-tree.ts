/**
 * An expression as a plain tree (for exporters that rewrite it, e.g. as a spreadsheet formula).
 * Only what compileExpression allows is returned; anything else gives null.
 */
import { compileExpression } from './expressions';
import { create, parseDependencies, type FactoryFunctionMap, type MathNode } from 'mathjs/number';

const { parse } = create({ parseDependencies } as FactoryFunctionMap);

export type ExpressionTree =
  | { type: 'number'; value: number }
  | { type: 'name'; name: string }
  | { type: 'operator'; fn: string; args: ExpressionTree[] }
  | { type: 'conditional'; condition: ExpressionTree; then: ExpressionTree; otherwise: ExpressionTree }
  | { type: 'call'; name: string; args: ExpressionTree[] };

export function expressionTree(text: string): ExpressionTree | null {
  if (!compileExpression(text).ok) return null;
  return toTree(parse(text));
}

function toTree(node: MathNode): ExpressionTree {
  const n = node as unknown as Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': return { type: 'number', value: n.value as number };
    case 'SymbolNode': return { type: 'name', name: n.name as string };
    case 'ParenthesisNode': return toTree(n.content as MathNode);
    case 'OperatorNode': return { type: 'operator', fn: n.fn as string, args: (n.args as MathNode[]).map(toTree) };
    case 'ConditionalNode':
      return { type: 'conditional', condition: toTree(n.condition as MathNode), then: toTree(n.trueExpr as MathNode), otherwise: toTree(n.falseExpr as MathNode) };
    default: // FunctionNode: compileExpression has checked it calls an allowed name
      return { type: 'call', name: (n.fn as { name: string }).name, args: (n.args as MathNode[]).map(toTree) };
  }
}

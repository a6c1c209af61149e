/**
 * An Afkast expression as a spreadsheet formula over named cells (Excel and LibreOffice read the
 * same text). Every operation is parenthesised, because the two grammars differ in precedence
 * (in Excel −2^2 is 4, in mathjs −4).
 */
import { expressionTree, type Amount, type ExpressionTree } from '../../engine';

const BINARY: Record<string, string> = {
  add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^',
  smaller: '<', larger: '>', smallerEq: '<=', largerEq: '>=', equal: '=', unequal: '<>',
};

/** `name` maps an Afkast name to its cell's defined name; null when the expression cannot be read. */
export function amountFormula(amount: Amount, name: (n: string) => string): string | null {
  if (typeof amount === 'number') return numberText(amount);
  const tree = expressionTree(amount);
  return tree ? treeFormula(tree, name) : null;
}

export function treeFormula(tree: ExpressionTree, name: (n: string) => string): string {
  const f = (t: ExpressionTree) => treeFormula(t, name);
  switch (tree.type) {
    case 'number': return numberText(tree.value);
    case 'name': return name(tree.name);
    case 'conditional': return `IF(${f(tree.condition)},${f(tree.then)},${f(tree.otherwise)})`;
    case 'call': {
      const args = tree.args.map(f);
      switch (tree.name) {
        case 'min': return `MIN(${args.join(',')})`;
        case 'max': return `MAX(${args.join(',')})`;
        case 'abs': return `ABS(${args[0]})`;
        case 'round': return `ROUND(${args[0]},${args[1] ?? 0})`;
        case 'floor': return `INT(${args[0]})`;
        case 'ceil': return `(-INT(-(${args[0]})))`;
        default: throw new Error(`no spreadsheet function for '${tree.name}'`);
      }
    }
    case 'operator': {
      const args = tree.args.map(f);
      if (tree.fn === 'unaryMinus') return `(-${args[0]})`;
      if (tree.fn === 'unaryPlus') return `(${args[0]})`;
      // Logic gives TRUE/FALSE; mathjs computes on it as 1/0, so it is made a number.
      if (tree.fn === 'not') return `IF(${args[0]},0,1)`;
      if (tree.fn === 'and') return `IF(AND(${args.join(',')}),1,0)`;
      if (tree.fn === 'or') return `IF(OR(${args.join(',')}),1,0)`;
      const op = BINARY[tree.fn];
      if (!op) throw new Error(`no spreadsheet operator for '${tree.fn}'`);
      const text = args.join(op);
      return /[<>=]/.test(op) ? `IF(${text},1,0)` : `(${text})`;
    }
  }
}

/** A number as formula text: no exponent notation in the range spreadsheets print plainly. */
export function numberText(value: number): string {
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}

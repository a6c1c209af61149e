/**
 * Explains a figure (docs/semantics.md, "Every figure can be explained"): the lines that add up to it,
 * and the parameters and catalogue constants behind them, with their sources.
 */
import { NO_DEPARTMENT } from './constants';
import { dependenciesOf, namesIn } from './scope';
import { own } from './own';
import { constantInForce } from './calc/dated';
import type { Constant, Model } from './model/catalogue';
import type { Line, Projection } from './model/result';
import type { Parameter, Scenario } from './model/scenario';

export interface FigureQuery {
  /** A ledger id or 'total'. */
  ledger: string;
  /** A department id, '-' (or null) for flows booked to the ledger as a whole; absent = all. */
  department?: string | null;
  category?: string;
  /** 1-based year. */
  year: number;
  measure: 'annual' | 'cumulative';
}

export interface Dependency {
  name: string;
  value: number;
  kind: 'parameter' | 'constant';
  label: string;
  unit?: string;
  source?: string;
  note?: string;
  example?: boolean;
  /** Set when the value was converted to the scenario's price year. */
  repriced?: Projection['repriced'][string];
  /** A dated constant: the period whose figure (and source) was used, in the projection's rules year. */
  period?: Projection['rules']['periods'][string];
  /** A local figure ("vores egne tal"): a scenario parameter that replaces the catalogue constant of the same id. */
  replacesCatalogue?: { value: number; label: string; source?: string };
}

export interface Explanation {
  value: number;
  contributions: { line: Line; value: number }[];
  dependencies: Dependency[];
}

export function explainFigure(projection: Projection, scenario: Scenario, model: Model, query: FigureQuery): Explanation {
  const matches = (l: Line) =>
    (query.ledger === 'total' || l.ledger === query.ledger)
    && (query.department === undefined || l.department === (query.department === NO_DEPARTMENT ? null : query.department))
    && (query.category === undefined || l.category === query.category);
  const y = query.year - 1;
  const contributions = projection.lines.filter(matches)
    .map((line) => ({
      line,
      value: query.measure === 'annual' ? line.annual[y] ?? 0 : line.annual.slice(0, y + 1).reduce((s, v) => s + v, 0),
    }))
    .filter((c) => c.value !== 0);
  // Worked out here, for the lines shown, rather than for every line of every run.
  const names = dependenciesOf(contributions.flatMap((c) => c.line.inputs.flat().flatMap(namesIn)), projection.uses).sort();
  return {
    value: contributions.reduce((s, c) => s + c.value, 0),
    contributions,
    dependencies: names.map((name) => {
      // A dated constant is described by the period in force in the rules year: its figure, source and note.
      const catalogued = own(model.constants, name);
      const constant = catalogued ? constantInForce(catalogued, projection.rules.year).constant : undefined;
      const period = own(projection.rules.periods, name);
      return {
        ...describe(name, own(projection.values, name) ?? NaN, own(scenario.parameters, name), constant),
        ...(own(projection.repriced, name) ? { repriced: own(projection.repriced, name)! } : {}),
        ...(period ? { period } : {}),
      };
    }),
  };
}

function describe(name: string, value: number, parameter?: Parameter, constant?: Constant): Dependency {
  const source = constant?.source;
  const cited = source ? [source.publisher, source.title, source.year, source.locator].filter(Boolean).join(', ') : undefined;
  if (parameter) {
    return {
      name, value, kind: 'parameter', label: parameter.label ?? name, unit: parameter.unit, source: parameter.source, note: parameter.note,
      ...(constant ? { replacesCatalogue: { value: constant.value, label: constant.label, ...(cited ? { source: cited } : {}) } } : {}),
    };
  }
  return {
    name, value, kind: 'constant', label: constant?.label ?? name, unit: constant?.unit,
    source: cited,
    note: constant?.note, example: constant?.example,
  };
}

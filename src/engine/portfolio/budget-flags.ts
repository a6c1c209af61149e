/**
 * The budget flags of a projected line (docs/portfolio.md §1), read back from the scenario by the
 * line's path: whether a cost counts inside the serviceramme, and whether a gain can be taken back
 * from a budget (kan hjemtages). A gain's flag is its value line's own, else its outcome's, else its
 * category's `cashable` in the catalogue, else true.
 */
import type { Model } from '../model/catalogue';
import type { Line } from '../model/result';
import type { Scenario } from '../model/scenario';

const COST = /^targetGroups\[(\d+)\]\.interventions\[(\d+)\]\.costs\[(\d+)\]$/;
const OUTCOME = /^targetGroups\[(\d+)\]\.interventions\[(\d+)\]\.outcomes\[(\d+)\]$/;
const VALUE_INDEX = /:(?:effect|lockIn):(\d+)$/;

export function isGainLine(line: Pick<Line, 'kind'>): boolean {
  return line.kind === 'effect' || line.kind === 'lockIn';
}

export function serviceFrameOf(scenario: Scenario, line: Pick<Line, 'path'>): 'inside' | 'outside' {
  const m = COST.exec(line.path);
  if (!m) return 'inside';
  const cost = scenario.targetGroups[Number(m[1])]?.interventions[Number(m[2])]?.costs[Number(m[3])];
  return cost?.serviceFrame ?? 'inside';
}

export function bankableTest(scenario: Scenario, model: Model): (line: Line) => boolean {
  const cashable = new Map(model.categories.map((c) => [c.id, c.cashable ?? true]));
  return (line) => {
    if (!isGainLine(line)) return false;
    const m = OUTCOME.exec(line.path);
    const outcome = m ? scenario.targetGroups[Number(m[1])]?.interventions[Number(m[2])]?.outcomes[Number(m[3])] : undefined;
    const v = VALUE_INDEX.exec(line.id);
    const own = outcome?.value.type === 'direct' && v ? outcome.value.perPersonYear[Number(v[1])]?.bankable : undefined;
    return own ?? outcome?.bankable ?? cashable.get(line.category) ?? true;
  };
}

/**
 * Cost items as monthly flows (semantics.md, "Costs of an intervention"). Per-participant bases
 * give a profile over participant months k; fixed bases give flows over scenario months m.
 * Amounts are costs here (positive); the projection books them with a minus sign.
 */
import type { CostBasis } from '../model/scenario';

export interface ResolvedCost {
  basis: CostBasis;
  amount: number;
  startMonth: number;
  durationMonths: number;
}

export function isPerParticipant(basis: CostBasis): boolean {
  return basis.startsWith('perParticipant');
}

/** Monthly cost over `months` months (participant or scenario months, by basis). */
export function costProfile(cost: ResolvedCost, months: number): Float64Array {
  const out = new Float64Array(months);
  const { basis, amount, startMonth } = cost;
  if (basis === 'perParticipantOnce' || basis === 'fixedOnce') {
    if (startMonth < months) out[startMonth] = amount;
    return out;
  }
  const perMonth = basis === 'perParticipantPerMonth' ? amount : amount / 12;
  const end = Math.min(months, startMonth + cost.durationMonths);
  for (let k = startMonth; k < end; k++) out[k] = perMonth;
  return out;
}

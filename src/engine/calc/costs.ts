/**
 * Cost items as monthly flows (docs/semantics.md, "Costs of an intervention"). Per-participant bases
 * give a profile over participant months k; fixed bases give flows over scenario months m.
 * Amounts are costs here (positive); the projection books them with a minus sign.
 */
import { windowOf, type Profile } from './profile';
import type { Allocate } from './arena';
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
export function costProfile(cost: ResolvedCost, months: number, alloc: Allocate): Profile {
  const { basis, amount, startMonth } = cost;
  if (basis === 'perParticipantOnce' || basis === 'fixedOnce') return windowOf(amount, startMonth, startMonth + 1, months, alloc);
  const perMonth = basis === 'perParticipantPerMonth' ? amount : amount / 12;
  return windowOf(perMonth, startMonth, startMonth + cost.durationMonths, months, alloc);
}

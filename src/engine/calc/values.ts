/**
 * What one person moved into the success state is worth, per ledger and month (docs/semantics.md,
 * "What a person moved is worth"): a direct value per person-year, or u(to) − u(from) from the
 * catalogue's support states, with benefits split by the refusion rule at the person's seniority.
 */
import { refundSharesInto } from './refusion';
import { own } from '../own';
import { settle } from './public-finance';
import type { RefusionRule, StateComponent, SupportState, TaxRule } from '../model/catalogue';
import type { ValueComponent, ValueContext, WelfareFactors } from './value-types';
import type { CatalogueText, StateSide, TaxBase } from '../model/line-text';
import type { Amount } from '../model/scenario';

export type { ValueComponent, ValueContext, WelfareFactors } from './value-types';

/** Value components of moving one person from `from` to `to`: u(to) − u(from). */
export function derivedValue(from: string, to: string, path: string, ctx: ValueContext): ValueComponent[] {
  const key = `${from}\u0000${to}`;
  const cached = ctx.derivedCache.get(key);
  if (cached) return cached;
  const out: ValueComponent[] = [];
  ctx.derivedCache.set(key, out);
  for (const [stateId, sign, field] of [[to, 1, 'to'], [from, -1, 'from']] as const) {
    const state = own(ctx.model.states, stateId);
    if (!state) {
      ctx.fail(`${path}.${field}`, `unknown support state '${stateId}' (known: ${Object.keys(ctx.model.states).join(', ') || 'none'})`);
      continue;
    }
    out.push(...stateValue(stateId, state, sign, `model.states.${stateId}`, ctx));
  }
  return out;
}

/** Which state a component belongs to and on which side of u(to) − u(from). */
interface StateTag {
  state: CatalogueText;
  side: StateSide;
}

/** u(state) · sign: what one person in the state books to each ledger per month. */
function stateValue(stateId: string, state: SupportState, sign: 1 | -1, path: string, ctx: ValueContext): ValueComponent[] {
  const out: ValueComponent[] = [];
  const tag: StateTag = { state: { key: `states.${stateId}`, text: state.label }, side: sign > 0 ? 'to' : 'from' };
  state.components.forEach((component, i) => {
    const cPath = `${path}.components[${i}]`;
    const monthly = ctx.evaluate(component.monthly, `${cPath}.monthly`);
    if (monthly === null) return;
    const text: CatalogueText = { key: `states.${stateId}.components.${i}`, text: component.label };
    if (component.type === 'service') {
      out.push({
        ledger: component.ledger, department: component.department ?? null, category: component.category,
        label: { kind: 'service', component: text, ...tag },
        perMonth: -sign * monthly,
        formula: { kind: 'monthly', sign: -sign as 1 | -1, monthly: round6(monthly), state: stateId, refusion: null },
        amounts: [component.monthly],
      });
    }
    if (component.type === 'benefit') out.push(...benefitValue(component, text, monthly, sign, tag, stateId, cPath, ctx));
    if (component.type === 'wage' || (component.type === 'benefit' && component.taxable)) {
      out.push(...taxValue(component, text, monthly, sign, tag, ctx));
    }
    if (component.type === 'wage' && ctx.welfare) out.push(productionValue(component, text, monthly, sign, tag, stateId, ctx.welfare));
  });
  return out;
}

/** The welfare view's production value of a wage: sign × gross wage (factor prices) × NAF, to society. */
function productionValue(
  c: StateComponent, text: CatalogueText, monthly: number, sign: 1 | -1, tag: StateTag, stateId: string, w: WelfareFactors,
): ValueComponent {
  return {
    ledger: w.ledger, department: null, category: w.productionCategory,
    label: { kind: 'production', component: text, ...tag },
    perMonth: sign * monthly * w.netTaxFactor,
    formula: { kind: 'production', sign, monthly: round6(monthly), netTaxFactor: round6(w.netTaxFactor), state: stateId },
    amounts: [c.monthly, w.netTaxFactorAmount],
  };
}

function benefitValue(
  b: Extract<StateComponent, { type: 'benefit' }>, text: CatalogueText, monthly: number, sign: 1 | -1, tag: StateTag, stateId: string,
  path: string, ctx: ValueContext,
): ValueComponent[] {
  // The scenario's regime replaces only rules of the same regime (not, say, dagpenge co-financing).
  const override = ctx.refusionOverride ? own(ctx.model.refusionRules, ctx.refusionOverride) : undefined;
  const ruleId = b.refusion && override && override.regime === own(ctx.model.refusionRules, b.refusion)?.regime
    ? ctx.refusionOverride : b.refusion;
  let rule: RefusionRule | undefined;
  if (ruleId) {
    rule = own(ctx.model.refusionRules, ruleId);
    if (!rule) {
      ctx.fail(`${path}.refusion`, `unknown refusion rule '${ruleId}' (known: ${Object.keys(ctx.model.refusionRules).join(', ')})`);
      return [];
    }
    if (!b.refundLedger) {
      ctx.fail(`${path}.refundLedger`, 'a benefit with a refusion rule needs the ledger that refunds it');
      return [];
    }
  }
  let payer: number | Float64Array = -sign * monthly;
  let refund: number | Float64Array = 0;
  if (rule?.type === 'flat') {
    payer = -sign * monthly * (1 - rule.share);
    refund = -sign * monthly * rule.share;
  } else if (rule) {
    payer = ctx.alloc(ctx.months);
    refund = ctx.alloc(ctx.months);
    // The shares are written into `refund` first, then turned into amounts month by month.
    refundSharesInto(rule, ctx.startingSeniorityWeeks, refund);
    for (let k = 0; k < ctx.months; k++) {
      const share = refund[k]!;
      payer[k] = -sign * monthly * (1 - share);
      refund[k] = -sign * monthly * share;
    }
  }
  const shown = -sign as 1 | -1;
  const out: ValueComponent[] = [{
    ledger: b.payer, department: b.department ?? null, category: b.category,
    label: { kind: 'benefit', component: text, ...tag }, perMonth: payer,
    formula: { kind: 'monthly', sign: shown, monthly: round6(monthly), state: stateId, refusion: rule ? { rule: ruleId!, part: 'payer' } : null },
    amounts: [b.monthly],
  }];
  if (rule && b.refundLedger) {
    out.push({
      ledger: b.refundLedger, department: b.refundDepartment ?? null, category: b.category,
      label: { kind: 'benefitRefund', component: text, ...tag }, perMonth: refund,
      formula: { kind: 'monthly', sign: shown, monthly: round6(monthly), state: stateId, refusion: { rule: ruleId!, part: 'refund' } },
      amounts: [b.monthly],
    });
  }
  return b.budgetGuarantee && ctx.publicFinance === 'all-kommuner' ? out.flatMap((c) => settle(c, 'guaranteed', ctx)) : out;
}

function taxValue(
  c: StateComponent, text: CatalogueText, monthly: number, sign: 1 | -1, tag: StateTag, ctx: ValueContext,
): ValueComponent[] {
  const out: ValueComponent[] = [];
  const kind = c.type === 'wage' ? 'wage' : 'benefit';
  for (const [taxId, tax] of Object.entries(ctx.model.taxRules)) {
    if ((tax.base ?? 'both') !== 'both' && tax.base !== kind) continue;
    const rate = ctx.evaluate(tax.rate, `model.taxRules.${taxId}.rate`);
    if (rate === null) continue;
    const base = kind === 'wage' ? wageBase(taxId, tax, monthly, ctx)
      : { value: monthly, formula: { monthly: round6(monthly), deductFirst: [], wageDeduction: null }, amounts: [] };
    if (base === null) continue;
    const line: ValueComponent = {
      ledger: tax.ledger, department: tax.department ?? null, category: tax.category,
      label: { kind: 'tax', tax: { key: `taxRules.${taxId}`, text: tax.label }, component: text, ...tag },
      perMonth: sign * rate * base.value,
      formula: { kind: 'tax', sign, rate: round6(rate), base: base.formula },
      amounts: [c.monthly, tax.rate, ...base.amounts],
    };
    out.push(...(tax.equalised && ctx.publicFinance === 'single-kommune' ? settle(line, 'equalised', ctx) : [line]));
  }
  return out;
}

/** The wage a rule taxes: net of the rules levied first (AM-bidrag) and of its wage deduction. */
function wageBase(
  taxId: string, tax: TaxRule, monthly: number, ctx: ValueContext,
): { value: number; formula: TaxBase; amounts: Amount[] } | null {
  let value = monthly;
  const formula: TaxBase = { monthly: round6(monthly), deductFirst: [], wageDeduction: null };
  const amounts: Amount[] = [];
  for (const [i, firstId] of (tax.deductFirst ?? []).entries()) {
    const first = ctx.model.taxRules[firstId];
    if (!first) {
      ctx.fail(`model.taxRules.${taxId}.deductFirst[${i}]`, `unknown tax rule '${firstId}'`);
      return null;
    }
    const r = ctx.evaluate(first.rate, `model.taxRules.${firstId}.rate`);
    if (r === null) return null;
    value -= r * monthly;
    formula.deductFirst.push({ rate: round6(r), tax: { key: `taxRules.${firstId}`, text: first.label } });
    amounts.push(first.rate);
  }
  if (tax.wageDeduction) {
    const share = ctx.evaluate(tax.wageDeduction.share, `model.taxRules.${taxId}.wageDeduction.share`);
    const max = ctx.evaluate(tax.wageDeduction.maxPerYear, `model.taxRules.${taxId}.wageDeduction.maxPerYear`);
    if (share === null || max === null) return null;
    const deduction = Math.min(share * monthly, max / 12);
    value -= deduction;
    formula.wageDeduction = { share: round6(share), maxPerYear: round6(max) };
    amounts.push(tax.wageDeduction.share, tax.wageDeduction.maxPerYear);
  }
  return { value, formula, amounts };
}

/** Formula figures are shown to six decimals (floating-point noise is not a fact). */
function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

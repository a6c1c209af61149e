/**
 * The public-finance setting (docs/hvem-faar-gevinsten.md): who keeps a derived value's tax and transfer
 * lines. 'single-kommune': the landsudligning takes the share `rate` of the kommune's change in an
 * equalised tax (kommuneskat) and passes it to the other kommuner. 'all-kommuner': the budgetgaranti
 * offsets the kommuner's net change in a guaranteed benefit through the block grant, so the kommune's
 * transfer gain is 0 and the state's. Each move is a pair of lines that sums to zero: totals never change.
 */
import type { ValueComponent, ValueContext } from './value-types';
import type { PublicFinanceRules } from '../model/catalogue';
import type { Amount } from '../model/scenario';

/**
 * The landsudligning rate in force in the rules year (settings.rulesYear, else settings.firstYear): the dated
 * entry whose period includes any day of that year (the latest such entry if several do); the rules' `rate`
 * when there is no rules year or no entry covers it. One rate for the whole projection: the values are per participant
 * month, not per calendar month, so a change of rate within the projection is not followed.
 */
export function equalisationRateIn(equalisation: PublicFinanceRules['equalisation'], rulesYear: number | undefined): Amount {
  if (rulesYear === undefined || !equalisation.periods) return equalisation.rate;
  const inForce = equalisation.periods.filter((p) => p.validFrom <= `${rulesYear}-12-31` && (p.validTo === undefined || p.validTo >= `${rulesYear}-01-01`));
  const latest = inForce.sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0];
  return latest ? latest.rate : equalisation.rate;
}

type Kind = 'equalised' | 'guaranteed';

/** The line itself plus, where the setting moves part of it, the kommune's offset and the receiving ledger's line. */
export function settle(line: ValueComponent, kind: Kind, ctx: ValueContext): ValueComponent[] {
  const rules = ctx.model.publicFinance;
  if (!rules) {
    ctx.fail('settings.publicFinance', `'${ctx.publicFinance}' needs the catalogue's publicFinance rules (kommune ledger, landsudligning, budgetgaranti); this catalogue has none`);
    return [line];
  }
  if (line.ledger !== rules.kommuneLedger) return [line];
  const rule = kind === 'equalised' ? rules.equalisation : rules.budgetGuarantee;
  let share = 1;
  if (kind === 'equalised') {
    const rate = ctx.evaluate(equalisationRateIn(rules.equalisation, ctx.rulesYear), 'model.publicFinance.equalisation.rate');
    if (rate === null) return [line];
    if (rate < 0 || rate > 1) {
      ctx.fail('model.publicFinance.equalisation.rate', `expected a share from 0 to 1, got ${rate}`);
      return [line];
    }
    share = rate;
  }
  const amounts = kind === 'equalised' ? [...line.amounts, equalisationRateIn(rules.equalisation, ctx.rulesYear)] : line.amounts;
  const ruleText = { key: `publicFinance.${kind === 'equalised' ? 'equalisation' : 'budgetGuarantee'}`, text: rule.label };
  const label = { kind: 'moved' as const, rule: ruleText, of: line.label };
  const moved = scale(line.perMonth, share, ctx);
  return [
    line,
    {
      ledger: line.ledger, department: line.department, category: line.category,
      label, perMonth: scale(moved, -1, ctx), formula: { kind: 'moved', sign: -1, share, of: line.formula }, amounts,
    },
    {
      ledger: rule.ledger, department: rule.department ?? null, category: line.category,
      label, perMonth: moved, formula: { kind: 'moved', sign: 1, share, of: line.formula }, amounts,
    },
  ];
}

function scale(perMonth: number | Float64Array, factor: number, ctx: ValueContext): number | Float64Array {
  if (typeof perMonth === 'number') return factor * perMonth;
  const out = ctx.alloc(perMonth.length);
  for (let k = 0; k < perMonth.length; k++) out[k] = factor * perMonth[k]!;
  return out;
}

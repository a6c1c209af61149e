/**
 * A booked line's label and formula in words (Danish or English), from the facts the engine returns
 * (src/engine/model/line-text.ts). Catalogue texts are looked up by key through `names`, so a
 * translated catalogue is shown in the reader's language; without one the catalogue's own text stands.
 */
import type { CostBasis, LineFormula, LineLabel, MonthWindow, OptimismFactor, TaxBase, ValueFormula, ValueLabel } from '../engine';
import { formatFigure, type Locale } from './numbers';

/** Finds the text of a catalogue entry by key (`states.job.components.0`, `ledgers.kommune` …); `text` when it has none. */
export type CatalogueNames = (key: string, text: string) => string;

const asIs: CatalogueNames = (_key, text) => text;

const WORDS = {
  da: {
    to: 'til', from: 'fra', refund: 'refusion', lockIn: 'fastholdelse', realised: (y: number) => `realiseret år ${y}`,
    taxOn: (tax: string, income: string) => `${tax} af ${income}`,
    month: (w: MonthWindow) => w.from === w.to ? `måned ${w.from}` : `måned ${w.from}–${w.to}`,
    kr: (n: string) => `${n} kr.`, perMonth: 'kr./md.', perPersonYear: 'kr./person-år',
    bySeniority: (rule: string) => `refusion '${rule}' ved anciennitet`, deduction: 'fradrag',
    production: 'produktionsværdi', nettoafgiftsfaktor: 'nettoafgiftsfaktor', distortion: 'skatteforvridning (SFF − 1)', transfer: 'overførsel til virksomhed',
    optimism: 'optimismekorrektion', grade: (f: OptimismFactor, n: (x: number) => string) => `karakter ${f.grade}: gevinst × ${n(f.gain)}, omkostning × ${n(f.cost)}`,
    basis: {
      perParticipantPerYear: 'pr. deltager pr. år', perParticipantPerMonth: 'pr. deltager pr. måned',
      perParticipantOnce: 'pr. deltager, én gang', fixedPerYear: 'fast pr. år', fixedOnce: 'fast, én gang',
    } satisfies Record<CostBasis, string>,
  },
  en: {
    to: 'to', from: 'from', refund: 'refund', lockIn: 'lock-in', realised: (y: number) => `realised, year ${y}`,
    taxOn: (tax: string, income: string) => `${tax} on ${income}`,
    month: (w: MonthWindow) => w.from === w.to ? `month ${w.from}` : `months ${w.from}–${w.to}`,
    kr: (n: string) => `DKK ${n}`, perMonth: 'DKK/month', perPersonYear: 'DKK/person-year',
    bySeniority: (rule: string) => `refund '${rule}' by seniority`, deduction: 'deduction',
    production: 'production value', nettoafgiftsfaktor: 'net tax factor (NAF)', distortion: 'tax distortion (SFF − 1)', transfer: 'transfer to a firm',
    optimism: 'optimism correction', grade: (f: OptimismFactor, n: (x: number) => string) => `grade ${f.grade}: gain × ${n(f.gain)}, cost × ${n(f.cost)}`,
    basis: {
      perParticipantPerYear: 'per participant per year', perParticipantPerMonth: 'per participant per month',
      perParticipantOnce: 'per participant, once', fixedPerYear: 'fixed per year', fixedOnce: 'fixed, once',
    } satisfies Record<CostBasis, string>,
  },
};

export function lineLabelText(label: LineLabel, locale: Locale = 'da', names: CatalogueNames = asIs): string {
  const w = WORDS[locale];
  switch (label.kind) {
    case 'cost': return label.realisedYear === undefined ? label.label : `${label.label} (${w.realised(label.realisedYear)})`;
    case 'refund': return label.label ?? `${label.cost} (${w.refund})`;
    case 'effect': return `${label.outcome}: ${valueLabelText(label.value, locale, names)}`;
    case 'lockIn': return `${label.outcome} (${w.lockIn}): ${valueLabelText(label.value, locale, names)}`;
  }
}

export function valueLabelText(value: ValueLabel, locale: Locale = 'da', names: CatalogueNames = asIs): string {
  const w = WORDS[locale];
  if (value.kind === 'direct') return value.label ?? names(`ledgers.${value.ledger}`, value.ledger);
  if (value.kind === 'moved') return `${names(value.rule.key, value.rule.text)}: ${valueLabelText(value.of, locale, names)}`;
  const tag = `${names(value.state.key, value.state.text)} (${w[value.side]})`;
  const component = names(value.component.key, value.component.text);
  switch (value.kind) {
    case 'service':
    case 'benefit': return `${component}, ${tag}`;
    case 'benefitRefund': return `${component}, ${w.refund}, ${tag}`;
    case 'production': return `${w.production}: ${component.toLowerCase()}, ${tag}`;
    case 'tax': return `${w.taxOn(names(value.tax.key, value.tax.text), component.toLowerCase())}, ${tag}`;
  }
}

export function lineFormulaText(formula: LineFormula, locale: Locale = 'da', names: CatalogueNames = asIs): string {
  const w = WORDS[locale];
  const n = (x: number) => formatFigure(x, locale);
  const welfare = !formula.welfare ? ''
    : ` × ${formula.welfare.kind === 'market' ? w.nettoafgiftsfaktor : formula.welfare.kind === 'transfer' ? w.transfer : w.distortion} ${n(formula.welfare.factor)}`;
  return `${lineFormulaBodyText(formula, locale, names)}${welfare}`;
}

function lineFormulaBodyText(formula: LineFormula, locale: Locale, names: CatalogueNames): string {
  const w = WORDS[locale];
  const n = (x: number) => formatFigure(x, locale);
  const optimism = optimismText(formula.optimism, locale);
  switch (formula.kind) {
    case 'cost': {
      const head = `−${w.kr(n(formula.amount))} ${w.basis[formula.basis]}`;
      const part = formula.part === 'refund' ? ` × ${n(formula.refundShare)}`
        : formula.refundShare ? ` × (1 − ${n(formula.refundShare)})` : '';
      return `${head}${part}, ${w.month(formula.window)}${optimism}`;
    }
    case 'effect':
      return `Δ = ${n(formula.treated)} − ${n(formula.counterfactual)} = ${n(formula.delta)}, ${w.month(formula.window)}`
        + ` × ${valueFormulaText(formula.value, locale, names)}${optimism}`;
    case 'lockIn': {
      const share = typeof formula.share === 'number' ? n(formula.share) : formula.share;
      return `${w.lockIn} ${share} × ${valueFormulaText(formula.value, locale, names)}${optimism}`;
    }
  }
}

export function valueFormulaText(value: ValueFormula, locale: Locale = 'da', names: CatalogueNames = asIs): string {
  const w = WORDS[locale];
  const n = (x: number) => formatFigure(x, locale);
  const sign = (s: 1 | -1) => (s > 0 ? '+' : '−');
  switch (value.kind) {
    case 'perPersonYear': return `${n(value.amount)} ${w.perPersonYear} ÷ 12`;
    case 'monthly': {
      const rule = value.refusion && w.bySeniority(names(`refusionRules.${value.refusion.rule}`, value.refusion.rule));
      const refusion = !value.refusion ? '' : value.refusion.part === 'payer' ? ` × (1 − ${rule})` : ` × ${rule}`;
      return `${sign(value.sign)}${n(value.monthly)} ${w.perMonth}${refusion} (${value.state})`;
    }
    case 'tax': return `${sign(value.sign)}${n(value.rate)} × ${taxBaseText(value.base, locale, names)}`;
    case 'production': return `${sign(value.sign)}${n(value.monthly)} ${w.perMonth} × ${w.nettoafgiftsfaktor} ${n(value.netTaxFactor)} (${value.state})`;
    case 'moved': return `${sign(value.sign)}${value.share === 1 ? '' : `${n(value.share)} × `}(${valueFormulaText(value.of, locale, names)})`;
  }
}

function taxBaseText(base: TaxBase, locale: Locale, names: CatalogueNames): string {
  const w = WORDS[locale];
  const n = (x: number) => formatFigure(x, locale);
  let text = `${n(base.monthly)} ${w.perMonth}`;
  for (const d of base.deductFirst) text += ` − ${n(d.rate)} × ${n(base.monthly)} (${names(d.tax.key, d.tax.text)})`;
  if (base.wageDeduction) {
    text += ` − min(${n(base.wageDeduction.share)} × ${n(base.monthly)}, ${n(base.wageDeduction.maxPerYear)}/12) (${w.deduction})`;
  }
  return base.deductFirst.length > 0 || base.wageDeduction ? `(${text})` : text;
}

function optimismText(factors: OptimismFactor[], locale: Locale): string {
  if (factors.length === 0) return '';
  const w = WORDS[locale];
  const n = (x: number) => formatFigure(x, locale);
  return ` × ${w.optimism} (${factors.map((f) => w.grade(f, n)).join('; ')})`;
}

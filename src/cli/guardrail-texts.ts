/**
 * A guardrail finding as one printed line, in Danish or English: what was found, the field in words
 * (»Målgruppe 1 › Indsats 1 › Effekt 1 › Aftagning«) and the numbers in the language's format. The
 * finding's kind and numbers' keys are the file format's words, for --json; a reader gets these.
 */
import type { GuardrailFinding, GuardrailKind, RulesYear } from '../engine';
import { figureValidityGroup, figureValidityText } from '../format/figure-validity';
import { formatFigure, formatShare, type Locale } from '../format/numbers';
import { fieldPathText } from '../format/problem-text';

interface GuardrailWords {
  titles: Record<GuardrailKind, string>;
  /** A number's name; a share's keys are shown as a percentage. */
  numbers: Record<string, string>;
  refs: Record<string, string>;
}

const SHARES = new Set(['treated', 'delta', 'evidenceDelta']);

const WORDS: Record<Locale, GuardrailWords> = {
  da: {
    titles: {
      noDeadweight: 'Ingen dødvægt', beyondEvidence: 'Effekt ud over evidensen', effectBeyondFollowUp: 'Effekt længere end opfølgningen',
      noDecayLongEffect: 'Ingen aftagning over mange år', horizonBeyondData: 'Horisont ud over data', doubleCounting: 'Samme gevinst to gange',
      nonCashableSaving: 'Besparelse, der ikke kan hjemtages', averageUnitCost: 'Gennemsnitlig i stedet for marginal enhedspris',
      priceYearMixed: 'Prisår blandet uden indeks', discountingOff: 'Ingen diskontering over en budgetperiode',
      figureOutOfValidity: 'Katalogtal uden for sin gyldighed',
    },
    numbers: {
      treated: 'behandlet', delta: 'effekt', evidenceDelta: 'evidensens effekt', effectEndsMonth: 'effekten slutter i måned',
      followUpMonths: 'opfølgning i måneder', years: 'år', limitYears: 'grænse i år', horizonYears: 'horisont i år',
      amount: 'beløb', firstYear: 'første år', lastYear: 'sidste år', dataYears: 'data rækker i år',
    },
    refs: { template: 'skabelon', evidence: 'evidens', state: 'tilstand', category: 'kategori', name: 'tal', other: 'samme som', outcome: 'evidens fra' },
  },
  en: {
    titles: {
      noDeadweight: 'No deadweight', beyondEvidence: 'Effect beyond the evidence', effectBeyondFollowUp: 'Effect longer than the follow-up',
      noDecayLongEffect: 'No decay over many years', horizonBeyondData: 'Horizon beyond the data', doubleCounting: 'The same gain twice',
      nonCashableSaving: 'A saving no budget can take back', averageUnitCost: 'Average instead of marginal unit cost',
      priceYearMixed: 'Price years mixed without an index', discountingOff: 'No discounting over a budget period',
      figureOutOfValidity: 'Catalogue figure outside its validity',
    },
    numbers: {
      treated: 'treated', delta: 'effect', evidenceDelta: 'the evidence\'s effect', effectEndsMonth: 'effect ends in month',
      followUpMonths: 'follow-up in months', years: 'years', limitYears: 'limit in years', horizonYears: 'horizon in years',
      amount: 'amount', firstYear: 'first year', lastYear: 'last year', dataYears: 'data reach in years',
    },
    refs: { template: 'template', evidence: 'evidence', state: 'state', category: 'category', name: 'figure', other: 'same as', outcome: 'evidence from' },
  },
};

/** »Ingen aftagning over mange år: Målgruppe 1 › Indsats 1 › Effekt 1 › Aftagning (år 5,5; grænse i år 5)«. */
export function guardrailText(f: GuardrailFinding, lang: Locale): string {
  const w = WORDS[lang];
  const title = w.titles[f.kind] ?? f.kind;
  if (f.kind === 'figureOutOfValidity') return `${title}: ${figureValidityText(f, lang)}`;
  const numbers = Object.entries(f.numbers).map(([k, v]) => {
    const value = SHARES.has(k) ? formatShare(v, lang) : k.endsWith('Year') ? String(v) : formatFigure(v, lang, 2);
    return `${w.numbers[k] ?? k} ${value}`;
  });
  const refs = Object.entries(f.refs ?? {}).map(([k, v]) => `${w.refs[k] ?? k} ${k === 'other' || k === 'outcome' ? fieldPathText(v, lang) : v}`);
  const details = [...numbers, ...refs];
  return `${title}: ${fieldPathText(f.path, lang)}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/** One printed warning: its line, and for a group the lines under it (one per catalogue figure). */
export interface GuardrailEntry {
  text: string;
  items: string[];
}

/**
 * The findings as printed warnings: each its own line, except the figureOutOfValidity findings, which are
 * one warning naming the rules year and the case's years once and then each figure with its period
 * (a rules year can put half a dozen figures outside their validity at once).
 */
export function guardrailEntries(findings: GuardrailFinding[], lang: Locale, rules?: Pick<RulesYear, 'year' | 'basis'>): GuardrailEntry[] {
  const validity = findings.filter((f) => f.kind === 'figureOutOfValidity');
  const entries: GuardrailEntry[] = [];
  for (const f of findings) {
    if (f.kind !== 'figureOutOfValidity') entries.push({ text: guardrailText(f, lang), items: [] });
    else if (f === validity[0]) {
      const group = figureValidityGroup(validity, lang, rules);
      const count = validity.length > 1 ? ` (${validity.length})` : '';
      entries.push({ text: `${WORDS[lang].titles.figureOutOfValidity}${count}: ${group.lead}`, items: group.figures });
    }
  }
  return entries;
}

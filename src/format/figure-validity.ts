/** The figureOutOfValidity guardrail in words: which catalogue figure, its period in force and the case's years. */
import type { GuardrailFinding, RulesYear } from '../engine';
import type { Locale } from './numbers';

/** »gælder 2015-01-01 til 2015-12-31« / »in force 2015-01-01 to 2015-12-31«. */
function validityText(f: GuardrailFinding, da: boolean): string {
  const from = f.refs?.validFrom;
  const to = f.refs?.validTo;
  return from && to ? (da ? `gælder ${from} til ${to}` : `in force ${from} to ${to}`)
    : from ? (da ? `gælder fra ${from}` : `in force from ${from}`)
      : to ? (da ? `gælder til ${to}` : `in force until ${to}`) : (da ? 'uden angivet gyldighed' : 'with no stated validity');
}

const yearsOf = (f: GuardrailFinding) => `${f.numbers.firstYear}–${f.numbers.lastYear}`;

export function figureValidityText(f: GuardrailFinding, locale: Locale = 'da', label?: string): string {
  const da = locale === 'da';
  const name = f.refs?.name ?? '?';
  const figure = label ? `${label} (${name})` : name;
  return da
    ? `${figure} ${validityText(f, da)}, men casen regner for ${yearsOf(f)}`
    : `${figure} is ${validityText(f, da)}, but the case runs ${yearsOf(f)}`;
}

/** Several figureOutOfValidity findings as one warning: a lead sentence (the rules year and the case's years) and one line per figure. */
export interface FigureValidityGroup {
  lead: string;
  figures: string[];
}

/**
 * A rules year (or a first year) can put many catalogue figures outside their period at once; they are
 * one warning, not one each: »Med regelåret 2015 (valgt med »Regler fra år«) gælder 6 katalogtal ikke i
 * alle casens år, 2027–2034« and then »kommuneskat_sats gælder 2015-01-01 til 2015-12-31« for each. Findings
 * of several projections (different years) keep their own years on their line.
 */
export function figureValidityGroup(findings: GuardrailFinding[], locale: Locale = 'da', rules?: Pick<RulesYear, 'year' | 'basis'>): FigureValidityGroup {
  const da = locale === 'da';
  const years = new Set(findings.map(yearsOf));
  const span = years.size === 1 ? [...years][0]! : null;
  const n = findings.length;
  const count = da ? (n === 1 ? 'ét katalogtal' : `${n} katalogtal`) : (n === 1 ? 'one catalogue figure' : `${n} catalogue figures`);
  const by = !rules || rules.year === null ? ''
    : rules.basis === 'rulesYear'
      ? (da ? `Med regelåret ${rules.year} (valgt med »Regler fra år«) ` : `Under rules year ${rules.year} (set by »Rules from year«) `)
      : (da ? `Med regelåret ${rules.year} (casens første år) ` : `Under rules year ${rules.year} (the case's first year) `);
  const cap = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)}`;
  const where = span ? `, ${span}` : '';
  const lead = da
    ? `${by ? `${by}gælder ${count}` : `${cap(count)} gælder`} ikke i alle casens år${where}`
    : `${by}${by ? count : cap(count)} ${n === 1 ? 'is' : 'are'} not in force in every year of the case${where}`;
  const figures = findings.map((f) => span
    ? (da ? `${f.refs?.name ?? '?'} ${validityText(f, da)}` : `${f.refs?.name ?? '?'} is ${validityText(f, da)}`)
    : figureValidityText(f, locale));
  return { lead, figures };
}

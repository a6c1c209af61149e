/**
 * `--explain`: the lines that add up to one figure of the table, and the parameters and catalogue
 * constants (with their sources) behind them. Figures are per participant unless --total, so the
 * explained value is the one the table shows.
 */
import type { Explanation } from '../engine';
import { catalogueNames, catalogueOwnText } from '../io/catalogue-texts';
import { lineFormulaText, lineLabelText } from '../format/line-text';
import { formatKroner, formatNumber, type Locale } from '../format/numbers';
import { periodText } from '../format/rules-year';
import { fieldPathText } from '../format/problem-text';
import { unitText } from '../format/units';
import { formatSignificant } from './render-solve';
import type { Texts } from './texts';

export interface ExplainHeader {
  /** What is explained, e.g. "Kommune, År 7, akkumuleret". */
  subject: string;
  /** The divisor: participants, or 1 for totals. */
  divisor: number;
  total: boolean;
  /** A line's category in words (the catalogue's label in the language); its id when absent. */
  category?: (id: string) => string;
}

export function renderExplanation(explanation: Explanation, header: ExplainHeader, texts: Texts, lang: Locale): string {
  const kr = (v: number) => formatNumber(v / header.divisor, lang);
  // The catalogue's words in the language asked for: states, refusion rules, a template's sources.
  const names = catalogueNames(lang);
  const own = catalogueOwnText(lang);
  const category = header.category ?? ((id: string) => id);
  const out = [
    `${texts.explainHeading}: ${header.subject}, ${header.total ? texts.totalNote : texts.perParticipantNote}: ${formatKroner(explanation.value / header.divisor, lang)}`,
    '',
    `${texts.contributions}:`,
  ];
  const width = Math.max(0, ...explanation.contributions.map((c) => kr(c.value).length));
  for (const { line, value } of explanation.contributions) {
    const booking = line.department ? `${line.ledger}/${line.department}` : line.ledger;
    out.push(`  ${kr(value).padStart(width)}  ${lineLabelText(line.label, lang, names)} [${booking}, ${category(line.category)}]`);
    out.push(`  ${' '.repeat(width)}  ${lineFormulaText(line.formula, lang, names)}  (${fieldPathText(line.path, lang)})`);
  }
  if (explanation.dependencies.length > 0) out.push('', `${texts.dependencies}:`);
  for (const d of explanation.dependencies) {
    const unit = d.unit ? ` ${unitText(d.unit, lang)}` : '';
    out.push(`  ${d.name} = ${formatSignificant(d.value, lang)}${unit} – ${d.label} (${d.kind === 'parameter' ? texts.parameter : texts.constant})`);
    if (d.period) out.push(`      ${periodText(d.period, lang)}`);
    // An EXAMPLE constant's catalogue source is a placeholder (no published source): said in the language.
    if (d.kind === 'constant' && d.example) out.push(`      ${texts.exampleSource}`);
    else if (d.source) out.push(`      ${own(d.source)}`);
    if (d.example) out.push(`      ${texts.exampleValue}`);
    if (d.replacesCatalogue) out.push(`      ${texts.localFigure(formatSignificant(d.replacesCatalogue.value, lang), d.replacesCatalogue.source ?? '')}`);
  }
  out.push('');
  return out.join('\n');
}

/** The explanation as JSON: raw values in kr. (per participant unless --total). */
export function explanationJson(explanation: Explanation, header: ExplainHeader, lang: Locale = 'da') {
  return {
    subject: header.subject,
    perParticipant: !header.total,
    value: explanation.value / header.divisor,
    contributions: explanation.contributions.map(({ line, value }) => ({
      id: line.id, label: lineLabelText(line.label, lang), path: line.path, ledger: line.ledger, department: line.department,
      category: line.category, formula: lineFormulaText(line.formula, lang), value: value / header.divisor,
    })),
    dependencies: explanation.dependencies,
  };
}

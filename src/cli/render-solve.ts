/**
 * `--solve`: the break-even value of one parameter, or a plain statement that the interval holds
 * none (docs/semantics.md, "Break-even solver": never a wrong number). Not finding one is an answer,
 * not an error, so it exits 0.
 */
import type { NoSolution, SolveOutcome } from '../engine';
import { formatKroner, formatNumber, type Locale } from '../format/numbers';
import type { SolveRequest } from './args';
import type { Texts } from './texts';

/** Significant digits of a solved value: enough to check a hand calculation, few enough to read. */
const SIGNIFICANT_DIGITS = 8;

export interface SolveJson {
  parameter: string;
  target: string;
  metric: 'npv' | 'cumulative';
  /** The year of a cumulative target; null for NPV or when the horizon is meant. */
  year: number | null;
  range: [number, number];
  found: boolean;
  value: number | null;
  /** The target metric (kr., total over participants) at `value`. */
  residual: number | null;
  iterations: number | null;
  /** Why there is none, as the engine's facts: { kind: 'noSignChange' | 'jump' | 'cannotCompute', … }. */
  reason: NoSolution | null;
}

export function solveJson(request: SolveRequest, outcome: SolveOutcome): SolveJson {
  return {
    parameter: request.parameter, target: request.target, metric: request.metric, year: request.year ?? null,
    range: outcome.range, found: outcome.found,
    value: outcome.found ? outcome.value : null,
    residual: outcome.found ? outcome.residual : null,
    iterations: outcome.found ? outcome.iterations : null,
    reason: outcome.found ? null : outcome.reason,
  };
}

export function renderSolve(request: SolveRequest, outcome: SolveOutcome, texts: Texts, lang: Locale): string {
  const ledger = request.target === 'total' ? texts.net : request.target;
  const metric = request.metric === 'npv' ? 'NPV' : texts.measure(false);
  const what = `${ledger}, ${metric}${request.metric === 'cumulative' && request.year !== undefined ? `, ${texts.year(request.year)}` : ''}`;
  const range = texts.range(formatSignificant(outcome.range[0], lang), formatSignificant(outcome.range[1], lang));
  if (!outcome.found) return `${texts.solved} (${what}): ${texts.noSolution(range)} – ${reasonText(outcome.reason, texts, lang)}\n`;
  return [
    `${texts.solved} (${what} = 0): ${request.parameter} = ${formatSignificant(outcome.value, lang)}`,
    // Kroner to the øre: a residual of 4.01e-10 kr. is 0,00 kr.
    `${texts.residual}: ${formatKroner(outcome.residual, lang, 2)}; ${range}, ${texts.iterations(outcome.iterations)}`,
    '',
  ].join('\n');
}

function reasonText(reason: NoSolution, texts: Texts, lang: Locale): string {
  switch (reason.kind) {
    case 'noSignChange': return texts.reasons.noSignChange;
    case 'jump': return texts.reasons.jump(formatSignificant(reason.near, lang));
    case 'cannotCompute': return texts.reasons.cannotCompute(`${reason.error.path}: ${reason.error.message}`);
  }
}

/** Up to SIGNIFICANT_DIGITS significant digits in the locale's format, no trailing zeros (0,33525166; 0,58; 55.000). */
export function formatSignificant(value: number, lang: Locale): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value, lang);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const text = formatNumber(value, lang, Math.min(12, Math.max(0, SIGNIFICANT_DIGITS - 1 - magnitude)));
  const separator = lang === 'da' ? ',' : '.';
  return text.includes(separator) ? text.replace(/0+$/, '').replace(/[.,]$/, '') : text;
}

/**
 * The words of --montecarlo, --tornado and --compare, in Danish (default) and English. Numbers are
 * formatted by the caller in the same language (src/format/numbers), so a Danish run never shows
 * »1.00« or »4.01e-10«.
 */
import { formatFigure, formatNumber, type Locale } from '../format/numbers';
import { fieldPathText } from '../format/problem-text';

export interface UncertaintyTexts {
  /** A ledger id as a row name: the whole (»total«) gets a word, ledgers keep their id (as --target takes them). */
  ledger: (id: string) => string;
  monteCarlo: (o: { draws: number; failed: number; seed: string; uncertain: string[] }) => string;
  monteCarloHead: string[];
  drivers: (list: { parameter: string; correlation: number }[]) => string;
  tornado: (target: string, baseNpv: string) => string;
  tornadoHead: string[];
  compareNpv: (ledger: string) => string;
  comparePayback: (ledger: string) => string;
  differs: (title: string, count: number) => string;
  /** A compared value as written in the file: numbers in the language's format, nothing as »(ingen)«; a year (by its field's path) ungrouped. */
  value: (v: unknown, path?: string) => string;
  optimism: string;
  unknownTarget: (target: string) => string;
}

/** An uncertainty's distribution in words. */
const DISTRIBUTIONS: Record<Locale, Record<string, string>> = {
  da: { uniform: 'ligefordeling', triangular: 'trekantsfordeling', pert: 'PERT-fordeling', normal: 'normalfordeling', lognormal: 'lognormalfordeling' },
  en: { uniform: 'uniform', triangular: 'triangular', pert: 'PERT', normal: 'normal', lognormal: 'lognormal' },
};

/** A field holding a calendar year (priceYear, firstYear, fromYear, year): written 2015, not 2.015. */
const YEAR = /(^|[.\]])(year|\w+Year)$/;

const figure = (lang: Locale) => (v: unknown, path?: string): string => {
  if (v === undefined || v === null) return lang === 'da' ? '(ingen)' : '(none)';
  if (typeof v === 'number' && Number.isInteger(v) && path !== undefined && YEAR.test(path)) return String(v);
  if (typeof v === 'number') return formatFigure(v, lang);
  if (typeof v === 'boolean') return lang === 'da' ? (v ? 'ja' : 'nej') : (v ? 'yes' : 'no');
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => figure(lang)(x, path)).join('; ')}]`;
  // An object (an uncertainty, a decay): its fields in words and its numbers in the language's format.
  if (typeof v === 'object') {
    return `{ ${Object.entries(v).map(([k, x]) => `${fieldPathText(k, lang)}: ${
      typeof x === 'string' ? (k === 'type' ? DISTRIBUTIONS[lang][x] ?? x : x) : figure(lang)(x, k)}`).join('; ')} }`;
  }
  return typeof v === 'bigint' ? v.toString() : '';
};

const correlations = (lang: Locale, list: { parameter: string; correlation: number }[]): string =>
  list.map((d) => `${d.parameter} ${formatNumber(d.correlation, lang, 2)}`).join(', ') || '–';

const da: UncertaintyTexts = {
  ledger: (id) => (id === 'total' ? 'i alt' : id),
  monteCarlo: ({ draws, failed, seed, uncertain }) =>
    `Monte Carlo: ${formatNumber(draws, 'da')} træk (${formatNumber(failed, 'da')} mislykkedes), frø ${seed}; usikre parametre: ${uncertain.join(', ') || 'ingen'}`,
  monteCarloHead: ['', 'NPV P5', 'NPV P50', 'NPV P95', 'P(NPV > 0)', 'P(tilbagebetalt)'],
  drivers: (list) => `Vigtigste drivere for den samlede nutidsværdi (rangkorrelation): ${correlations('da', list)}`,
  tornado: (target, baseNpv) => `Tornado: nutidsværdi (${target}) = ${baseNpv}`,
  tornadoHead: ['', 'lav', 'høj', 'NPV lav', 'NPV høj', 'skifteværdi'],
  compareNpv: (ledger) => `NPV ${ledger}`,
  comparePayback: (ledger) => `tilbagebetalingstid ${ledger}`,
  differs: (title, count) => `${title} adskiller sig i ${count} ${count === 1 ? 'antagelse' : 'antagelser'}:`,
  value: figure('da'),
  optimism: 'Optimismekorrektion',
  unknownTarget: (target) => `--target: ukendt kasse '${target}'`,
};

const en: UncertaintyTexts = {
  ledger: (id) => id,
  monteCarlo: ({ draws, failed, seed, uncertain }) =>
    `Monte Carlo: ${formatNumber(draws, 'en')} draws (${formatNumber(failed, 'en')} failed), seed ${seed}; uncertain parameters: ${uncertain.join(', ') || 'none'}`,
  monteCarloHead: ['', 'NPV P5', 'NPV P50', 'NPV P95', 'P(NPV > 0)', 'P(payback)'],
  drivers: (list) => `Drivers of the total NPV (rank correlation): ${correlations('en', list)}`,
  tornado: (target, baseNpv) => `Tornado: NPV (${target}) = ${baseNpv}`,
  tornadoHead: ['', 'low', 'high', 'NPV low', 'NPV high', 'switching value'],
  compareNpv: (ledger) => `NPV ${ledger}`,
  comparePayback: (ledger) => `payback ${ledger}`,
  differs: (title, count) => `${title} differs in ${count} ${count === 1 ? 'assumption' : 'assumptions'}:`,
  value: figure('en'),
  optimism: 'Optimism correction',
  unknownTarget: (target) => `--target: unknown ledger '${target}'`,
};

export function uncertaintyTexts(lang: Locale): UncertaintyTexts {
  return lang === 'da' ? da : en;
}

/**
 * Command-line arguments of `npm run simulate`: parsed with node:util parseArgs and checked here,
 * so the rest of the CLI works with one typed object. A usage problem is a value, not a throw:
 * main.ts turns it into exit code 2.
 */
import { parseArgs } from 'node:util';
import type { DiscountTiming, PublicFinanceSetting } from '../engine';

export type Lang = 'da' | 'en';
export type OutputFormat = 'table' | 'json' | 'csv';
/** standard: comma separated, dot decimals; da: what Danish Excel reads (semicolons, decimal commas). */
export type CsvDialect = 'standard' | 'da';

export interface SolveRequest {
  parameter: string;
  /** A ledger id or 'total'. */
  target: string;
  metric: 'npv' | 'cumulative';
  year?: number;
  range?: [number, number];
}

export interface ExplainRequest {
  /** A ledger id, 'total', or `ledger/department` ('-' = booked to the ledger as a whole). */
  target: string;
  /** 1-based year; undefined = the last year of the horizon. */
  year?: number;
}

export interface UncertaintyRequest {
  /** Monte Carlo draws and seed. */
  /** threads: how many worker threads share the draws (undefined: the machine's available parallelism). */
  montecarlo?: { draws: number; seed: string; threads?: number };
  /** One-way sensitivity of the NPV of `target` (a ledger or 'total'). */
  tornado?: { target: string };
  /** Other scenario files to compare with this one (the baseline). */
  compare?: string[];
}

export interface CliOptions {
  file: string;
  /** --batch: a folder whose scenario files are all projected in this process ('' = one file). */
  batch?: string;
  format: OutputFormat;
  /** Totals over all participants instead of per participant. */
  total: boolean;
  /** Annual instead of cumulative figures. */
  annual: boolean;
  discounted: boolean;
  departments: boolean;
  lang: Lang;
  perspective?: string;
  discount?: string;
  timing?: DiscountTiming;
  /** --optimism / --no-optimism: the optimism correction on or off for this run, whatever the file says. */
  optimism?: boolean;
  /** --follow-up: the follow-up section (forecast vs realised, re-projection) in the output. */
  followUp: boolean;
  /** Whose gain derived values show (docs/hvem-faar-gevinsten.md). */
  publicFinance?: PublicFinanceSetting;
  /** --rules-year: the year whose rules and rates the case uses (settings.rulesYear, docs/semantics.md "Dated rules"). */
  rulesYear?: number;
  solve?: SolveRequest;
  explain?: ExplainRequest;
  uncertainty?: UncertaintyRequest;
  /** --csv-dialect; absent = standard. */
  csvDialect?: CsvDialect;
  /** --xlsx: write the case as a workbook with live formulas to this file. */
  xlsx?: string;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; lang: Lang }
  | { kind: 'usage-error'; message: string };

const PUBLIC_FINANCE: readonly PublicFinanceSetting[] = ['public-sector', 'single-kommune', 'all-kommuner'];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  total: { type: 'boolean' },
  annual: { type: 'boolean' },
  discounted: { type: 'boolean' },
  departments: { type: 'boolean' },
  perspective: { type: 'string' },
  discount: { type: 'string' },
  timing: { type: 'string' },
  optimism: { type: 'boolean' },
  'follow-up': { type: 'boolean' },
  'no-optimism': { type: 'boolean' },
  'public-finance': { type: 'string' },
  'rules-year': { type: 'string' },
  lang: { type: 'string' },
  solve: { type: 'string' },
  target: { type: 'string' },
  metric: { type: 'string' },
  year: { type: 'string' },
  range: { type: 'string' },
  explain: { type: 'string' },
  montecarlo: { type: 'string' },
  seed: { type: 'string' },
  threads: { type: 'string' },
  tornado: { type: 'boolean' },
  compare: { type: 'string', multiple: true },
  'csv-dialect': { type: 'string' },
  xlsx: { type: 'string' },
  batch: { type: 'string' },
} as const;

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs throws TypeErrors with a readable message for unknown options and missing values.
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values: v, positionals } = parsed;
  const lang = v.lang ?? 'da';
  if (lang !== 'da' && lang !== 'en') return usage(`--lang must be da or en, got '${lang}'`);
  if (v.help) return { kind: 'help', lang };
  if (v.batch !== undefined) {
    if (positionals.length > 0) return usage(`--batch takes a folder instead of a scenario file, got also: ${positionals.join(' ')}`);
    const others = (['solve', 'explain', 'montecarlo', 'tornado', 'compare'] as const).filter((k) => v[k] !== undefined);
    if (others.length > 0) return usage(`--batch projects each file; it does not combine with --${others[0]}`);
  } else if (positionals.length !== 1) {
    return usage(positionals.length === 0 ? 'missing the scenario file' : `expected one scenario file, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  if (v.json && v.csv) return usage('choose one of --json and --csv');
  if (v.optimism && v['no-optimism']) return usage('choose one of --optimism and --no-optimism');
  if (v.timing !== undefined && !['start', 'mid', 'end'].includes(v.timing)) return usage(`--timing must be start, mid or end, got '${v.timing}'`);
  const dialect = v['csv-dialect'];
  if (dialect !== undefined && dialect !== 'da' && dialect !== 'standard') return usage(`--csv-dialect must be da or standard, got '${dialect}'`);
  if (dialect !== undefined && !v.csv) return usage('--csv-dialect only applies with --csv');
  if (v.xlsx !== undefined && (v.xlsx.trim() === '' || !/\.xlsx$/i.test(v.xlsx))) return usage(`--xlsx needs a file name ending in .xlsx, got '${v.xlsx}'`);
  const publicFinance = v['public-finance'];
  if (publicFinance !== undefined && !PUBLIC_FINANCE.includes(publicFinance as PublicFinanceSetting)) {
    return usage(`--public-finance must be ${PUBLIC_FINANCE.join(', ')}, got '${publicFinance}'`);
  }
  const rulesYear = v['rules-year'] === undefined ? undefined : Number(v['rules-year']);
  if (rulesYear !== undefined && !(Number.isInteger(rulesYear) && rulesYear >= 1900 && rulesYear <= 2200)) {
    return usage(`--rules-year must be a year from 1900 to 2200, got '${v['rules-year']}'`);
  }
  const commands = [v.solve !== undefined, v.explain !== undefined, v.montecarlo !== undefined, v.tornado === true, v.compare !== undefined, v.xlsx !== undefined];
  if (commands.filter(Boolean).length > 1) return usage('choose one of --solve, --explain, --montecarlo, --tornado, --compare and --xlsx');
  if (v.xlsx !== undefined && (v.json || v.csv)) return usage('--xlsx writes a file; it does not combine with --json or --csv');
  const draws = v.montecarlo === undefined ? undefined : Number(v.montecarlo);
  if (draws !== undefined && !(Number.isInteger(draws) && draws >= 1 && draws <= 1_000_000)) {
    return usage(`--montecarlo must be a whole number of draws from 1 to 1000000, got '${v.montecarlo}'`);
  }
  if (v.seed !== undefined && draws === undefined) return usage('--seed only applies with --montecarlo');
  const threads = v.threads === undefined ? undefined : Number(v.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
    return usage(`--threads must be a whole number from 1 to 64, got '${v.threads}'`);
  }
  if (threads !== undefined && draws === undefined) return usage('--threads only applies with --montecarlo');

  const year = v.year === undefined ? undefined : Number(v.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1)) return usage(`--year must be a whole number from 1, got '${v.year}'`);
  const metric = v.metric ?? 'npv';
  if (metric !== 'npv' && metric !== 'cumulative') return usage(`--metric must be npv or cumulative, got '${metric}'`);
  const range = v.range === undefined ? undefined : parseRange(v.range);
  if (range === null) return usage(`--range must be two numbers a,b with a < b, got '${v.range}'`);
  for (const [flag, needs] of [['metric', 'solve'], ['range', 'solve'], ['year', 'solve or --explain']] as const) {
    if (v[flag] !== undefined && v.solve === undefined && (flag !== 'year' || v.explain === undefined)) return usage(`--${flag} only applies with --${needs}`);
  }
  if (v.target !== undefined && v.solve === undefined && !v.tornado) return usage('--target only applies with --solve or --tornado');

  return {
    kind: 'run',
    options: {
      file: positionals[0] ?? '',
      batch: v.batch,
      format: v.json ? 'json' : v.csv ? 'csv' : 'table',
      total: v.total ?? false,
      annual: v.annual ?? false,
      discounted: v.discounted ?? false,
      departments: v.departments ?? false,
      lang,
      perspective: v.perspective,
      discount: v.discount,
      timing: v.timing as DiscountTiming | undefined,
      optimism: v.optimism ? true : v['no-optimism'] ? false : undefined,
      followUp: v['follow-up'] ?? false,
      publicFinance: publicFinance as PublicFinanceSetting | undefined,
      rulesYear,
      solve: v.solve === undefined ? undefined : { parameter: v.solve, target: v.target ?? 'total', metric, year, range },
      explain: v.explain === undefined ? undefined : { target: v.explain, year },
      uncertainty: draws !== undefined ? { montecarlo: { draws, seed: v.seed ?? '1', ...(threads === undefined ? {} : { threads }) } }
        : v.tornado ? { tornado: { target: v.target ?? 'total' } }
          : v.compare !== undefined ? { compare: v.compare } : undefined,
      ...(dialect === undefined ? {} : { csvDialect: dialect }),
      ...(v.xlsx === undefined ? {} : { xlsx: v.xlsx }),
    },
  };
}

function usage(message: string): ParsedArgs {
  return { kind: 'usage-error', message };
}

/** "a,b" → [a, b] with dot decimals; "a;b" is accepted too, as Danes often separate lists with semicolons. */
function parseRange(text: string): [number, number] | null {
  const parts = text.split(/[;,]/).map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return null;
  const [a, b] = parts.map(Number) as [number, number];
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? [a, b] : null;
}

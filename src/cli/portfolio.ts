/**
 * `npm run portfolio -- <portfolio.json> [--json] [--choose [--goal g]] [--montecarlo N --seed S] [--lang da|en]`:
 * the investment pool year by year, the best set within its limits, and its uncertainty
 * (docs/portfolio.md). Exit codes as `simulate`: 0 ok, 1 the file is invalid, 2 wrong usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERCENTILES, type ChoiceGoal, type ChoiceOutcome } from '../engine';
import { formatKroner, formatShare, type Locale } from '../format/numbers';
import { parsePortfolioText, type LoadedPortfolio } from '../io/load-portfolio';
import { choosePortfolio, portfolioMonteCarloOf } from '../io/portfolio-runs';
import { portfolioOverview, type PortfolioOverview } from '../io/portfolio-overview';
import { loadMipSolver } from '../optimise/highs-solver';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './commands';
import { outputTo, type CliOutput } from './main';
import { portfolioTexts, type PortfolioTexts } from './portfolio-texts';

const GOALS: readonly ChoiceGoal[] = ['ledger-npv', 'public-npv', 'fastest-whole'];

export interface PortfolioArgs {
  file: string;
  json: boolean;
  choose: boolean;
  goal?: ChoiceGoal;
  montecarlo?: number;
  seed: string;
  lang: Locale;
}

export function parsePortfolioArgs(argv: string[]): PortfolioArgs | { help: true; lang: Locale } | { error: string } {
  const args: Partial<PortfolioArgs> & { seed: string; lang: Locale; json: boolean; choose: boolean } = { seed: '1', lang: 'da', json: false, choose: false };
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    try {
      if (arg === '--help' || arg === '-h') help = true;
      else if (arg === '--json') args.json = true;
      else if (arg === '--choose') args.choose = true;
      else if (arg === '--goal') {
        const g = value();
        if (!GOALS.includes(g as ChoiceGoal)) return { error: `--goal must be one of ${GOALS.join(', ')}, got '${g}'` };
        args.goal = g as ChoiceGoal;
      } else if (arg === '--montecarlo') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 1_000_000) return { error: '--montecarlo needs a whole number of draws from 1 to 1000000' };
        args.montecarlo = n;
      } else if (arg === '--seed') args.seed = value();
      else if (arg === '--lang') {
        const l = value();
        if (l !== 'da' && l !== 'en') return { error: `--lang must be da or en, got '${l}'` };
        args.lang = l;
      } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
      else if (args.file === undefined) args.file = arg;
      else return { error: `one portfolio file only (got '${args.file}' and '${arg}')` };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
  if (help) return { help: true, lang: args.lang };
  if (args.file === undefined) return { error: 'no portfolio file given' };
  return args as PortfolioArgs;
}

function optionName(t: PortfolioTexts, id: string | null, label: string | null): string {
  return id === null ? t.leftOut : id === 'baseline' ? t.baseline : label ?? id;
}

function table(t: PortfolioTexts, lang: Locale, years: number[], rows: [string, number[]][]): string {
  const cells = rows.map(([label, values]) => [label, ...values.map((v) => formatKroner(v, lang))]);
  const head = [t.year, ...years.map(String)];
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), ...cells.map(line)].join('\n');
}

function overviewText(p: LoadedPortfolio, o: PortfolioOverview, t: PortfolioTexts, lang: Locale): string {
  const out: string[] = [];
  for (const k of o.cases) out.push(`  ${k.label}: ${optionName(t, k.option, k.optionLabel)}`);
  out.push('', table(t, lang, o.years, [[t.rows.draw, o.balance.draws], [t.rows.repayment, o.balance.repayments], [t.rows.balance, o.balance.balance]]));
  out.push(t.whole(o.balance.wholeAgainYear, o.balance.neverDrawn, o.years.at(-1)!));
  if (o.balance.overdrawnYears.length) out.push(t.overdrawn(o.balance.overdrawnYears));
  if (o.balance.overLimitYears.length) out.push(t.overLimit(o.balance.overLimitYears));
  const departments = Object.entries(o.repaymentByDepartment);
  if (departments.length) {
    const label = (d: string) => (d === '-' ? t.noDepartment : p.cases[0]?.model.ledgers.find((l) => l.id === p.pool.ledger)?.departments?.find((x) => x.id === d)?.label ?? d);
    out.push('', t.departments(p.pool.ledger), table(t, lang, o.years, departments.map(([d, v]) => [label(d), v])));
  }
  out.push('', t.ledgersHeading);
  const ledgerLabel = (id: string) => p.cases[0]?.model.ledgers.find((l) => l.id === id)?.label ?? id;
  const flowless: string[] = [];
  for (const [ledger, l] of Object.entries(o.ledgers)) {
    if (l.annual.some((v) => Math.abs(v) >= 0.5)) out.push(`  ${ledgerLabel(ledger)}: ${t.npv} ${formatKroner(l.npv, lang)}; ${t.payback}: ${t.paybackYear(l.paybackYear)}`);
    else flowless.push(ledgerLabel(ledger));
  }
  if (flowless.length > 0) out.push(`  ${t.noFlows}: ${flowless.join(', ')}`);
  return out.join('\n');
}

function choiceText(p: LoadedPortfolio, goal: ChoiceGoal, outcome: ChoiceOutcome, t: PortfolioTexts, lang: Locale): string {
  if (!outcome.best) return t.noFeasible;
  const out = [t.chosenHeading(goal), `  ${t.objective(goal, outcome.best.objective)}`];
  out.push(overviewText(p, portfolioOverview(p, outcome.best.selection), t, lang));
  out.push('', ...(outcome.binding.length ? outcome.binding.map((b) => t.binding(b)) : [t.noBinding]));
  outcome.runnersUp.forEach((r, i) => {
    const diff = goal === 'fastest-whole' && r.objective !== outcome.best!.objective
      ? `+${r.objective - outcome.best!.objective} år`
      : formatKroner((goal === 'fastest-whole' ? r.npvLedger - outcome.best!.npvLedger : r.objective - outcome.best!.objective), lang);
    const sets = p.cases.map((k) => {
      const option = k.options.find((o) => o.id === r.selection[k.id]);
      return `${k.label}: ${optionName(t, option?.id ?? null, option?.label ?? null)}`;
    });
    out.push('', t.runnerUp(i + 2, diff), `  ${t.objective(goal, r.objective)}`, ...sets.map((s) => `  ${s}`));
  });
  return out.join('\n');
}

export async function portfolioMain(argv: string[], io: CliOutput, cwd = process.cwd()): Promise<number> {
  const args = parsePortfolioArgs(argv);
  if ('error' in args) return (io.usage(args.error), EXIT_USAGE);
  if ('help' in args) return (io.out(`${portfolioTexts(args.lang).help}\n`), EXIT_OK);
  const t = portfolioTexts(args.lang);
  let text: string;
  try {
    text = readFileSync(resolve(cwd, args.file), 'utf8');
  } catch (error) {
    io.errors([{ path: args.file, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
    return EXIT_INVALID;
  }
  const loaded = parsePortfolioText(text);
  if (!loaded.ok) return (io.errors(loaded.errors), EXIT_INVALID);
  const p = loaded.value;
  const goal = args.goal ?? p.file.goal;
  const overview = portfolioOverview(p);
  const choice = args.choose ? choosePortfolio(p, goal, await loadMipSolver()) : null;
  // The Monte Carlo follows the chosen set when there is one, else the file's own.
  const mc = args.montecarlo === undefined ? null : portfolioMonteCarloOf(p, args.montecarlo, args.seed, choice?.best?.selection ?? overview.selection);

  if (args.json) {
    io.out(`${JSON.stringify({ title: p.file.title, pool: p.pool, years: p.years, goal, overview, choice, monteCarlo: mc }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lastPeriodYear = p.pool.firstYear + p.pool.periodYears - 1;
  const limits = p.pool.yearlyDrawLimits?.length
    ? p.pool.yearlyDrawLimits.map((l) => `${l.year}: ${formatKroner(l.amount, args.lang)}`).join(', ')
    : t.noLimits;
  const share = typeof p.pool.repaymentShare === 'number' ? formatShare(p.pool.repaymentShare, args.lang, 0)
    : p.pool.repaymentShare.map((s) => `${formatShare(s.share, args.lang, 0)} (${s.year}–)`).join(', ');
  const out = [p.file.title, t.pool({ amount: p.pool.amount, ledger: p.pool.ledger, from: p.pool.firstYear, to: lastPeriodYear, share, limits }), t.convention(p.pool.firstYear), ''];
  out.push(t.selectionHeading, overviewText(p, overview, t, args.lang));
  if (choice) out.push('', choiceText(p, goal, choice, t, args.lang));
  if (mc) {
    out.push('', t.monteCarlo({ draws: mc.draws, failed: mc.failed, seed: args.seed }));
    if (mc.firstFailure) io.errors([{ path: `${mc.firstFailure.caseId}: ${mc.firstFailure.path}`, message: mc.firstFailure.message }]);
    if (mc.draws > 0) {
      out.push(t.probabilityInPeriod(mc.probabilityWholeInPeriod, lastPeriodYear), t.probabilityWithin(mc.probabilityWholeWithinYears, mc.years.at(-1)!));
      out.push('', t.fanHeading, table(t, args.lang, mc.years, PERCENTILES.map((q, i) => [t.percentile(q), mc.fan.map((f) => f[i]!)])));
    }
  }
  io.out(`${out.join('\n')}\n`);
  return mc && mc.draws === 0 ? EXIT_INVALID : EXIT_OK;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const cwd = process.env.npm_lifecycle_event === 'portfolio' ? process.env.INIT_CWD : undefined;
  const io = outputTo((s) => void process.stdout.write(s), (s) => void process.stderr.write(s));
  portfolioMain(process.argv.slice(2), io, cwd ?? process.cwd()).then((code) => { process.exitCode = code; }, (error: unknown) => {
    io.internal((error as Error).message);
    process.exitCode = EXIT_INVALID;
  });
}

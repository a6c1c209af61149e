/**
 * The three things the command line does with a loaded scenario: print the projection (table, CSV
 * or JSON), solve for a break-even value, or explain one figure. Each returns the exit code.
 */
import { explainFigure, runScenario, solveBreakEven, wholeValued, type Model, type Projection, type Scenario } from '../engine';
import type { CliOptions, ExplainRequest, SolveRequest } from './args';
import { renderCsv } from './render-csv';
import { explanationJson, renderExplanation } from './render-explain';
import { buildJsonResults, toJsonText } from './render-json';
import { renderSolve, solveJson } from './render-solve';
import { renderTable } from './render-table';
import { guardrailsFor } from '../io/guardrails';
import { catalogueNames } from '../io/catalogue-texts';
import { guardrailEntries } from './guardrail-texts';
import { followUpReport } from '../io/follow-up';
import { followUpSection } from '../format/follow-up-section';
import { renderFollowUpCsv, renderFollowUpText } from './render-follow-up';
import { buildTableView, departmentLabel } from './table-view';
import type { Texts } from './texts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Loaded, type Output } from './command-io';
import { uncertaintyCommand, type ReadScenario } from './uncertainty-commands';

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Loaded, type Output } from './command-io';

/** --perspective, --discount, --timing, --optimism/--no-optimism, --public-finance and --rules-year replace the file's settings for this run only. */
export function withSettingOverrides(scenario: Scenario, options: CliOptions): Scenario {
  const settings = { ...scenario.settings };
  if (options.perspective !== undefined) settings.perspective = options.perspective;
  if (options.discount !== undefined) settings.discount = { preset: options.discount };
  if (options.timing !== undefined) settings.discountTiming = options.timing;
  if (options.optimism !== undefined) settings.optimismCorrection = options.optimism;
  if (options.publicFinance !== undefined) settings.publicFinance = options.publicFinance;
  if (options.rulesYear !== undefined) settings.rulesYear = options.rulesYear;
  return { ...scenario, settings };
}

export function runCommand(loaded: Loaded, options: CliOptions, texts: Texts, io: Output, read: ReadScenario): number | Promise<number> {
  const { scenario, model } = loaded;
  if (options.solve) return solveCommand(loaded, options.solve, options, texts, io);
  if (options.uncertainty) return uncertaintyCommand(loaded, options.uncertainty, options, io, read);
  const run = runScenario(scenario, model);
  if (!run.ok) return (io.errors(run.errors), EXIT_INVALID);
  const projection = run.value;
  if (options.explain) return explainCommand(loaded, projection, options.explain, options, texts, io);
  const findings = guardrailsFor(scenario, model, projection);
  const followUp = options.followUp ? followUpReport(scenario, model) : null;
  if (followUp && !followUp.ok) return (io.errors(followUp.errors), EXIT_INVALID);
  const section = followUp?.ok ? followUpSection(followUp.value.view, options.lang) : null;
  if (options.format === 'json') {
    const followUpJson = options.followUp ? { followUp: section && followUp?.ok ? { view: followUp.value.view, section } : null } : {};
    io.out(toJsonText({ ...buildJsonResults(projection, model, scenario.title, loaded.warnings, texts, options.lang), guardrails: findings, ...followUpJson }));
    return EXIT_OK;
  }
  const view = buildTableView(projection, model, options, texts);
  if (options.format === 'csv') {
    // The CSV stays one table for spreadsheets; the guardrails go beside it, on stderr.
    // A group's figures each on their own indented line (a warning line is cut at the terminal's width).
    for (const e of guardrailEntries(findings, options.lang, projection.rules)) {
      io.warn?.(`${texts.guardrails}: ${e.text}${e.items.length ? ':' : ''}`);
      for (const item of e.items) io.warn?.(`  ${item}`);
    }
    io.out(renderCsv(view, options.csvDialect) + (section ? renderFollowUpCsv(section) : ''));
    return EXIT_OK;
  }
  const warnings = findings.length === 0 ? ''
    : `${texts.guardrails} (${findings.length}):\n${guardrailEntries(findings, options.lang, projection.rules)
      .map((e) => [`  ${e.text}`, ...e.items.map((item) => `    ${item}`)].join('\n')).join('\n')}\n`;
  const followUpText = !options.followUp ? '' : section ? `\n${renderFollowUpText(section)}` : `\n${texts.noFollowUp}\n`;
  io.out(renderTable(view, texts, options.lang, scenario.title) + warnings + followUpText);
  return EXIT_OK;
}

function solveCommand(loaded: Loaded, request: SolveRequest, options: CliOptions, texts: Texts, io: Output): number {
  const { scenario, model } = loaded;
  const problem = !Object.hasOwn(scenario.parameters, request.parameter)
    ? `--solve: unknown parameter '${request.parameter}' (known: ${Object.keys(scenario.parameters).join(', ') || 'none'})`
    : unknownTarget(request.target, model, '--target') ?? yearBeyondHorizon(request.year, scenario);
  if (problem) return (io.usage(problem), EXIT_USAGE);
  const solved = solveBreakEven(scenario, model, {
    parameter: request.parameter, ledger: request.target, metric: request.metric, year: request.year, range: request.range,
    // Months and counts take whole values: the answer is the smallest whole value that meets the target, as in the app.
    whole: wholeValued(scenario, request.parameter) !== null,
  });
  if (!solved.ok) return (io.errors(solved.errors), EXIT_INVALID);
  io.out(options.format === 'json' ? toJsonText(solveJson(request, solved.value)) : renderSolve(request, solved.value, texts, options.lang));
  return EXIT_OK;
}

function explainCommand(
  loaded: Loaded, projection: Projection, request: ExplainRequest, options: CliOptions, texts: Texts, io: Output,
): number {
  const { scenario, model } = loaded;
  const [ledger, department] = request.target.split('/') as [string, string | undefined];
  const problem = unknownTarget(ledger, model, '--explain')
    ?? (department !== undefined && !(request.target in projection.departments)
      ? `--explain: unknown department '${request.target}' (known: ${Object.keys(projection.departments).join(', ')})`
      : yearBeyondHorizon(request.year, scenario));
  if (problem) return (io.usage(problem), EXIT_USAGE);
  const year = request.year ?? projection.horizonYears;
  const explanation = explainFigure(projection, scenario, model, {
    ledger, ...(department === undefined ? {} : { department: department === '-' ? null : department }),
    year, measure: options.annual ? 'annual' : 'cumulative',
  });
  const label = ledger === 'total' ? texts.net
    : department !== undefined ? departmentLabel(request.target, model, texts)
      : model.ledgers.find((l) => l.id === ledger)?.label ?? ledger;
  const header = {
    subject: `${label}, ${texts.year(year)}, ${texts.measure(options.annual)}`,
    divisor: options.total || projection.participants <= 0 ? 1 : projection.participants,
    total: options.total,
    category: (id: string) => catalogueNames(options.lang)(`categories.${id}`, model.categories.find((c) => c.id === id)?.label ?? id),
  };
  io.out(options.format === 'json' ? toJsonText(explanationJson(explanation, header, options.lang)) : renderExplanation(explanation, header, texts, options.lang));
  return EXIT_OK;
}

function unknownTarget(target: string, model: Model, flag: string): string | null {
  if (target === 'total' || model.ledgers.some((l) => l.id === target)) return null;
  return `${flag}: unknown ledger '${target}' (known: total, ${model.ledgers.map((l) => l.id).join(', ')})`;
}

function yearBeyondHorizon(year: number | undefined, scenario: Scenario): string | null {
  const horizon = scenario.settings.horizonYears;
  return year !== undefined && year > horizon ? `--year: expected a year from 1 to ${horizon}, got ${year}` : null;
}
